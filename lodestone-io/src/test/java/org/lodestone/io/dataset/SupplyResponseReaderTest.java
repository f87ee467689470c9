package org.lodestone.io.dataset;

import static org.assertj.core.api.Assertions.assertThat;
import static org.lodestone.io.dataset.DatasetLoaderTest.problems;

import java.nio.file.Path;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.lodestone.core.model.Dataset;
import org.lodestone.core.model.Status;
import org.lodestone.core.mrio.DatasetTables;
import org.lodestone.core.mrio.Industry;
import org.lodestone.core.mrio.IoTable;
import org.lodestone.core.mrio.ProducerSpare;
import org.lodestone.core.mrio.SwitchingLag;

/** {@code qualification.csv} and {@code spare_capacity.csv} (format version 2): what they load into, and bad rows located. */
class SupplyResponseReaderTest {

    private static final String VERSION_2 =
            DatasetFolder.DATASET_YAML.replace("lodestone-dataset: 1", "lodestone-dataset: 2");
    private static final String QUALIFICATION = "commodity,switching_days,source,status,note\n";
    private static final String SPARE = "commodity,region,spare_share,ramp_days,source,status,note\n";

    @TempDir
    Path dir;

    private DatasetFolder folder(String qualification, String spare) {
        return new DatasetFolder()
                .with("dataset.yaml", VERSION_2)
                .with("qualification.csv", QUALIFICATION + qualification)
                .with("spare_capacity.csv", SPARE + spare);
    }

    private String at(String file) {
        return dir.resolve(file).toString();
    }

    @Test
    void rowsBecomeModelRecordsAndTheTablesLagsAndSpares() {
        LoadedDataset loaded = DatasetLoader.load(folder(
                        "metal,180,S1,assumed,qualifying a new refinery takes half a year\n",
                        "metal,JPN,0.5,90,S2,estimated,idle line\n")
                .writeTo(dir)
                .toString());
        Dataset dataset = loaded.dataset();

        assertThat(dataset.supplyResponse().qualifications()).singleElement().satisfies(q -> {
            assertThat(q.commodity().value()).isEqualTo("metal");
            assertThat(q.switchingDays()).isEqualTo(180);
            assertThat(q.provenance().status()).isEqualTo(Status.ASSUMED);
        });
        assertThat(dataset.supplyResponse().spareCapacities()).singleElement().satisfies(s -> {
            assertThat(s.region().code()).isEqualTo("JPN");
            assertThat(s.spareShare()).isEqualTo(0.5);
            assertThat(s.rampDays()).isEqualTo(90);
        });
        IoTable table = DatasetTables.of(dataset, loaded.network());
        assertThat(table.switchingLags())
                .containsExactly(new SwitchingLag(table.sectors().indexOf("metal"), 180));
        assertThat(table.producerSpares())
                .containsExactly(new ProducerSpare(table.industries().indexOf(new Industry("JPN", "metal")), 0.5, 90));
    }

    @Test
    void aFolderWithoutTheFilesHasNoSupplyResponse() {
        LoadedDataset loaded =
                DatasetLoader.load(new DatasetFolder().writeTo(dir).toString());

        assertThat(loaded.dataset().supplyResponse().isEmpty()).isTrue();
        IoTable table = DatasetTables.of(loaded.dataset(), loaded.network());
        assertThat(table.switchingLags()).isEmpty();
        assertThat(table.producerSpares()).isEmpty();
    }

    @Test
    void aVersionOneFolderMustNotHoldTheFiles() {
        List<String> problems = problems(folder("metal,180,S1,observed,\n", "metal,JPN,0.5,90,S1,observed,\n")
                .with("dataset.yaml", DatasetFolder.DATASET_YAML)
                .writeTo(dir));

        assertThat(problems)
                .containsExactly(
                        at("qualification.csv")
                                + ": error: 'qualification.csv' is a file of dataset format version 2, but dataset.yaml declares version 1;"
                                + " expected lodestone-dataset: 2 in dataset.yaml. Maybe declare lodestone-dataset: 2, or remove qualification.csv",
                        at("spare_capacity.csv")
                                + ": error: 'spare_capacity.csv' is a file of dataset format version 2, but dataset.yaml declares version 1;"
                                + " expected lodestone-dataset: 2 in dataset.yaml. Maybe declare lodestone-dataset: 2, or remove spare_capacity.csv");
    }

    @Test
    void badQualificationRows() {
        List<String> problems = problems(
                folder("metals,180,S1,observed,\nore,-1,S1,observed,\nore,30,S1,observed,\nore,60,S1,observed,\n", "")
                        .writeTo(dir));

        assertThat(problems).hasSize(3);
        assertThat(problems.get(0))
                .startsWith(at("qualification.csv") + ":2:1: error: commodity 'metals' is not a known commodity");
        assertThat(problems.get(1))
                .isEqualTo(at("qualification.csv")
                        + ":3:5: error: switching_days '-1' is negative; expected a number >= 0");
        assertThat(problems.get(2))
                .isEqualTo(at("qualification.csv")
                        + ":5:1: error: 'ore' repeats the commodity of line 4; expected one row per commodity");
    }

    @Test
    void badSpareCapacityRows() {
        List<String> problems = problems(folder(
                        "",
                        "metal,CHN,0.5,90,S1,observed,\nmetal,JPN,x,0.5,S1,observed,\nmetal,USA,0.2,30,S9,observed,\n")
                .writeTo(dir));

        assertThat(problems)
                .containsExactly(
                        at("spare_capacity.csv")
                                + ":2:1: error: 'metal in CHN' is not a producer: production.csv has no row for this (commodity, region);"
                                + " expected a (commodity, region) of production.csv."
                                + " Maybe the region is misspelt, or the producer is missing from production.csv",
                        at("spare_capacity.csv")
                                + ":3:11: error: spare_share 'x' is not a number; expected a plain decimal number such as 12000 or 0.015."
                                + " Give one value and explain ranges or bounds in note",
                        at("spare_capacity.csv")
                                + ":3:13: error: ramp_days '0.5' is below one day; expected a number of days >= 1."
                                + " One step is one day; 1 lets the producer close its whole gap in one step",
                        at("spare_capacity.csv")
                                + ":4:18: error: source 'S9' is not a known source; expected an id from sources.csv."
                                + " Maybe you meant S1");
    }

    @Test
    void anUnknownColumnIsAnError() {
        List<String> problems = problems(new DatasetFolder()
                .with("dataset.yaml", VERSION_2)
                .with("qualification.csv", "commodity,days,source,status,note\nmetal,30,S1,observed,\n")
                .writeTo(dir));

        assertThat(problems).isNotEmpty();
        assertThat(problems.get(0)).startsWith(at("qualification.csv") + ":1:");
    }
}
