package org.lodestone.io.dataset;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatIllegalArgumentException;
import static org.lodestone.io.dataset.DatasetLoaderTest.problems;

import java.nio.file.Path;
import java.util.List;
import java.util.Optional;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.lodestone.core.model.CommodityId;
import org.lodestone.core.model.Dataset;
import org.lodestone.core.model.Provenance;
import org.lodestone.core.model.RegionId;
import org.lodestone.core.model.SourceId;
import org.lodestone.core.model.Status;
import org.lodestone.core.model.UnitValue;

/** {@code values.csv} (format version 2): what it loads into, and each bad row with its location. */
class ValuesReaderTest {

    private static final String VERSION_2 =
            DatasetFolder.DATASET_YAML.replace("lodestone-dataset: 1", "lodestone-dataset: 2");
    private static final String HEADER =
            "commodity,region,value_per_unit_usd,value_added_share,price_year,source,status,note\n";
    private static final String CHIP_IS_A_FINAL_MEASURE = DatasetFolder.COMMODITIES
            .replace("unit\n", "unit,final_measure\n")
            .replace(",t\n", ",t,\n")
            .replace(",units\n", ",units,true\n");

    @TempDir
    Path dir;

    private DatasetFolder folder(String rows) {
        return new DatasetFolder()
                .with("dataset.yaml", VERSION_2)
                .with("commodities.csv", CHIP_IS_A_FINAL_MEASURE)
                .with("values.csv", HEADER + rows);
    }

    private String at() {
        return dir.resolve("values.csv").toString();
    }

    @Test
    void aRegionsOwnRowWinsOverTheRowForEveryRegion() {
        Dataset dataset = DatasetLoader.load(
                        folder("chip,,200,0.25,2024,S1,assumed,world price\nchip,JPN,300,0.5,2023,S1,observed,\n")
                                .writeTo(dir)
                                .toString())
                .dataset();

        UnitValue japan =
                dataset.value(CommodityId.of("chip"), RegionId.of("JPN")).orElseThrow();
        assertThat(japan.valuePerUnitUsd()).isEqualTo(300);
        assertThat(japan.valueAddedPerUnitUsd()).isEqualTo(150);
        assertThat(japan.priceYear()).isEqualTo(2023);
        UnitValue usa =
                dataset.value(CommodityId.of("chip"), RegionId.of("USA")).orElseThrow();
        assertThat(usa.region()).isEmpty();
        assertThat(usa.valueAddedPerUnitUsd()).isEqualTo(50);
        assertThat(usa.provenance().status()).isEqualTo(Status.ASSUMED);
        assertThat(dataset.value(CommodityId.of("ore"), RegionId.of("USA"))).isEmpty();
    }

    @Test
    void aVersionOneFolderMustNotHoldTheFile() {
        List<String> problems = problems(folder("chip,,200,0.25,2024,S1,observed,\n")
                .with("dataset.yaml", DatasetFolder.DATASET_YAML)
                .writeTo(dir));

        assertThat(problems)
                .containsExactly(
                        at()
                                + ": error: 'values.csv' is a file of dataset format version 2, but dataset.yaml declares version 1;"
                                + " expected lodestone-dataset: 2 in dataset.yaml. Maybe declare lodestone-dataset: 2, or remove values.csv");
    }

    @Test
    void onlyFinalMeasuresAreValued() {
        List<String> problems =
                problems(folder("metal,,200,0.25,2024,S1,observed,\n").writeTo(dir));

        assertThat(problems)
                .containsExactly(at()
                        + ":2:1: error: commodity 'metal' is not a final measure, so no value at risk is reported for it;"
                        + " expected a commodity with final_measure=true in commodities.csv."
                        + " Maybe set final_measure=true for metal in commodities.csv");
    }

    @Test
    void badNumbersRegionsYearsAndRepeatsAreLocated() {
        List<String> problems = problems(folder("chip,MARS,-5,1.2,24,S1,observed,\n"
                        + "chip,JPN,300,0.5,2023,S1,observed,\nchip,JPN,310,0.5,2023,S1,observed,\n")
                .writeTo(dir));

        assertThat(problems).hasSize(5);
        assertThat(problems.get(0)).startsWith(at() + ":2:6: error: region 'MARS' is not a known region");
        assertThat(problems.subList(1, 4))
                .containsExactly(
                        at() + ":2:11: error: value_per_unit_usd '-5' is negative; expected a number >= 0",
                        at() + ":2:14: error: value_added_share '1.2' is above 1; expected a fraction between 0 and 1",
                        at() + ":2:18: error: price_year '24' is not a year; expected a year such as 2024");
        assertThat(problems.get(4))
                .startsWith(at() + ":4:1: error: ")
                .contains("'chip,JPN' repeats the (commodity, region) of line 3");
    }

    @Test
    void theModelRecordChecksItsRange() {
        Provenance p = new Provenance(List.of(SourceId.of("S1")), Status.OBSERVED, "");
        CommodityId chip = CommodityId.of("chip");
        assertThatIllegalArgumentException()
                .isThrownBy(() -> new UnitValue(chip, Optional.empty(), -1, 0.5, 2024, p))
                .withMessageContaining("value per unit of chip must be finite and >= 0, was -1.0");
        assertThatIllegalArgumentException()
                .isThrownBy(() -> new UnitValue(chip, Optional.empty(), 1, 1.5, 2024, p))
                .withMessageContaining("value-added share of chip must be in [0, 1], was 1.5");
    }
}
