package org.lodestone.core.ario;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.within;

import java.util.List;
import org.junit.jupiter.api.Test;
import org.lodestone.core.mrio.IoTable;
import org.lodestone.core.shock.Event;

/** Stock releases: units of a product added to buyers' inventories at the start of each step of the event. */
class StockReleaseTest {

    private static final int M = 0;
    private static final int C = 1;
    private static final int START = 5;
    private static final int DURATION = 40;

    /** On the table of {@link ExportControlShortageTest}, where A's control leaves C/s with no supply of m. */
    private static Event release() {
        return new Event.StockRelease(new int[] {C}, M, 50, START, DURATION);
    }

    @Test
    void eachReleaseStepAddsItsUnitsToTheStockBeforeUse() {
        Trajectories run = ExportControlShortageTest.run(List.of(ExportControlShortageTest.control(), release()));

        // C receives nothing from A, so its stock moves by the release minus what it used the step before
        for (int t = 2; t < SmallTables.STEPS; t++) {
            double released = t >= START && t < START + DURATION ? 50 : 0;
            double expected = run.stocksTotal.get(t - 1)[C] - run.production.get(t - 1)[C] + released;
            assertThat(run.stocksTotal.get(t)[C]).as("C's stock at step %d", t).isCloseTo(expected, within(1e-9));
        }
        // 50 of the 100 used each step come from the stockpile: at step 8 the stock is 3000 − 700 + 4 × 50 = 2500,
        // so C is still unconstrained where without the release it was limited (2300 < 2400)
        assertThat(run.stocksTotal.get(8)[C]).isCloseTo(2500, within(1e-9));
        assertThat(run.production.get(8)[C]).isCloseTo(100, within(1e-9));
    }

    @Test
    void theReleaseReducesTheTargetsProductionLoss() {
        Trajectories without = ExportControlShortageTest.run(List.of(ExportControlShortageTest.control()));
        Trajectories with = ExportControlShortageTest.run(List.of(ExportControlShortageTest.control(), release()));

        double lossWithout = SmallTables.STEPS * 100
                - without.production.stream().mapToDouble(x -> x[C]).sum();
        double lossWith = SmallTables.STEPS * 100
                - with.production.stream().mapToDouble(x -> x[C]).sum();
        assertThat(lossWith).isPositive().isLessThan(lossWithout);
        // it cannot give back more than the 40 × 50 = 2000 units released
        assertThat(lossWithout - lossWith).isLessThanOrEqualTo(2000 + 1e-9);
    }

    /**
     * C/s and C/t use 75 and 25 of A's m (one per unit, 30 days of inventory); 40 units a step for
     * steps 1 to 3 are split 3 : 1 between them. Stocks above target are not drawn down by ordering
     * less (the gap is max(target − stock, 0)), so what is released stays.
     */
    @Test
    void aReleaseIsSplitByTheBuyersInitialUse() {
        IoTable table = SmallTables.table(
                List.of("A/m", "C/s", "C/t"),
                List.of("A", "C"),
                new double[] {
                    0, 75, 25,
                    0, 0, 0,
                    0, 0, 0
                },
                new double[] {
                    10, 0,
                    0, 75,
                    0, 25
                });
        Event release = new Event.StockRelease(new int[] {1, 2}, M, 40, 1, 3);
        Trajectories run = SmallTables.run(table, SmallTables.parameters(30), List.of(release), 10);

        for (int t = 0; t < 10; t++) {
            int steps = Math.min(t, 3);
            assertThat(run.stocksTotal.get(t)[1]).as("C/s at step %d", t).isCloseTo(2250 + 30 * steps, within(1e-9));
            assertThat(run.stocksTotal.get(t)[2]).as("C/t at step %d", t).isCloseTo(750 + 10 * steps, within(1e-9));
        }
    }

    /**
     * A release of m to C/t, which buys no m: the stock sits there (nothing uses or refills it),
     * counts in C/t's total, and, being off its target of 0, makes the step's orders take the
     * inventory-gap path; production is unchanged since nothing is short.
     */
    @Test
    void aReleaseToABuyerWithoutThatInputIsKeptAndCounted() {
        IoTable table = SmallTables.table(
                List.of("A/m", "C/s", "C/t"),
                List.of("A", "C"),
                new double[] {
                    0, 100, 0,
                    0, 0, 0,
                    0, 0, 0
                },
                new double[] {
                    10, 0,
                    0, 100,
                    0, 50
                });
        Event release = new Event.StockRelease(new int[] {2}, M, 40, 1, 3);
        Trajectories with = SmallTables.run(table, SmallTables.parameters(30), List.of(release), 10);
        Trajectories without = SmallTables.run(table, SmallTables.parameters(30), List.of(), 10);

        for (int t = 0; t < 10; t++) {
            assertThat(with.stocksTotal.get(t)[2]).as("C/t at step %d", t).isEqualTo(40.0 * Math.min(t, 3));
            assertThat(with.stocksTotal.get(t)[1])
                    .as("C/s at step %d", t)
                    .isCloseTo(without.stocksTotal.get(t)[1], within(1e-9));
            for (int i = 0; i < 3; i++) {
                assertThat(with.production.get(t)[i])
                        .isCloseTo(without.production.get(t)[i], within(1e-9));
            }
        }
    }
}
