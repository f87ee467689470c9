package org.lodestone.core.ario;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Map;
import java.util.Random;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;
import org.lodestone.core.mrio.IoTable;
import org.lodestone.core.mrio.SyntheticMrio;

/**
 * Results do not depend on the number of worker threads, bit for bit: the flow pass splits
 * suppliers at product boundaries among workers (order, weight and shortfall sums), so every sum
 * keeps its order ({@code FlowPasses}), and per-entry loops compute each entry alone
 * ({@code EntryParts}); one worker on a small table takes the phased pass, whose loops keep the
 * same formulas and orders. Runs {@link RandomShocks} with short inventories, so
 * that the passes carry rationed, non-equilibrium flows.
 */
class ThreadIndependenceTest {

    private static final int STEPS = 80;
    private static final int[] THREADS = {2, 3};

    @ParameterizedTest(name = "{0}")
    @MethodSource("org.lodestone.core.ario.SeededTables#all")
    void everyOutputIsIdenticalWithOneTwoOrThreeThreads(SeededTables.Case c) {
        List<long[]> single = run(c, 1);
        for (int threads : THREADS) {
            List<long[]> parallel = run(c, threads);

            assertThat(parallel).as("%s, steps with %d threads", c, threads).hasSameSizeAs(single);
            for (int t = 0; t < single.size(); t++) {
                assertThat(parallel.get(t))
                        .as("%s, %d threads, step %d", c, threads, t)
                        .isEqualTo(single.get(t));
            }
        }
    }

    /**
     * One worker on a small table takes the phased supplier pass ({@code FlowPasses.phased()}), two
     * or three the one-loop pass: the comparison above holds the two passes to the same bits.
     */
    @Test
    void oneThreadTakesThePhasedPassAndMoreTheOneLoopPass() {
        IoTable table = SyntheticMrio.generate(4, 6, 3);

        assertThat(passes(table, 1).phased()).isTrue();
        assertThat(passes(table, 2).phased()).isFalse();
        assertThat(passes(table, 3).phased()).isFalse();
    }

    private static FlowPasses passes(IoTable table, int threads) {
        return new FlowPasses(ArioModel.of(table, ArioParameters.defaults().withThreads(threads)), false, null);
    }

    /** A table with enough input entries that the per-entry loops are split among workers too ({@link EntryParts}). */
    @Test
    void theSplitEntryLoopsGiveTheSameResults() {
        SeededTables.Case c = new SeededTables.Case("synthetic 45x40 seed 5", SyntheticMrio.generate(45, 40, 5));
        assertThat(new EntryParts(ArioModel.of(c.table(), ArioParameters.defaults()).entries.count, 2).parts)
                .isEqualTo(2);
        List<long[]> single = run(c, 1, 25);
        List<long[]> parallel = run(c, 2, 25);
        for (int t = 0; t < single.size(); t++) {
            assertThat(parallel.get(t)).as("2 threads, step %d", t).isEqualTo(single.get(t));
        }
    }

    private static List<long[]> run(SeededTables.Case c, int threads) {
        return run(c, threads, STEPS);
    }

    /** Every array of every step, as raw bits. */
    private static List<long[]> run(SeededTables.Case c, int threads, int stepCount) {
        ArioModel model = ArioModel.of(
                c.table(), ArioParameters.defaults().withThreads(threads).withInventory(5, Map.of()));
        List<long[]> steps = new ArrayList<>();
        new ArioRun(model, RandomShocks.of(model, new Random(c.name().hashCode()))).run(stepCount, step -> {
            double[] capital =
                    step.capitalToRecover().map(ReadOnlyVector::toArray).orElse(new double[0]);
            double[] limiting = Arrays.stream(step.limitingInputs().toArray())
                    .asDoubleStream()
                    .toArray();
            steps.add(Stream.of(
                            step.production().toArray(),
                            step.capacity().toArray(),
                            step.overproduction().toArray(),
                            step.intermediateDemand().toArray(),
                            step.rebuildDemand().toArray(),
                            step.rebuildProduction().toArray(),
                            step.finalDemandUnmet().toArray(),
                            step.finalDemandUndistributed().toArray(),
                            step.inputStocksTotal().toArray(),
                            limiting,
                            capital)
                    .flatMapToDouble(Arrays::stream)
                    .mapToLong(Double::doubleToRawLongBits)
                    .toArray());
        });
        return steps;
    }
}
