package org.lodestone.core.parameter;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.assertj.core.api.InstanceOfAssertFactories.type;

import java.util.Map;
import java.util.OptionalDouble;
import org.junit.jupiter.api.Test;
import org.lodestone.core.model.Dataset;
import org.lodestone.core.mrio.FinalBuyerStock;
import org.lodestone.core.mrio.IoTable;
import org.lodestone.core.mrio.ProducerSpare;
import org.lodestone.core.mrio.SwitchingLag;

/**
 * The qualification, spare-capacity and final-stock families on {@link SupplyNetwork}: their rows
 * (with the values the engine uses where the files are silent), located errors, and that setting
 * one changes its own rows only, keeping every other mechanism of the table.
 */
class SupplyFamiliesTest {

    static final String LAG = "dataset.qualification[magnet].switching_days";
    static final String SPARE = "dataset.spare_capacity[magnet,JPN].spare_share";
    static final String RAMP = "dataset.spare_capacity[magnet,JPN].ramp_days";
    static final String STOCK = "dataset.final_stocks[server,USA].days";

    @Test
    void rowsAreTheFilesRowsAndTheValuesTheEngineUsesWithoutOne() {
        Dataset full = SupplyNetwork.full();
        Dataset bare = SupplyNetwork.bare();

        assertThat(DatasetFamilies.value(full, LAG)).isEqualTo(OptionalDouble.of(90));
        assertThat(DatasetFamilies.value(bare, LAG))
                .as("no row: re-ordered at once")
                .isEqualTo(OptionalDouble.of(0));
        assertThat(DatasetFamilies.value(full, SPARE)).isEqualTo(OptionalDouble.of(0.5));
        assertThat(DatasetFamilies.value(full, RAMP)).isEqualTo(OptionalDouble.of(30));
        assertThat(DatasetFamilies.value(full, "dataset.spare_capacity[magnet,CHN].spare_share"))
                .as("no row: alpha-max 1.25 - 1")
                .isEqualTo(OptionalDouble.of(0.25));
        assertThat(DatasetFamilies.value(full, "dataset.spare_capacity[magnet,CHN].ramp_days"))
                .as("no row: alpha-tau")
                .isEqualTo(OptionalDouble.of(365));
        assertThat(DatasetFamilies.value(full, STOCK)).isEqualTo(OptionalDouble.of(10));
        assertThat(DatasetFamilies.value(bare, STOCK)).as("no row: no stock").isEqualTo(OptionalDouble.of(0));
        assertThat(DatasetFamilies.value(full, "dataset.final_stocks[magnet,USA].days"))
                .as("USA's final buyers buy no magnets")
                .isEmpty();
    }

    @Test
    void unknownRowsAndFieldsAreLocatedWithTheValidNames() {
        Dataset d = SupplyNetwork.full();

        assertThatThrownBy(() -> DatasetFamilies.checkRow(d, "dataset.qualification[magnt].switching_days"))
                .hasMessage("names no row of qualification: no commodity magnt in dataset test")
                .asInstanceOf(type(DatasetPath.Invalid.class))
                .satisfies(e -> assertThat(e.expected()).isEqualTo("one of fan, magnet, server"));
        assertThatThrownBy(() -> DatasetFamilies.checkRow(d, "dataset.spare_capacity[magnet,USA].spare_share"))
                .hasMessage("names no row of spare_capacity: no region USA with commodity magnet in dataset test")
                .asInstanceOf(type(DatasetPath.Invalid.class))
                .satisfies(e -> assertThat(e.expected()).isEqualTo("one of CHN, JPN"));
        assertThatThrownBy(() -> DatasetFamilies.checkRow(d, "dataset.final_stocks[server,CHN].days"))
                .hasMessage("names no row of final_stocks: no region CHN with commodity server in dataset test")
                .asInstanceOf(type(DatasetPath.Invalid.class))
                .satisfies(e -> assertThat(e.expected()).isEqualTo("one of USA"));
        assertThatThrownBy(() -> DatasetPath.parse("dataset.spare_capacity[magnet,JPN].share"))
                .hasMessageContaining("names no field of spare_capacity: share")
                .asInstanceOf(type(DatasetPath.Invalid.class))
                .satisfies(e -> assertThat(e.valid()).containsExactlyInAnyOrder("spare_share", "ramp_days"));
        assertThatThrownBy(() -> DatasetPath.parse("dataset.qualification[magnet,JPN].switching_days"))
                .hasMessageContaining("has 2 key(s)")
                .asInstanceOf(type(DatasetPath.Invalid.class))
                .satisfies(e -> assertThat(e.expected()).isEqualTo("qualification[COMMODITY]"));
        assertThatThrownBy(() -> DatasetFamilies.apply(SupplyNetwork.table(d), d, Map.of(RAMP, 0.5)))
                .isInstanceOf(IllegalArgumentException.class)
                .hasMessageContaining("ramp_days");
    }

