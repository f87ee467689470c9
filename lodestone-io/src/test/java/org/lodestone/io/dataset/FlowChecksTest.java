package org.lodestone.io.dataset;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.within;
import static org.lodestone.io.dataset.DatasetLoaderTest.problems;

import java.nio.file.Path;
import java.util.Map;
import java.util.TreeMap;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.lodestone.core.model.CommodityId;
import org.lodestone.core.model.RegionId;
import org.lodestone.core.network.Link;
import org.lodestone.core.network.Network;

/**
 * A partial {@code flows.csv} on the tiny dataset: ore is mined in CHN (60 t) and AUS (40 t) and
 * used by the metal makers of JPN (10 t × 2 = 20 t) and USA (30 t × 2 = 60 t).
 */
class FlowChecksTest {

    private static final String HEADER = "commodity,exporter,importer,quantity,source,status,note\n";
    private static final CommodityId ORE = CommodityId.of("ore");

    @TempDir
    Path dir;

    private Path folder(String rows) {
        return new DatasetFolder().with("flows.csv", HEADER + rows).writeTo(dir);
    }

    private String flowsAt(int line, int column) {
        return dir.resolve("flows.csv") + ":" + line + ":" + column;
    }

    @Test
    void aListedRowFixesItsPairAndTheRestIsBalancedAgainstResidualSupply() {
        Network network = DatasetLoader.load(
                        folder("ore,CHN,JPN,5,S1,observed,\n").toString())
                .network();

        // JPN: CHN 5 t as listed, its other 15 t from AUS, the only producer without a row to JPN
        assertThat(oreSuppliedTo(network, "JPN")).containsOnlyKeys("CHN", "AUS");
        assertThat(oreSuppliedTo(network, "JPN").get("CHN")).isCloseTo(5, within(1e-9));
        assertThat(oreSuppliedTo(network, "JPN").get("AUS")).isCloseTo(15, within(1e-9));
        // USA, no row: residual supply CHN 55, AUS 40 scaled to the 75 t of rest (× 75/95); AUS's 15 t
        // to JPN come out of its share
        assertThat(oreSuppliedTo(network, "USA").get("CHN")).isCloseTo(55.0 * 75 / 95, within(1e-9));
        assertThat(oreSuppliedTo(network, "USA").get("AUS")).isCloseTo(40.0 * 75 / 95 - 15, within(1e-9));
    }

    @Test
    void listedExportsAboveTheExportersOutputAreLocated() {
        assertThat(problems(folder("ore,CHN,JPN,15,S1,observed,\nore,CHN,USA,50,S1,observed,\n")))
                .containsExactly(flowsAt(3, 13)
                        + ": error: quantity '50' takes CHN's listed exports of ore to 65 t a year, more than its"
                        + " output (production.csv) of 60 t a year; expected listed exports of at most 60 t a year."
                        + " Maybe the row is in another unit or year than the dataset, or the exporter's production"
                        + " row is missing");
    }

    @Test
    void listedImportsAboveTheImportersUseAreLocated() {
        assertThat(problems(folder("ore,CHN,JPN,12,S1,observed,\nore,AUS,JPN,12.5,S1,observed,\n")))
                .containsExactly(flowsAt(3, 13)
                        + ": error: quantity '12.5' takes JPN's listed imports of ore to 24.5 t a year, more than"
                        + " its use (recipe inputs plus final_demand.csv) of 20 t a year; expected listed imports of"
                        + " at most 20 t a year. Maybe the row is in another unit or year than the dataset, or the"
                        + " importer's use row is missing");
    }

    @Test
    void anExporterThatDoesNotProduceTheCommodityHasNoOutputToExport() {
        assertThat(problems(folder("ore,JPN,USA,1,S1,observed,\n")))
                .singleElement()
                .asString()
                .startsWith(flowsAt(2, 13) + ": error: quantity '1' takes JPN's listed exports of ore to 1 t a year,"
                        + " more than its output (production.csv) of 0 t a year");
    }

    @Test
    void aZeroRowIsAllowedEvenFromARegionThatDoesNotProduce() {
        Network network = DatasetLoader.load(folder("ore,JPN,USA,0,S1,observed,\nore,CHN,USA,0,S1,observed,\n")
                        .toString())
                .network();

        // USA lists CHN at 0: its 60 t all from AUS
        assertThat(oreSuppliedTo(network, "USA")).containsOnlyKeys("AUS");
    }

    @Test
    void aRestTheUnlistedProducersCannotCoverIsAWarning() {
        LoadedDataset loaded =
                DatasetLoader.load(folder("ore,CHN,USA,5,S1,observed,\n").toString());

        // USA uses 60 t, lists 5 from CHN: 55 t left for AUS, which has 40 t
        assertThat(loaded.warnings())
                .extracting(p -> p.format())
                .contains(flowsAt(2, 13)
                        + ": warning: importer 'USA' uses 55 t a year of ore beyond its listed imports, more than the"
                        + " 40 t a year the producers without a row to it have left after their listed exports;"
                        + " their links to it will exceed their output");
    }

    @Test
    void aRestTheUnlistedProducersCanCoverIsNoWarning() {
        LoadedDataset loaded =
                DatasetLoader.load(folder("ore,CHN,JPN,5,S1,observed,\n").toString());

        assertThat(loaded.warnings()).extracting(p -> p.format()).noneMatch(w -> w.contains("flows.csv"));
    }

    @Test
    void aRowFromARegionToItselfIsLocated() {
        assertThat(problems(folder("ore,CHN,CHN,10,S1,observed,\n")))
                .containsExactly(flowsAt(2, 9)
                        + ": error: importer 'CHN' is the exporter too; a region's use of its own output is its"
                        + " production minus its listed exports; expected an importer other than the exporter."
                        + " Maybe leave the row out");
    }

    @Test
    void aFlowOfACommodityThatIsNotTradableIsLocated() {
        Path folder = new DatasetFolder()
                .with("commodities.csv", DatasetLoaderTest.withTradable("metal"))
                .with("flows.csv", HEADER + "metal,USA,JPN,1,S1,observed,\n")
                .writeTo(dir);

        assertThat(problems(folder))
                .containsExactly(flowsAt(2, 1)
                        + ": error: commodity 'metal' is not tradable (commodities.csv), so the flow could never be"
                        + " used; expected a tradable commodity");
    }

    private static Map<String, Double> oreSuppliedTo(Network network, String importer) {
        Map<String, Double> supplied = new TreeMap<>();
        for (Link l : network.links()) {
            if (l.commodity().equals(ORE) && l.buyerRegion().equals(RegionId.of(importer))) {
                supplied.merge(network.nodes().get(l.supplier()).region().code(), l.quantityPerYear(), Double::sum);
            }
        }
        return supplied;
    }
}
