package org.lodestone.io.dataset;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.assertj.core.api.Assertions.within;

import java.nio.file.Path;
import java.time.LocalDate;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.lodestone.core.model.CommodityId;
import org.lodestone.core.model.RegionId;
import org.lodestone.core.model.Status;
import org.lodestone.core.network.CommodityBalance;
import org.lodestone.core.network.Link;
import org.lodestone.io.problem.InputException;
import org.lodestone.io.problem.Problem;

class DatasetLoaderTest {

    @TempDir
    Path dir;

    @Test
    void loadsAValidDatasetIntoRecordsAndANetwork() {
        LoadedDataset loaded =
                DatasetLoader.load(new DatasetFolder().writeTo(dir).toString());

        var dataset = loaded.dataset();
        assertThat(dataset.info().id()).isEqualTo("tiny");
        assertThat(dataset.info().defaultCoalition()).isEqualTo("allies");
        assertThat(dataset.commodities()).extracting(c -> c.id().value()).containsExactly("ore", "metal", "chip");
        assertThat(dataset.production()).hasSize(5);
        var estimated = dataset.production().get(3);
        assertThat(estimated.provenance().status()).isEqualTo(Status.ESTIMATED);
        assertThat(estimated.provenance().note()).isEqualTo("30% of 100 t, S2");
        assertThat(dataset.production().get(4).provenance().sources())
                .extracting(s -> s.value())
                .containsExactly("S1", "S2");
        assertThat(dataset.recipes().get(0).inventoryDays()).hasValue(30.0);
        assertThat(dataset.recipes().get(1).inventoryDays()).isEmpty();
        var allies = dataset.group("allies").orElseThrow();
        assertThat(allies.membersOn(LocalDate.of(2026, 1, 11))).containsExactly(RegionId.of("JPN"), RegionId.of("USA"));
        assertThat(allies.membersOn(LocalDate.of(2026, 1, 12))).hasSize(3);
    }

    @Test
    void buildsLinksByWorldSharesAndReportsTheBalance() {
        LoadedDataset loaded =
                DatasetLoader.load(new DatasetFolder().writeTo(dir).toString());
        var network = loaded.network();

        // metal JPN makes 10 t and needs 2 t ore per t: 20 t ore, 60% from CHN and 40% from AUS.
        int jpnMetal =
                network.nodeIndex(RegionId.of("JPN"), CommodityId.of("metal")).orElseThrow();
        List<Link> intoJpnMetal =
                network.links().stream().filter(l -> l.buyer() == jpnMetal).toList();
        assertThat(intoJpnMetal).extracting(Link::quantityPerYear).containsExactlyInAnyOrder(12.0, 8.0);
        // chip final demand in JPN: 40 units from the only producer, USA.
        assertThat(network.links())
                .filteredOn(l -> l.toFinalDemand() && l.buyerRegion().code().equals("JPN"))
                .singleElement()
                .satisfies(l -> assertThat(l.quantityPerYear()).isEqualTo(40.0));

        // ore: supply 100, intermediate use 2 × (10 + 30) = 80, no final use, surplus 20.
        CommodityBalance ore = loaded.balances().get(0);
        assertThat(ore.supply()).isEqualTo(100.0);
        assertThat(ore.intermediateUse()).isEqualTo(80.0);
        assertThat(ore.finalUse()).isZero();
        assertThat(ore.surplus()).isEqualTo(20.0);
        // metal: supply 40, intermediate 0.4 × 100 = 40.
        assertThat(loaded.balances().get(1).surplus()).isCloseTo(0.0, within(1e-12));
    }

    @Test
    void zeroProductionIsAWarningAndTheNodeIsLeftOut() {
        LoadedDataset loaded = DatasetLoader.load(new DatasetFolder()
                .with("production.csv", DatasetFolder.PRODUCTION + "ore,USA,0,S1,observed,\n")
                .writeTo(dir)
                .toString());

        assertThat(loaded.warnings())
                .singleElement()
                .satisfies(w -> assertThat(w.format())
                        .isEqualTo(dir.resolve("production.csv")
                                + ":7:9: warning: quantity '0' produces nothing; the node is left out"));
        assertThat(loaded.network().nodes()).hasSize(5);
    }