    @Test
    void eachFamilySetsItsOwnRowsAndKeepsEveryOtherMechanism() {
        Dataset d = SupplyNetwork.full();
        IoTable table = SupplyNetwork.table(d);
        int magnet = table.sectors().indexOf("magnet");
        int jpn = table.indexOf("JPN", "magnet");
        int server = table.sectors().indexOf("server");

        IoTable lag = DatasetFamilies.apply(table, d, Map.of(LAG, 120.0));
        IoTable spare = DatasetFamilies.apply(table, d, Map.of(SPARE, 0.8));
        IoTable stock = DatasetFamilies.apply(table, d, Map.of(STOCK, 35.0));

        assertThat(lag.switchingLags()).containsExactly(new SwitchingLag(magnet, 120));
        assertThat(spare.producerSpares()).as("ramp kept").containsExactly(new ProducerSpare(jpn, 0.8, 30));
        assertThat(stock.finalStocks()).containsExactly(new FinalBuyerStock(server, 0, 35));
        for (IoTable set : new IoTable[] {lag, spare, stock}) {
            assertThat(set.substitutions()).isEqualTo(table.substitutions());
            assertThat(set.inventoryDays().orElseThrow())
                    .isEqualTo(table.inventoryDays().orElseThrow());
        }
        assertThat(lag.producerSpares()).isEqualTo(table.producerSpares());
        assertThat(lag.finalStocks()).isEqualTo(table.finalStocks());
        assertThat(spare.switchingLags()).isEqualTo(table.switchingLags());
        assertThat(spare.finalStocks()).isEqualTo(table.finalStocks());
        assertThat(stock.switchingLags()).isEqualTo(table.switchingLags());
        assertThat(stock.producerSpares()).isEqualTo(table.producerSpares());
        assertThat(DatasetFamilies.apply(table, d, Map.of(STOCK, 0.0)).finalStocks())
                .as("0 days: no stock")
                .isEmpty();
        assertThat(DatasetFamilies.value(d, LAG)).as("the dataset is untouched").isEqualTo(OptionalDouble.of(90));
    }

    @Test
    void familiesCompose() {
        Dataset d = SupplyNetwork.full();
        IoTable table = SupplyNetwork.table(d);

        IoTable all = DatasetFamilies.apply(
                table,
                d,
                Map.of(
                        LAG,
                        150.0,
                        "dataset.spare_capacity[magnet,CHN].ramp_days",
                        20.0,
                        STOCK,
                        5.0,
                        "dataset.substitution[server,fan].substitutable",
                        0.6));

        assertThat(all.switchingLags())
                .containsExactly(new SwitchingLag(table.sectors().indexOf("magnet"), 150));
        assertThat(all.producerSpares())
                .as("CHN gets its own spare, with alpha-max's share; JPN keeps its row")
                .containsExactlyInAnyOrder(
                        new ProducerSpare(table.indexOf("JPN", "magnet"), 0.5, 30),
                        new ProducerSpare(table.indexOf("CHN", "magnet"), 0.25, 20));
        assertThat(all.finalStocks())
                .singleElement()
                .satisfies(st -> assertThat(st.days()).isEqualTo(5));
        assertThat(all.substitutions())
                .singleElement()
                .satisfies(s -> assertThat(s.substitutable()).isEqualTo(0.6));
    }
}
