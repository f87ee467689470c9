package org.lodestone.core.ario;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.offset;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Random;
import org.junit.jupiter.api.Test;
import org.lodestone.core.mrio.FinalDemandColumn;
import org.lodestone.core.mrio.Industry;
import org.lodestone.core.mrio.IoTable;
import org.lodestone.core.mrio.SparseMatrix;
import org.lodestone.core.mrio.SyntheticMrio;

/**
 * Which rows of Z the supplier pass reads dense ({@link DenseRows}), and that reading them dense
 * changes nothing but the last bits of the suppliers' order sums.
 */
class DenseRowsTest {

    /** 128 regions × 2 sectors: 256 industries (a table this small has dense rows only with the flow minimum lowered). */
    private static final int REGIONS = 128;

    private static final int P = 2 * REGIONS;

    /**
     * Industry 0 (sector a) sells to 70 % of the buyers, industry 2 (sector a) to 60 %: only the
     * first reaches the 67 % share. Industry 1 (sector b) sells to every buyer but 5, and no other
     * maker of b sells to buyer 5, so b misses an input entry and its rows stay sparse.
     */
    @Test
    void aRowIsDenseWhenItReachesTwoThirdsOfTheBuyersAndItsProductEveryBuyer() {
        double[] z = new double[P * P];
        for (int j = 0; j < P; j++) {
            z[j] = j < P * 70 / 100 ? 1 + j : 0;
            z[2 * P + j] = j < P * 60 / 100 ? 2 : 0;
            z[4 * P + j] = 3; // another maker of a: a reaches every buyer
            z[P + j] = j == 5 ? 0 : 4;
        }
        ArioModel model = ArioModel.of(table(z), ArioParameters.defaults());
        assertThat(model.denseRows.isDense(0))
                .as("843 flows, too few for dense rows")
                .isFalse();
        DenseRows dense = DenseRows.of(model, 0);

        assertThat(dense.isDense(0)).as("70 %% of the buyers").isTrue();
        assertThat(dense.isDense(2)).as("60 %% of the buyers").isFalse();
        assertThat(dense.isDense(4)).as("every buyer").isTrue();
        assertThat(dense.isDense(1)).as("product b misses buyer 5").isFalse();
        assertThat(dense.values[dense.start(0) + 10]).as("Z[0,10]").isEqualTo(11);
        assertThat(dense.values[dense.start(0) + P - 1]).as("padding").isZero();
        assertThat(dense.values[dense.start(4) + 7]).as("Z[4,7]").isEqualTo(3);
        assertThat(dense.entryBase[0]).as("product a's entries come first").isZero();
    }

    /** 16 × 16 industries, nearly dense, so at most 256² = 65,536 flows: not more than the minimum for dense rows. */
    @Test
    void smallTablesKeepEveryRowSparse() {
        ArioModel model = ArioModel.of(SyntheticMrio.generate(16, 16, 1), ArioParameters.defaults());
        assertThat(model.zValues.length).isLessThanOrEqualTo(DenseRows.MIN_FLOWS);
        assertThat(DenseRows.of(model, 0).isDense(0))
                .as("dense enough with no minimum")
                .isTrue();

        for (int i = 0; i < model.p; i++) {
            assertThat(model.denseRows.isDense(i)).as("industry %d of 256", i).isFalse();
        }
    }

    /** The synthetic MRIO is about 90 % dense; random shocks ration suppliers, so every branch of the pass runs. */
    @Test
    void denseRowsGiveTheSparseResultsToTheLastBits() {
        IoTable table = SyntheticMrio.generate(30, 12, 3);
        ArioParameters parameters = ArioParameters.defaults().withInventory(5, Map.of());
        ArioModel dense = ArioModel.of(table, parameters);
        assertThat(dense.denseRows.isDense(0)).isTrue();

        List<double[]> withDense = run(dense);
        List<double[]> sparse = run(ArioModel.sparseRows(table, parameters));

        assertThat(withDense).hasSameSizeAs(sparse);
        for (int t = 0; t < sparse.size(); t++) {
            for (int k = 0; k < sparse.get(t).length; k++) {
                double expected = sparse.get(t)[k];
                assertThat(withDense.get(t)[k])
                        .as("step %d, value %d", t, k)
                        .isCloseTo(expected, offset(1e-12 * Math.abs(expected)));
            }
        }
    }

    private static List<double[]> run(ArioModel model) {
        List<double[]> steps = new ArrayList<>();
        new ArioRun(model, RandomShocks.of(model, new Random(7))).run(60, step -> {
            double[] values = new double[3 * step.industries()];
            step.production().copyInto(values);
            for (int i = 0; i < step.industries(); i++) {
                values[step.industries() + i] = step.intermediateDemand().get(i);
                values[2 * step.industries() + i] = step.inputStocksTotal().get(i);
            }
            steps.add(values);
        });
        return steps;
    }

    private static IoTable table(double[] z) {
        List<Industry> industries = new ArrayList<>();
        for (int r = 0; r < REGIONS; r++) {
            industries.add(new Industry(String.format("r%03d", r), "a"));
            industries.add(new Industry(String.format("r%03d", r), "b"));
        }
        double[] y = new double[P];
        double[] x = new double[P];
        for (int i = 0; i < P; i++) {
            y[i] = 1000;
            x[i] = y[i];
            for (int j = 0; j < P; j++) {
                x[i] += z[i * P + j];
            }
        }
        return new IoTable(
                industries,
                List.of(new FinalDemandColumn("r000", "households")),
                SparseMatrix.fromDense(P, P, z),
                SparseMatrix.fromDense(P, 1, y),
                x,
                IoTable.Units.PHYSICAL,
                1,
                Optional.empty());
    }
}
