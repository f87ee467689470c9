package org.lodestone.io.mrio;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Path;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.lodestone.core.mrio.FinalDemandColumn;
import org.lodestone.core.mrio.Industry;
import org.lodestone.core.mrio.IoTable;
import org.lodestone.core.mrio.SparseMatrix;
import org.lodestone.core.mrio.SyntheticMrio;

class MrioFolderReaderTest {

    /** Surefire runs in the module directory, two levels below the workspace holding {@code shared/}. */
    static final Path REFERENCE = Path.of("../testdata/ario-case-synth-5x4/mrio");

    @TempDir
    Path dir;

    @Test
    void readsTheReferenceFolder() {
        IoTable table = MrioFolderReader.read(REFERENCE);

        assertThat(table.size()).isEqualTo(20);
        assertThat(table.finalDemandColumns()).hasSize(5);
        assertThat(table.industries().get(0)).isEqualTo(new Industry("R000", "S000"));
        assertThat(table.industries().get(6)).isEqualTo(new Industry("R001", "S002"));
        assertThat(table.industries().get(19)).isEqualTo(new Industry("R004", "S003"));
        assertThat(table.finalDemandColumns().get(4)).isEqualTo(new FinalDemandColumn("R004", "final_demand"));
        assertThat(table.units()).isEqualTo(IoTable.Units.MONETARY);
        assertThat(table.monetaryFactor()).isEqualTo(1e6);
        assertThat(table.capital()).isEmpty();
        assertThat(new double[] {
                    table.z().get(0, 0),
                    table.z().get(0, 1),
                    table.z().get(0, 2),
                    table.z().get(0, 3),
                    table.z().get(0, 5)
                })
                .containsExactly(202, 4365, 575, 1, 0);
        assertThat(table.z().get(1, 0)).isEqualTo(1503);
        assertThat(table.y().get(0, 0)).isEqualTo(19735);
        assertThat(table.y().get(2, 4)).isEqualTo(3500);
        assertThat(table.x()[0]).isEqualTo(36302);
    }

    @Test
    void grossOutputOfTheReferenceIsTheRowSumOfZAndY() {
        IoTable table = MrioFolderReader.read(REFERENCE);
        double[] z = table.z().rowSums();
        double[] y = table.y().rowSums();

        for (int i = 0; i < table.size(); i++) {
            assertThat(table.x()[i]).as("x[%d]", i).isEqualTo(z[i] + y[i]);
        }
    }

    @Test
    void theReferenceFolderHoldsTheSyntheticTableOfSeed42() {
        IoTable read = MrioFolderReader.read(REFERENCE);
        IoTable generated = SyntheticMrio.generate(5, 4, 42);

        assertSameMatrix(read.z(), generated.z());
        assertSameMatrix(read.y(), generated.y());
        assertThat(read.x()).isEqualTo(generated.x());
        assertThat(read.industries()).isEqualTo(generated.industries());
        assertThat(read.finalDemandColumns()).isEqualTo(generated.finalDemandColumns());
    }

    @Test
    void readsDecimalsExponentsAndZerosAsSparseRows() {
        IoTable table = MrioFolderReader.read(new MrioFolder().writeTo(dir));

        assertThat(table.z().get(2, 2)).isEqualTo(0.5);
        assertThat(table.z().get(2, 3)).isEqualTo(1000);
        assertThat(table.z().get(3, 0)).isEqualTo(1.25);
        assertThat(table.z().nonZeros()).isEqualTo(12);
        assertThat(table.z().columns()).startsWith(0, 1, 3, 0, 1, 2, 3, 2, 3);
        assertThat(table.x()).containsExactly(18, 48, 1033.5, 52.25);
    }

    @Test
    void monetaryFactorComesFromMetaJson() {
        Path folder = new MrioFolder()
                .with("meta.json", "{\"monetary_factor\": 1000, \"name\": \"tiny\"}")
                .writeTo(dir);

        assertThat(MrioFolderReader.read(folder).monetaryFactor()).isEqualTo(1000);
    }

    @Test
    void blankLinesAndCrLfLineEndsAreAccepted() {
        Path folder = new MrioFolder()
                .with("Z.csv", MrioFolder.Z.replace("\n", "\r\n") + "\r\n\r\n")
                .writeTo(dir);

        assertThat(MrioFolderReader.read(folder).z().get(3, 0)).isEqualTo(1.25);
    }

    static void assertSameMatrix(SparseMatrix actual, SparseMatrix expected) {
        assertThat(actual.rows()).isEqualTo(expected.rows());
        assertThat(actual.cols()).isEqualTo(expected.cols());
        assertThat(actual.rowStart()).isEqualTo(expected.rowStart());
        assertThat(actual.columns()).isEqualTo(expected.columns());
        assertThat(actual.values()).isEqualTo(expected.values());
    }
}
