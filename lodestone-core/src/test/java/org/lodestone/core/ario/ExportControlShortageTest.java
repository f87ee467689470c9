package org.lodestone.core.ario;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.within;

import java.util.List;
import org.junit.jupiter.api.Test;
import org.lodestone.core.mrio.IoTable;
import org.lodestone.core.shock.Event;

/**
 * An export control with no alternative supplier: A is the only maker of m (X0 140: 100 to C, 40
 * to A's final demand); C/s uses 100 m per step (a = 1) for 100 of final demand, with 30 days of
 * inventory (3000) and ψ = 0.8. A blocks all of its m to C from step 1.
 *
 * <p>By hand: C orders nothing it can receive and uses 100 a step, so its stock at the start of
 * step t ≥ 1 is 3000 − 100 (t − 1). Production is limited once the stock is below
 * ψ · 100 · 1 · 30 = 2400, i.e. after 0.2 · 30 = 6 steps of use: first at step 8 (2300), where
 * C makes 100 · 2300 / 2400. From then on it makes stock / 24, so the stock shrinks by 1/24 a step
 * and never reaches 0.
 */
class ExportControlShortageTest {

    private static final int A = 0;
    private static final int C = 1;
    private static final int C_FINAL = 1;
    /** A/m supplies 100 a step to C/s; final demand 40 for A's m and 100 for C's s (also used by RunEventsTest). */
    static final IoTable TABLE = SmallTables.table(
            List.of("A/m", "C/s"),
            List.of("A", "C"),
            new double[] {
                0, 100,
                0, 0
            },
            new double[] {
                40, 0,
                0, 100
            });

    static Event control() {
        return control(1.0);
    }

    private static Event control(double share) {
        return new Event.ExportControl(
                new int[] {A}, SmallTables.only(2, C), SmallTables.only(2, C_FINAL), share, 1, SmallTables.STEPS, 0, 0);
    }

    static Trajectories run(List<Event> events) {
        return SmallTables.run(TABLE, SmallTables.parameters(30), events, SmallTables.STEPS);
    }

    @Test
    void theTargetsStockRunsDownByItsUseUntilProductionIsLimited() {
        Trajectories run = run(List.of(control()));

        assertThat(run.stocksTotal.get(0)[C]).isEqualTo(3000);
        for (int t = 1; t <= 8; t++) {
            assertThat(run.stocksTotal.get(t)[C])
                    .as("C's stock at step %d", t)
                    .isCloseTo(3000 - 100 * (t - 1), within(1e-9));
        }
        for (int t = 0; t <= 7; t++) {
            assertThat(run.production.get(t)[C]).as("C at step %d", t).isCloseTo(100, within(1e-9));
            assertThat(run.limitingInputs.get(t)[C])
                    .as("limiting inputs of C at step %d", t)
                    .isZero();
        }
        assertThat(run.production.get(8)[C]).isCloseTo(100 * 2300.0 / 2400, within(1e-9));
        assertThat(run.limitingInputs.get(8)[C]).isEqualTo(1);
    }

    @Test
    void onceLimitedTheTargetUsesAFixedShareOfWhatIsLeftAndNeverGoesNegative() {
        Trajectories run = run(List.of(control()));

        for (int t = 8; t < SmallTables.STEPS; t++) {
            double stock = run.stocksTotal.get(t)[C];
            assertThat(stock).as("C's stock at step %d", t).isPositive();
            assertThat(run.production.get(t)[C]).as("C at step %d", t).isCloseTo(stock / 24, within(1e-9));
            if (t > 8) {
                assertThat(stock)
                        .as("C's stock at step %d", t)
                        .isCloseTo(run.stocksTotal.get(t - 1)[C] * 23 / 24, within(1e-9));
            }
        }
        for (int t = 1; t < SmallTables.STEPS; t++) {
            assertThat(run.production.get(t)[A]).as("A at step %d", t).isEqualTo(40);
            assertThat(run.intermediateDemand.get(t)[A])
                    .as("orders to A at step %d", t)
                    .isZero();
        }
    }

    @Test
    void finalDemandOfTheTargetGoesUnmetAsItsProductionFalls() {
        Trajectories run = run(List.of(control()));

        for (int t = 0; t <= 7; t++) {
            assertThat(run.finalDemandUnmet.get(t)[C_FINAL])
                    .as("unmet in C at step %d", t)
                    .isCloseTo(0, within(1e-9));
        }
        for (int t = 8; t < SmallTables.STEPS; t++) {
            double unmet = run.finalDemandUnmet.get(t)[C_FINAL];
            assertThat(unmet)
                    .as("unmet in C at step %d", t)
                    .isCloseTo(100 - run.production.get(t)[C], within(1e-9));
            assertThat(unmet)
                    .as("unmet in C at step %d", t)
                    .isGreaterThan(run.finalDemandUnmet.get(t - 1)[C_FINAL]);
        }
    }

    @Test
    void aPartialControlBlocksItsShareOfWhatTheTargetWouldBuy() {
        Trajectories run = run(List.of(control(0.5)));

        // step 1: C needs 100 and may buy only half of it from its sole supplier
        assertThat(run.intermediateDemand.get(1)[A]).isCloseTo(50, within(1e-12));
        // C used 100 and received 50; it orders its use plus 50 / 60 to restore the stock, again half of it
        assertThat(run.stocksTotal.get(2)[C]).isCloseTo(2950, within(1e-9));
        assertThat(run.intermediateDemand.get(2)[A]).isCloseTo(0.5 * (100 + 50.0 / 60), within(1e-12));
        // a smaller share blocks less, a larger one more, down to nothing at share 1
        double[] totals = new double[3];
        double[] shares = {0.5, 0.9, 1.0};
        for (int k = 0; k < shares.length; k++) {
            totals[k] = run(List.of(control(shares[k]))).production.stream()
                    .mapToDouble(x -> x[C])
                    .sum();
        }
        assertThat(totals[0]).isLessThan(100 * SmallTables.STEPS).isGreaterThan(totals[1]);
        assertThat(totals[1]).isGreaterThan(totals[2]);
    }
}
