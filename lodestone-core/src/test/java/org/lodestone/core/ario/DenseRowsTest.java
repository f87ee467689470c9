package org.lodestone.core.ario;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.offset;

import java.util.ArrayList;
import java.util.Arrays;
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
import org.lodestone.core.shock.Event;

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
        assertThat(dense.row(0)[10]).as("Z[0,10]").isEqualTo(11);
        assertThat(dense.row(0)[P - 1]).as("padding").isZero();
        assertThat(dense.row(4)[7]).as("Z[4,7]").isEqualTo(3);
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

        assertCloseToTheSparsePass(withDense, sparse);
    }

    /**
     * The dense rows of a product add to a copy of its sums ({@link BuyerSums}); a sparse or
     * restricted supplier of the same product between them adds to the per-entry sums. 150 regions
     * × 2 sectors (about 101,000 flows): the a-makers of even regions sell to every buyer (dense),
     * those of odd regions to half of them (sparse), so the pass alternates between the two within
     * product a; an export control restricts one region's makers. The results must be the sparse
     * pass's to the last bits, and identical on 1 and 2 workers.
     */
    @Test
    void aProductMixingDenseSparseAndRestrictedRowsGivesTheSparseResults() {
        int regions = 150;
        int p = 2 * regions;
        double[] z = new double[p * p];
        for (int r = 0; r < regions; r++) {
            for (int j = 0; j < p; j++) {
                z[2 * r * p + j] = r % 2 == 0 || j % 2 == 0 ? 1 + (r * 7 + j) % 13 : 0;
                z[(2 * r + 1) * p + j] = 2 + (r + j) % 5;
            }
        }
        IoTable table = table(regions, z);
        ArioParameters parameters = ArioParameters.defaults().withInventory(5, Map.of());
        ArioModel dense = ArioModel.of(table, parameters);
        assertThat(dense.denseRows.isDense(0)).as("an even region's a-maker").isTrue();
        assertThat(dense.denseRows.isDense(2)).as("an odd region's a-maker").isFalse();

        List<double[]> sparse = run(ArioModel.sparseRows(table, parameters), true);
        List<double[]> oneWorker = run(dense, true);
        List<double[]> twoWorkers = run(ArioModel.of(table, parameters.withThreads(2)), true);

        assertThat(twoWorkers).hasSameSizeAs(oneWorker);
        for (int t = 0; t < oneWorker.size(); t++) {
            assertThat(twoWorkers.get(t)).as("step %d on 2 workers", t).isEqualTo(oneWorker.get(t));
        }
        assertCloseToTheSparsePass(oneWorker, sparse);
    }

    /** Every value of every step within 10⁻¹² relative of the sparse pass's. */
    private static void assertCloseToTheSparsePass(List<double[]> actual, List<double[]> sparse) {
        assertThat(actual).hasSameSizeAs(sparse);
        for (int t = 0; t < sparse.size(); t++) {
            for (int k = 0; k < sparse.get(t).length; k++) {
                double expected = sparse.get(t)[k];
                assertThat(actual.get(t)[k])
                        .as("step %d, value %d", t, k)
                        .isCloseTo(expected, offset(1e-12 * Math.abs(expected)));
            }
        }
    }

    /**
     * A block of four dense rows ({@link DenseRows#BLOCK}) gives each row's order sum and adds
     * their weights and shortfalls exactly as four single-row calls in turn: to the bit, with every
     * rationed share zero (weights only), some zero and one negative, or none zero.
     */
    @Test
    void aBlockOfFourRowsIsFourSingleRowsToTheBit() {
        ArioModel model = ArioModel.of(SyntheticMrio.generate(30, 12, 3), ArioParameters.defaults());
        DenseRows dense = model.denseRows;
        int[] order = model.rowsByProduct;
        int n = 5;
        for (int k = n; k < n + DenseRows.BLOCK; k++) {
            assertThat(dense.isDense(order[k]))
                    .as("row %d of the pass order", k)
                    .isTrue();
            assertThat(model.productOf[order[k]]).as("its product").isEqualTo(model.productOf[order[n]]);
        }
        Random random = new Random(3);
        double[] unit = random.doubles(model.p, -1, 2).toArray();
        unit[7] = 0;
        double[] sums = new double[DenseRows.BLOCK];
        dense.dots(order, n, unit, sums);
        for (int b = 0; b < DenseRows.BLOCK; b++) {
            assertThat(bits(sums[b])).as("row %d's order sum", b).isEqualTo(bits(dense.dot(order[n + b], unit)));
        }
        double[] weightNext = {0.9, 1.1, 0.7, 1.3};
        for (double[] rationed :
                List.of(new double[] {0, 0, 0, 0}, new double[] {0.3, 0, -0.2, 0}, new double[] {0.1, 0.2, 0.3, 0.4})) {
            BuyerSums block = sums(model, random.nextLong());
            BuyerSums single = sums(model, 0);
            System.arraycopy(block.weights, 0, single.weights, 0, model.p);
            System.arraycopy(block.shortfalls, 0, single.shortfalls, 0, model.p);
            dense.addWeightsAndShortfalls(order, n, block, weightNext, rationed);
            for (int b = 0; b < DenseRows.BLOCK; b++) {
                dense.addWeightsAndShortfalls(order[n + b], single, weightNext[b], rationed[b]);
            }
            assertThat(bits(block.weights)).as("weights, rationed %s", rationed).containsExactly(bits(single.weights));
            assertThat(bits(block.shortfalls))
                    .as("shortfalls, rationed %s", rationed)
                    .containsExactly(bits(single.shortfalls));
        }
    }

    /** Sums by buyer starting from random values (seed 0: zeros), as a pass part way through a product has them. */
    private static BuyerSums sums(ArioModel model, long seed) {
        BuyerSums sums = new BuyerSums(model.p, model.denseRows.entryBase);
        if (seed != 0) {
            Random random = new Random(seed);
            for (int j = 0; j < model.p; j++) {
                sums.weights[j] = random.nextDouble() * 100;
                sums.shortfalls[j] = random.nextDouble() * 10;
            }
        }
        return sums;
    }

    private static long bits(double value) {
        return Double.doubleToRawLongBits(value);
    }

    private static long[] bits(double[] values) {
        return Arrays.stream(values).mapToLong(Double::doubleToRawLongBits).toArray();
    }

    private static List<double[]> run(ArioModel model) {
        return run(model, false);
    }

    /** 60 steps under random shocks, with a random export control and logistics disruption if {@code market}. */
    private static List<double[]> run(ArioModel model, boolean market) {
        List<Event> events = new ArrayList<>(RandomShocks.of(model, new Random(7)));
        if (market) {
            events.addAll(RandomShocks.market(model, new Random(11)));
        }
        List<double[]> steps = new ArrayList<>();
        new ArioRun(model, events).run(60, step -> {
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
        return table(REGIONS, z);
    }

    /** A table of {@code regions} regions × sectors a and b with flows {@code z} (row-major, P × P). */
    private static IoTable table(int regions, double[] z) {
        int p = 2 * regions;
        List<Industry> industries = new ArrayList<>();
        for (int r = 0; r < regions; r++) {
            industries.add(new Industry(String.format("r%03d", r), "a"));
            industries.add(new Industry(String.format("r%03d", r), "b"));
        }
        double[] y = new double[p];
        double[] x = new double[p];
        for (int i = 0; i < p; i++) {
            y[i] = 1000;
            x[i] = y[i];
            for (int j = 0; j < p; j++) {
                x[i] += z[i * p + j];
            }
        }
        return new IoTable(
                industries,
                List.of(new FinalDemandColumn("r000", "households")),
                SparseMatrix.fromDense(p, p, z),
                SparseMatrix.fromDense(p, 1, y),
                x,
                IoTable.Units.PHYSICAL,
                1,
                Optional.empty());
    }
}
