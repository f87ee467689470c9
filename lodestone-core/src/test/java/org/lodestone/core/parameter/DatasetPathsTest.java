package org.lodestone.core.parameter;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.assertj.core.api.InstanceOfAssertFactories.type;

import java.util.List;
import java.util.Map;
import java.util.OptionalDouble;
import org.junit.jupiter.api.Test;
import org.lodestone.core.model.CommodityId;
import org.lodestone.core.model.Dataset;
import org.lodestone.core.model.DatasetFixture;
import org.lodestone.core.model.InputSubstitution;
import org.lodestone.core.mrio.DatasetTables;
import org.lodestone.core.mrio.IoTable;
import org.lodestone.core.mrio.SubstitutableInput;
import org.lodestone.core.network.NetworkBuilder;

/**
 * Dataset paths: their syntax, the rows they name (every recipe pair is a substitution row, with
 * the values its essential flag means where substitution.csv is silent) and what setting them does
 * to the table.
 */
class DatasetPathsTest {

    static final String SHARE = "dataset.substitution[server,magnet].substitutable";
    static final String DAYS = "dataset.substitution[server,magnet].substitution_days";

    /** USA makes servers from magnets (essential) and fans (not essential); chips from nothing. */
    static Dataset dataset() {
        Dataset d = DatasetFixture.dataset("magnet", "fan", "server")
                .produce("magnet", "CHN", 100)
                .produce("fan", "USA", 100)
                .produce("server", "USA", 100)
                .recipe("server", "magnet", 1)
                .recipe("server", "fan", 1, false)
                .finalDemand("server", "USA", 100)
                .build();
        return d;
    }

    /** {@link #dataset()} with substitution.csv listing (server, fan): 0.3 over 20 days. */
    static Dataset withFanRow() {
        Dataset d = dataset();
        return new Dataset(
                d.info(),
                d.sources(),
                d.regions(),
                d.groups(),
                d.commodities(),
                d.production(),
                d.recipes(),
                d.finalDemand(),
                d.flows(),
                d.chokepoints(),
                d.routes(),
                List.of(new InputSubstitution(
                        CommodityId.of("server"), CommodityId.of("fan"), 0.3, 20, DatasetFixture.SOURCE)));
    }

    @Test
    void aPathNamesAFamilyARowAndAField() {
        DatasetPath p = DatasetPath.parse(SHARE);

        assertThat(p.family()).isEqualTo("substitution");
        assertThat(p.keys()).containsExactly("server", "magnet");
        assertThat(p.field()).isEqualTo("substitutable");
        assertThat(p.path()).isEqualTo(SHARE);
        assertThat(DatasetFamilies.field(SHARE).max()).isEqualTo(1);
        assertThat(DatasetFamilies.field(DAYS).min()).isZero();
    }

    @Test
    void malformedPathsSayWhatIsWrongAndWhatWouldDo() {
        assertThatThrownBy(() -> DatasetPath.parse("dataset.substitution[server, magnet].substitutable"))
                .isInstanceOf(DatasetPath.Invalid.class)
                .hasMessage("is not a dataset path");
        assertThatThrownBy(() -> DatasetPath.parse("dataset.substition[server,magnet].substitutable"))
                .asInstanceOf(type(DatasetPath.Invalid.class))
                .satisfies(e -> assertThat(e.getMessage()).contains("names no family", "substition"))
                .satisfies(e -> assertThat(e.valid()).contains("substitution"));
        assertThatThrownBy(() -> DatasetPath.parse("dataset.substitution[server].substitutable"))
                .hasMessageContaining("has 1 key(s)")
                .asInstanceOf(type(DatasetPath.Invalid.class))
                .satisfies(e -> assertThat(e.expected()).isEqualTo("substitution[OUTPUT,INPUT]"));
        assertThatThrownBy(() -> DatasetPath.parse("dataset.substitution[server,magnet].share"))
                .hasMessageContaining("names no field of substitution: share")
                .asInstanceOf(type(DatasetPath.Invalid.class))
                .satisfies(e -> assertThat(e.valid()).containsExactlyInAnyOrder("substitutable", "substitution_days"));
    }

    @Test
    void everyRecipePairIsARowWithTheValuesItsEssentialFlagMeans() {
        Dataset d = withFanRow();

        assertThat(DatasetFamilies.value(d, SHARE)).isEqualTo(OptionalDouble.of(0));
        assertThat(DatasetFamilies.value(d, DAYS)).isEqualTo(OptionalDouble.of(0));
        assertThat(DatasetFamilies.value(d, "dataset.substitution[server,fan].substitutable"))
                .isEqualTo(OptionalDouble.of(0.3));
        assertThat(DatasetFamilies.value(dataset(), "dataset.substitution[server,fan].substitutable"))
                .as("not essential, no row: substitutable at once")
                .isEqualTo(OptionalDouble.of(1));
        assertThat(DatasetFamilies.value(d, "dataset.substitution[fan,magnet].substitutable"))
                .isEmpty();
    }

    @Test
    void aPathToNoRowNamesTheFirstKeyAtFaultWithTheValidOnes() {
        assertThatThrownBy(
                        () -> DatasetFamilies.checkRow(dataset(), "dataset.substitution[server,magnt].substitutable"))
                .hasMessage("names no row of substitution: no input magnt with output server in dataset test")
                .asInstanceOf(type(DatasetPath.Invalid.class))
                .satisfies(e -> assertThat(e.expected()).isEqualTo("one of fan, magnet"))
                .satisfies(e -> assertThat(e.misspelt()).isEqualTo("magnt"));
        assertThatThrownBy(
                        () -> DatasetFamilies.checkRow(dataset(), "dataset.substitution[servr,magnet].substitutable"))
                .hasMessage("names no row of substitution: no output servr in dataset test")
                .asInstanceOf(type(DatasetPath.Invalid.class))
                .satisfies(e -> assertThat(e.expected()).isEqualTo("one of server"));
    }

    @Test
    void settingAPathGivesItsPairTheValuesAndKeepsTheOthers() {
        Dataset d = withFanRow();
        IoTable table = DatasetTables.of(d, NetworkBuilder.build(d));
        int server = table.indexOf("USA", "server");
        int magnet = table.sectors().indexOf("magnet");
        int fan = table.sectors().indexOf("fan");

        IoTable set = DatasetFamilies.apply(table, d, Map.of(SHARE, 0.4, DAYS, 30.0));

        assertThat(table.substitutions()).containsExactly(new SubstitutableInput(fan, server, 0.3, 20, Double.NaN));
        assertThat(set.substitutions())
                .containsExactlyInAnyOrder(
                        new SubstitutableInput(fan, server, 0.3, 20, Double.NaN),
                        new SubstitutableInput(magnet, server, 0.4, 30, Double.NaN));
        assertThat(DatasetFamilies.apply(table, d, Map.of("dataset.substitution[server,fan].substitutable", 0.9))
                        .substitutions())
                .as("one field set, the other kept from the dataset's row")
                .containsExactly(new SubstitutableInput(fan, server, 0.9, 20, Double.NaN));
        assertThat(DatasetFamilies.apply(table, d, Map.of())).isSameAs(table);
        assertThatThrownBy(() -> DatasetFamilies.apply(table, d, Map.of(SHARE, 1.5)))
                .isInstanceOf(IllegalArgumentException.class)
                .hasMessageContaining("substitutable");
    }
}
