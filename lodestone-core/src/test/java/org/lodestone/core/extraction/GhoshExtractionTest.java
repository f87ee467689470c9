package org.lodestone.core.extraction;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.assertj.core.api.Assertions.within;

import java.util.List;
import java.util.Optional;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;
import org.lodestone.core.leontief.DenseLeontief;
import org.lodestone.core.leontief.LeontiefSolver;
import org.lodestone.core.leontief.RandomTables;
import org.lodestone.core.mrio.FinalDemandColumn;
import org.lodestone.core.mrio.Industry;
import org.lodestone.core.mrio.IoTable;
import org.lodestone.core.mrio.SparseMatrix;

class GhoshExtractionTest {

    /** In money: ore (x 125) sells 100 to metal; metal (x 200) sells 50 to devices (x 100). */
    private static IoTable moneyChain() {
        List<Industry> industries =
                List.of(new Industry("A", "device"), new Industry("A", "metal"), new Industry("A", "ore"));
        double[] z = {0, 0, 0, 50, 0, 0, 0, 100, 0};
        double[] y = {100, 150, 25};
        return new IoTable(
                industries,
                List.of(new FinalDemandColumn("A", "final")),
                SparseMatrix.fromDense(3, 3, z),
                SparseMatrix.fromDense(3, 1, y),
                new double[] {100, 200, 125},
                IoTable.Units.MONETARY,
                1,
                Optional.empty());
    }

    @Test
    void aBuyerLosesItsCostShareOfTheCutInput() {
        IoTable table = moneyChain();

        double[] loss = new GhoshExtraction(table, new LeontiefSolver(table)).relativeLoss(new Cut(2, 0.5));

        // ore is half of metal's output value, metal half of the device's: 0.5 × 0.5, then × 0.5
        assertThat(loss[2]).isCloseTo(0.5, within(1e-12));
        assertThat(loss[1]).isCloseTo(0.25, within(1e-12));
        assertThat(loss[0]).isCloseTo(0.125, within(1e-12));
    }

    @Test
    void physicalTablesAreRefused() {
        IoTable table = RandomTables.random(1, 2, 2, IoTable.Units.PHYSICAL);

        assertThatThrownBy(() -> new GhoshExtraction(table, new LeontiefSolver(table)))
                .isInstanceOf(IllegalArgumentException.class)
                .hasMessageContaining("monetary");
    }

    @ParameterizedTest
    @ValueSource(longs = {1, 7, 42, 2024, 31337})
    void matchesTheGhoshInverseClosedForm(long seed) {
        IoTable table = RandomTables.synthetic(seed, 3, 3);
        double[][] g = DenseLeontief.ghosh(table);
        double[] x = table.x();
        GhoshExtraction ghosh = new GhoshExtraction(table, new LeontiefSolver(table));

        for (int k = 0; k < table.size(); k++) {
            double[] loss = ghosh.relativeLoss(new Cut(k, 0.7));
            for (int j = 0; j < table.size(); j++) {
                double expected = 0.7 * x[k] * g[k][j] / (g[k][k] * x[j]);
                assertThat(loss[j]).as("cut %d, industry %d", k, j).isCloseTo(expected, within(1e-10));
            }
            assertThat(loss[k]).isCloseTo(0.7, within(1e-12));
        }
    }

    @ParameterizedTest
    @ValueSource(longs = {1, 7, 42})
    void lossGrowsLinearlyWithTheCutAndIsZeroWithoutOne(long seed) {
        IoTable table = RandomTables.synthetic(seed, 2, 4);
        GhoshExtraction ghosh = new GhoshExtraction(table, new LeontiefSolver(table));

        double[] none = ghosh.relativeLoss(new Cut(3, 0));
        double[] half = ghosh.relativeLoss(new Cut(3, 0.5));
        double[] all = ghosh.relativeLoss(new Cut(3, 1));

        for (int j = 0; j < table.size(); j++) {
            assertThat(none[j]).isZero();
            assertThat(half[j]).isCloseTo(all[j] / 2, within(1e-14));
            assertThat(all[j]).isBetween(0.0, 1.0);
        }
    }
}