    @Test
    void nonTradableDemandWithoutLocalProductionIsAWarning() {
        LoadedDataset loaded = DatasetLoader.load(new DatasetFolder()
                .with("commodities.csv", withTradable("metal"))
                .writeTo(dir)
                .toString());

        // chip is made in USA only, which makes metal; JPN makes metal too, and CHN's final demand is 0.
        assertThat(loaded.warnings()).isEmpty();
        int jpnMetal = loaded.network()
                .nodeIndex(RegionId.of("JPN"), CommodityId.of("metal"))
                .orElseThrow();
        assertThat(loaded.network().links())
                .filteredOn(l -> l.commodity().value().equals("metal"))
                .allSatisfy(l -> assertThat(l.supplier()).isNotEqualTo(jpnMetal));

        LoadedDataset unsupplied = DatasetLoader.load(new DatasetFolder()
                .with("commodities.csv", withTradable("ore"))
                .writeTo(dir)
                .toString());
        assertThat(unsupplied.warnings())
                .extracting(Problem::format)
                .containsExactly(
                        dir.resolve("commodities.csv")
                                + ":2:1: warning: commodity 'ore' is not tradable but is used in JPN USA without being produced there; that demand has no supplier");
    }

    @Test
    void finalMeasureIsReadAndDefaultsToFalse() {
        String commodities = DatasetFolder.COMMODITIES
                        .replace("unit\n", "unit,final_measure\n")
                        .replace(",t\n", ",t,\n")
                        .replace(",units\n", ",units,true\n")
                + "car,Car,end-use,manufacturing,vehicles,false\n";
        LoadedDataset loaded = DatasetLoader.load(new DatasetFolder()
                .with("commodities.csv", commodities)
                .with("production.csv", DatasetFolder.PRODUCTION + "car,JPN,5,S1,observed,\n")
                .writeTo(dir)
                .toString());

        assertThat(loaded.dataset().commodities())
                .extracting(c -> c.id().value() + ":" + c.layer().key() + ":" + c.finalMeasure())
                .containsExactly(
                        "ore:minerals:false", "metal:materials:false", "chip:hardware:true", "car:end-use:false");
    }

    @Test
    void aFinalMeasureThatIsNotABooleanIsLocated() {
        List<String> problems = problems(new DatasetFolder()
                .with(
                        "commodities.csv",
                        DatasetFolder.COMMODITIES
                                .replace("unit\n", "unit,final_measure\n")
                                .replace(",t\n", ",t,\n")
                                .replace(",units\n", ",units,yes\n"))
                .writeTo(dir));

        assertThat(problems)
                .containsExactly(dir.resolve("commodities.csv")
                        + ":4:40: error: final_measure 'yes' is not a boolean; expected true or false");
    }

    @Test
    void rejectsAnUnknownBuiltinAndAMissingFolder() {
        assertThatThrownBy(() -> DatasetLoader.load("builtin:nope"))
                .hasMessage(
                        "builtin:nope: error: dataset 'nope' is not a bundled dataset; expected one of builtin:ai-stack");
        assertThatThrownBy(() -> DatasetLoader.load(dir.resolve("absent").toString()))
                .hasMessageContaining(
                        "absent: error: dataset does not exist; expected a dataset folder holding dataset.yaml");
    }

    /** The fixture's commodities with a tradable column: false for {@code nonTradable}, empty otherwise. */
    static String withTradable(String nonTradable) {
        StringBuilder text = new StringBuilder();
        for (String line : DatasetFolder.COMMODITIES.lines().toList()) {
            String value = line.startsWith("id,") ? "tradable" : line.startsWith(nonTradable + ",") ? "false" : "";
            text.append(line).append(',').append(value).append('\n');
        }
        return text.toString();
    }

    static List<String> problems(Path folder) {
        try {
            DatasetLoader.load(folder.toString());
        } catch (InputException e) {
            return e.problems().stream().map(Problem::format).toList();
        }
        throw new AssertionError("expected the dataset in " + folder + " to be rejected");
    }
}
