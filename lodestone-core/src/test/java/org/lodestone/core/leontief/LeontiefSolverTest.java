package org.lodestone.core.leontief;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.assertj.core.api.Assertions.within;

import java.util.List;
import java.util.Optional;
import java.util.Random;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;
import org.lodestone.core.mrio.FinalDemandColumn;
import org.lodestone.core.mrio.Industry;
import org.lodestone.core.mrio.IoTable;
import org.lodestone.core.mrio.SparseMatrix;

class LeontiefSolverTest {

    /** ore → metal → device: 2.5 t ore per t metal, 0.5 t metal per device; x = 125, 50, 100. */
    static IoTable chain(IoTable.Units units) {
        List<Industry> industries =
                List.of(new Industry("A", "device"), new Industry("A", "metal"), new Industry("A", "ore"));
        double[] z = {0, 0, 0, 50, 0, 0, 0, 125, 0};
        double[] y = {100, 0, 0};
        return new IoTable(
                industries,
                List.of(new FinalDemandColumn("A", "final")),
                SparseMatrix.fromDense(3, 3, z),
                SparseMatrix.fromDense(3, 1, y),
                new double[] {100, 50, 125},
                units,
                1,
                Optional.empty());
    }

    @Test
    void chainRequirementsAreTheProductsOfItsCoefficients() {
        LeontiefSolver solver = new LeontiefSolver(chain(IoTable.Units.PHYSICAL));

        // one device needs 0.5 t metal and 0.5 × 2.5 = 1.25 t ore
        assertThat(solver.solve(new double[] {1, 0, 0})).containsExactly(1, 0.5, 1.25);
        // per t of ore delivered, nothing else is needed; per t of metal, 2.5 t ore
        assertThat(solver.solve(new double[] {0, 1, 0})).containsExactly(0, 1, 2.5);
        // row of L for ore: ore embodied per unit of each industry's output
        assertThat(solver.solveTransposed(new double[] {0, 0, 1})).containsExactly(1.25, 2.5, 1);
        assertThat(solver.coefficient(2, 1)).isEqualTo(2.5);
    }

    @ParameterizedTest
    @ValueSource(longs = {1, 7, 42, 2024, 31337})
    void matchesTheDenseInverseOnRandomTablesWithCycles(long seed) {
        IoTable table = RandomTables.random(seed, 3, 4, IoTable.Units.PHYSICAL);
        double[][] l = DenseLeontief.inverse(table);
        int p = table.size();
        Random random = new Random(seed);
        double[] b = new double[p];
        for (int i = 0; i < p; i++) {
            b[i] = random.nextDouble();
        }
        LeontiefSolver solver = new LeontiefSolver(table);

        double[] forward = solver.solve(b);
        double[] transposed = solver.solveTransposed(b);

        for (int i = 0; i < p; i++) {
            double rowTimesB = 0;
            double columnTimesB = 0;
            for (int j = 0; j < p; j++) {
                rowTimesB += l[i][j] * b[j];
                columnTimesB += l[j][i] * b[j];
            }
            assertThat(forward[i]).isCloseTo(rowTimesB, within(1e-10 * Math.abs(rowTimesB) + 1e-13));
            assertThat(transposed[i]).isCloseTo(columnTimesB, within(1e-10 * Math.abs(columnTimesB) + 1e-13));
        }
    }

    @ParameterizedTest
    @ValueSource(ints = {1, 3, 16, 21})
    void batchedRightHandSidesGiveColumnsAndRowsOfTheInverse(int k) {
        IoTable table = RandomTables.synthetic(42, 3, 4);
        double[][] l = DenseLeontief.inverse(table);
        int p = table.size();
        double[] units = new double[p * k];
        for (int c = 0; c < k; c++) {
            units[(c % p) * k + c] = 1;
        }
        LeontiefSolver solver = new LeontiefSolver(table);

        double[] columns = solver.solve(units, k);
        double[] rows = solver.solveTransposed(units, k);

        for (int c = 0; c < k; c++) {
            for (int i = 0; i < p; i++) {
                assertThat(columns[i * k + c]).as("L[%d][%d]", i, c % p).isCloseTo(l[i][c % p], within(1e-11));
                assertThat(rows[i * k + c]).as("L[%d][%d]", c % p, i).isCloseTo(l[c % p][i], within(1e-11));
            }
        }
    }

    @Test
    void signedRightHandSidesStopOnThePlainTestAndStillMatch() {
        IoTable table = RandomTables.synthetic(7, 4, 3);
        double[][] l = DenseLeontief.inverse(table);
        double[] b = new double[table.size()];
        for (int i = 0; i < b.length; i++) {
            b[i] = i % 3 == 0 ? -1 : 2;
        }

        double[] u = new LeontiefSolver(table).solve(b);

        for (int i = 0; i < b.length; i++) {
            double expected = 0;
            for (int j = 0; j < b.length; j++) {
                expected += l[i][j] * b[j];
            }
            assertThat(u[i]).isCloseTo(expected, within(1e-11));
        }
    }

    @Test
    void unproductiveTableIsRejectedWithTheReason() {
        IoTable table = new IoTable(
                List.of(new Industry("A", "s")),
                List.of(new FinalDemandColumn("A", "final")),
                SparseMatrix.fromDense(1, 1, new double[] {150}),
                SparseMatrix.fromDense(1, 1, new double[] {0}),
                new double[] {100},
                IoTable.Units.MONETARY,
                1,
                Optional.empty());

        assertThatThrownBy(() -> new LeontiefSolver(table).solve(new double[] {1}))
                .isInstanceOf(IllegalStateException.class)
                .hasMessageContaining("not productive");
    }

    @Test
    void wrongShapeNamesTheExpectedSize() {
        LeontiefSolver solver = new LeontiefSolver(chain(IoTable.Units.PHYSICAL));

        assertThatThrownBy(() -> solver.solve(new double[4], 2))
                .isInstanceOf(IllegalArgumentException.class)
                .hasMessageContaining("P x K = 3 x 2");
    }
}
