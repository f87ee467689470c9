package org.lodestone.core.ario;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.within;

import java.util.List;
import org.junit.jupiter.api.Test;
import org.lodestone.core.mrio.IoTable;
import org.lodestone.core.mrio.SwitchingLag;
import org.lodestone.core.shock.Event;

/**
 * Orders shifting under a supplier qualification lag, derived by hand on the network of
 * {@link ExportControlTest}: m is made in A (60 to C) and B (40 to C, 360 to B's final demand);
 * C/s uses 100 m per step. A may ship only half of its m to C from step 1. With fixed orders a
 * buyer weighs its suppliers by their initial flows, 60 : 40, so of C's order per unit of weight
 * u, A receives 60 · 0.5 · u = 30u, and B its own 40u plus the share q of the 30u blocked at A:
 * {@code B / A = (40 + 30 q) / 30}. The orders delivered at step t are placed at t − 1 under the
 * control of step t, whose clock starts at step 1: q = min(1, (t − 1) / 10) with a 10-day lag.
 */
class SupplierQualificationTest {

    private static final int A = 0;
    private static final int B = 1;
    private static final int M = 0;
    private static final int LAG = 10;
    private static final int STEPS = 60;

    private static Event halfOfA(int start, int duration) {
        return new Event.ExportControl(
                new int[] {A}, SmallTables.only(3, 2), new boolean[3], 0.5, start, duration, 0, 0);
    }

    private static Trajectories run(List<SwitchingLag> lags, List<Event> events, ArioParameters.OrderType orders) {
        IoTable table = tableOfExportControlTest().withSupplyResponse(lags, List.of());
        return SmallTables.run(table, SmallTables.parameters(30).withOrderType(orders), events, STEPS);
    }

    static IoTable tableOfExportControlTest() {
        return SmallTables.table(
                List.of("A/m", "B/m", "C/s"),
                List.of("A", "B", "C"),
                new double[] {0, 0, 60, 0, 0, 40, 0, 0, 0},
                new double[] {40, 0, 0, 0, 360, 0, 0, 0, 100});
    }

    private static double ratioBToA(Trajectories run, int t) {
        double[] orders = run.intermediateDemand.get(t);
        return orders[B] / orders[A];
    }

    @Test
    void ordersMoveToTheOtherSupplierAlongTheLag() {
        Trajectories run =
                run(List.of(new SwitchingLag(M, LAG)), List.of(halfOfA(1, STEPS)), ArioParameters.OrderType.FIXED);

        assertThat(run.intermediateDemand.get(0))
                .as("before the control: the initial orders")
                .containsExactly(60, 40, 0);
        // step 1, the control's first: nothing qualified yet, so B gets only its usual 40 and 30 is not ordered
        assertThat(run.intermediateDemand.get(1)[A]).isCloseTo(30, within(1e-12));
        assertThat(run.intermediateDemand.get(1)[B]).isCloseTo(40, within(1e-12));
        for (int t = 1; t <= LAG; t++) {
            double q = (t - 1) / (double) LAG;
            assertThat(ratioBToA(run, t)).as("during the lag, step %d", t).isCloseTo((40 + 30 * q) / 30, within(1e-12));
        }
        for (int t = LAG + 1; t < STEPS; t++) {
            assertThat(ratioBToA(run, t)).as("after the lag, step %d", t).isCloseTo(70.0 / 30, within(1e-12));
        }
    }

    @Test
    void withoutALagTheBlockedShareMovesAtOnce() {
        Trajectories run = run(List.of(), List.of(halfOfA(1, STEPS)), ArioParameters.OrderType.FIXED);

        assertThat(run.intermediateDemand.get(1)[A]).isCloseTo(30, within(1e-12));
        assertThat(run.intermediateDemand.get(1)[B]).isCloseTo(70, within(1e-12));
    }

    @Test
    void aLagOfZeroIsVersionOneBitForBit() {
        List<Event> control = List.of(halfOfA(1, STEPS));
        for (ArioParameters.OrderType type : ArioParameters.OrderType.values()) {
            Trajectories plain = run(List.of(), control, type);
            Trajectories zero = run(List.of(new SwitchingLag(M, 0)), control, type);
            for (int t = 0; t < STEPS; t++) {
                assertThat(zero.intermediateDemand.get(t))
                        .as("%s orders, step %d", type, t)
                        .isEqualTo(plain.intermediateDemand.get(t));
                assertThat(zero.production.get(t))
                        .as("%s production, step %d", type, t)
                        .isEqualTo(plain.production.get(t));
            }
        }
    }

    @Test
    void aQualifiedSupplierStaysQualifiedForTheNextRestriction() {
        // a first control of 5 steps (clock from step 1: q = 0.4 at its last delivery), then one from step 30
        Trajectories run = run(
                List.of(new SwitchingLag(M, LAG)),
                List.of(halfOfA(1, 5), halfOfA(30, 20)),
                ArioParameters.OrderType.FIXED);

        assertThat(ratioBToA(run, 30))
                .as("the clock kept running: q = 29 / 10 -> 1")
                .isCloseTo(70.0 / 30, within(1e-12));
    }

    @Test
    void whatIsNotYetReOrderedIsNotOrdered() {
        Trajectories lagged =
                run(List.of(new SwitchingLag(M, LAG)), List.of(halfOfA(1, STEPS)), ArioParameters.OrderType.FIXED);
        Trajectories instant = run(List.of(), List.of(halfOfA(1, STEPS)), ArioParameters.OrderType.FIXED);

        // C's stock runs down faster while it cannot re-order, so it never holds more than without the lag
        for (int t = 0; t < STEPS; t++) {
            assertThat(lagged.stocksTotal.get(t)[2])
                    .as("C's stock at step %d", t)
                    .isLessThanOrEqualTo(instant.stocksTotal.get(t)[2] + 1e-9);
        }
        assertThat(lagged.stocksTotal.get(LAG)[2])
                .isLessThan(instant.stocksTotal.get(LAG)[2]);
    }
}
