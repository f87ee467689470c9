package org.lodestone.core.mrio;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import org.junit.jupiter.api.Test;

/** The generator against the test vectors and the published table of the reference case. */
class SyntheticMrioTest {

    /** Surefire runs in the module directory, one level below the repository root holding {@code testdata/}. */
    private static final Path REFERENCE = Path.of("../testdata/ario-case-synth-5x4/mrio");

    @Test
    void uniformNumbersMatchTheTestVectors() {
        assertThat(SyntheticMrio.uniform(42, 1, 0)).isEqualTo(0.34329192209867343);
        assertThat(SyntheticMrio.uniform(42, 2, 0)).isEqualTo(0.9867112511075029);
    }

    @Test
    void firstRowOfZStartsAsInTheReadme() {
        IoTable table = SyntheticMrio.generate(5, 4, 42);

        assertThat(new double[] {
                    table.z().get(0, 0),
                    table.z().get(0, 1),
                    table.z().get(0, 2),
                    table.z().get(0, 3)
                })
                .containsExactly(202, 4365, 575, 1);
    }

    @Test
    void namesUnitsAndShape() {
        IoTable table = SyntheticMrio.generate(3, 2, 7);

        assertThat(table.size()).isEqualTo(6);
        assertThat(table.industries())
                .startsWith(new Industry("R000", "S000"), new Industry("R000", "S001"), new Industry("R001", "S000"));
        assertThat(table.finalDemandColumns())
                .containsExactly(
                        new FinalDemandColumn("R000", "final_demand"),
                        new FinalDemandColumn("R001", "final_demand"),
                        new FinalDemandColumn("R002", "final_demand"));
        assertThat(table.units()).isEqualTo(IoTable.Units.MONETARY);
        assertThat(table.monetaryFactor()).isEqualTo(1e6);
        assertThat(table.capital()).isEmpty();
    }

    @Test
    void grossOutputIsTheRowSumOfZAndYAndCoversOneAndAHalfTimesTheInputs() {
        IoTable table = SyntheticMrio.generate(4, 3, 99);
        double[] z = table.z().rowSums();
        double[] y = table.y().rowSums();
        double[] inputs = table.z().columnSums();

        for (int i = 0; i < table.size(); i++) {
            assertThat(table.x()[i]).isEqualTo(z[i] + y[i]);
            assertThat(table.x()[i]).isGreaterThanOrEqualTo(Math.ceil(1.5 * inputs[i]));
        }
    }

    @Test
    void equalsTheReferenceTableExactly() throws IOException {
        IoTable table = SyntheticMrio.generate(5, 4, 42);

        assertThat(dense(table.z())).isEqualTo(readMatrix("Z.csv"));
        assertThat(dense(table.y())).isEqualTo(readMatrix("Y.csv"));
        assertThat(new double[][] {table.x()}).isEqualTo(transpose(readMatrix("x.csv")));
        assertThat(table.industries())
                .extracting(i -> i.region() + "," + i.sector())
                .containsExactlyElementsOf(labels("industries.csv"));
        assertThat(table.finalDemandColumns())
                .extracting(c -> c.region() + "," + c.category())
                .containsExactlyElementsOf(labels("fd_columns.csv"));
    }

    @Test
    void rejectsCountsWhoseNamesWouldNotSort() {
        assertThatThrownBy(() -> SyntheticMrio.generate(1001, 2, 1))
                .isInstanceOf(IllegalArgumentException.class)
                .hasMessage("regions and sectors must be between 1 and 1000, got 1001 x 2");
    }

    private static double[][] dense(SparseMatrix matrix) {
        double[][] dense = new double[matrix.rows()][matrix.cols()];
        for (int i = 0; i < matrix.rows(); i++) {
            for (int j = 0; j < matrix.cols(); j++) {
                dense[i][j] = matrix.get(i, j);
            }
        }
        return dense;
    }

    private static double[][] transpose(double[][] matrix) {
        double[][] t = new double[matrix[0].length][matrix.length];
        for (int i = 0; i < matrix.length; i++) {
            for (int j = 0; j < matrix[0].length; j++) {
                t[j][i] = matrix[i][j];
            }
        }
        return t;
    }

    private static double[][] readMatrix(String file) throws IOException {
        return Files.readAllLines(REFERENCE.resolve(file)).stream()
                .filter(line -> !line.isBlank())
                .map(line -> List.of(line.split(",")).stream()
                        .mapToDouble(Double::parseDouble)
                        .toArray())
                .toArray(double[][]::new);
    }

    /** The (region, name) columns of a label file, header and idx left out. */
    private static List<String> labels(String file) throws IOException {
        return Files.readAllLines(REFERENCE.resolve(file)).stream()
                .skip(1)
                .filter(line -> !line.isBlank())
                .map(line -> line.substring(line.indexOf(',') + 1))
                .toList();
    }
}
