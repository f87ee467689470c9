package org.lodestone.io.dataset;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatIllegalArgumentException;
import static org.lodestone.io.dataset.DatasetLoaderTest.problems;

import java.nio.file.Path;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.lodestone.core.model.CommodityId;
import org.lodestone.core.model.FinalStock;
import org.lodestone.core.model.Provenance;
import org.lodestone.core.model.RegionId;
import org.lodestone.core.model.SourceId;
import org.lodestone.core.model.Status;
import org.lodestone.core.mrio.DatasetTables;
import org.lodestone.core.mrio.FinalBuyerStock;
import org.lodestone.core.mrio.FinalDemandColumn;
import org.lodestone.core.mrio.IoTable;

/** {@code final_stocks.csv} (format version 2): what it loads into, and each bad row with its location. */
class FinalStockReaderTest {

    private static final String VERSION_2 =
            DatasetFolder.DATASET_YAML.replace("lodestone-dataset: 1", "lodestone-dataset: 2");
    private static final String HEADER = "commodity,region,days,source,status,note\n";

    @TempDir
    Path dir;

    private DatasetFolder folder(String rows) {
        return new DatasetFolder().with("dataset.yaml", VERSION_2).with("final_stocks.csv", HEADER + rows);
    }

    private String at(String file) {
        return dir.resolve(file).toString();
    }

    @Test
    void rowsBecomeModelRecordsAndStocksOfTheTablesFinalDemandColumns() {
        LoadedDataset loaded = DatasetLoader.load(
                folder("chip,USA,30,S1,assumed,spares on site\nchip,JPN,inf,S1,assumed,never short\n")
                        .writeTo(dir)
                        .toString());

        assertThat(loaded.dataset().finalStocks())
                .extracting(FinalStock::region, FinalStock::days)
                .containsExactly(
                        org.assertj.core.groups.Tuple.tuple(RegionId.of("USA"), 30.0),
                        org.assertj.core.groups.Tuple.tuple(RegionId.of("JPN"), Double.POSITIVE_INFINITY));
        IoTable table = DatasetTables.of(loaded.dataset(), loaded.network());
        int chip = table.sectors().indexOf("chip");
        int usa = table.finalDemandColumns().indexOf(new FinalDemandColumn("USA", DatasetTables.FINAL));
        int jpn = table.finalDemandColumns().indexOf(new FinalDemandColumn("JPN", DatasetTables.FINAL));
        assertThat(table.finalStocks())
                .containsExactlyInAnyOrder(
                        new FinalBuyerStock(chip, usa, 30), new FinalBuyerStock(chip, jpn, Double.POSITIVE_INFINITY));
    }

    @Test
    void withoutTheFileFinalBuyersHoldNoStock() {
        LoadedDataset loaded =
                DatasetLoader.load(new DatasetFolder().writeTo(dir).toString());

        assertThat(loaded.dataset().finalStocks()).isEmpty();
        assertThat(DatasetTables.of(loaded.dataset(), loaded.network()).finalStocks())
                .isEmpty();
    }

    @Test
    void aVersionOneFolderMustNotHoldTheFile() {
        List<String> problems = problems(folder("chip,USA,30,S1,observed,\n")
                .with("dataset.yaml", DatasetFolder.DATASET_YAML)
                .writeTo(dir));

        assertThat(problems)
                .containsExactly(
                        at("final_stocks.csv")
                                + ": error: 'final_stocks.csv' is a file of dataset format version 2, but dataset.yaml declares version 1;"
                                + " expected lodestone-dataset: 2 in dataset.yaml. Maybe declare lodestone-dataset: 2, or remove final_stocks.csv");
    }

    @Test
    void unknownNamesAndPairsWithoutFinalDemand() {
        List<String> problems = problems(
                folder("chips,USA,30,S1,observed,\nchip,CHN,30,S1,observed,\n").writeTo(dir));

        assertThat(problems).hasSize(2);
        assertThat(problems.get(0))
                .startsWith(at("final_stocks.csv") + ":2:1: error: commodity 'chips' is not a known commodity");
        assertThat(problems.get(1))
                .isEqualTo(
                        at("final_stocks.csv")
                                + ":3:6: error: region 'chip in CHN' has no final demand: final_demand.csv has no row for this"
                                + " (commodity, region), so the stock would never be used; expected a (commodity, region) pair of"
                                + " final_demand.csv. Maybe the stock is held by an industry: give it as inventory_days in recipes.csv");
    }

    @Test
    void daysMustBeANumberAtLeastZeroOrInf() {
        List<String> problems = problems(
                folder("chip,USA,-3,S1,observed,\nchip,JPN,many,S1,observed,\n").writeTo(dir));

        assertThat(problems)
                .containsExactly(
                        at("final_stocks.csv") + ":2:10: error: days '-3' is negative; expected a number >= 0",
                        at("final_stocks.csv")
                                + ":3:10: error: days 'many' is not a number; expected a plain decimal number such as"
                                + " 12000 or 0.015. Give one value and explain ranges or bounds in note");
    }

    @Test
    void oneRowPerPair() {
        List<String> problems = problems(
                folder("chip,USA,30,S1,observed,\nchip,USA,40,S1,observed,\n").writeTo(dir));

        assertThat(problems)
                .containsExactly(at("final_stocks.csv")
                        + ":3:1: error: 'chip in USA' repeats the (commodity, region) of line 2;"
                        + " expected one row per (commodity, region)");
    }

    @Test
    void theModelRecordRefusesNegativeDays() {
        assertThatIllegalArgumentException()
                .isThrownBy(() -> new FinalStock(
                        CommodityId.of("chip"),
                        RegionId.of("USA"),
                        -1,
                        new Provenance(List.of(SourceId.of("S1")), Status.ASSUMED, "x")))
                .withMessageContaining("must be >= 0 days (or infinite), was -1.0");
    }
}
