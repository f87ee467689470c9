package org.lodestone.core.ario;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.within;

import java.util.List;
import org.junit.jupiter.api.Test;
import org.lodestone.core.mrio.IoTable;
import org.lodestone.core.mrio.SwitchingLag;
import org.lodestone.core.shock.Event;

/**
 * Final buyers re-sourcing blocked demand along a qualification lag, derived by hand. m is made in
 * A (X0 100: 40 for A's final demand, 60 for C's) and in B (X0 400: 360 for B's, 40 for C's);
 * nothing is an input. A blocks all of its m to C's final demand from step 1. α_max = 1, so B
 * makes at most 400. With a 10-day lag C re-orders from B the share q = min(1, (t − 1) / 10) of
 * the 60 blocked; B faces 400 + 60q and rations it: C receives (40 + 60q) · 400 / (400 + 60q) and
 * misses {@code 100 − that}; B's own buyers receive 360 · 400 / (400 + 60q).
 */
class FinalBuyerSwitchingTest {

    private static final int A = 0;
    private static final int B = 1;
    private static final int COLUMN_B = 1;
    private static final int COLUMN_C = 2;
    private static final int LAG = 10;
    private static final int STEPS = 30;
    private static final Event CONTROL =
            new Event.ExportControl(new int[] {A}, new boolean[2], SmallTables.only(3, COLUMN_C), 1.0, 1, STEPS, 0, 0);

    private static Trajectories run(List<SwitchingLag> lags) {
        IoTable table = SmallTables.table(List.of("A/m", "B/m"), List.of("A", "B", "C"), new double[4], new double[] {
                    40, 0, 60, 0, 360, 40
                })
                .withSupplyResponse(lags, List.of());
        return SmallTables.run(table, SmallTables.parameters(30).withAlpha(1, 1, 365), List.of(CONTROL), STEPS);
    }

    private static double q(int t) {
        return Math.min(1, (t - 1) / (double) LAG);
    }

    @Test
    void withoutALagRowBlockedFinalDemandGoesUnmetAsInVersionOne() {
        Trajectories run = run(List.of());

        for (int t = 1; t < STEPS; t++) {
            assertThat(run.finalDemandUnmet.get(t)[COLUMN_C]).as("step %d", t).isCloseTo(60, within(1e-9));
            assertThat(run.production.get(t)[B]).as("B at step %d", t).isCloseTo(400, within(1e-9));
        }
    }

    @Test
    void theFinalBuyerMovesItsBlockedDemandToTheOtherSupplierAlongTheLag() {
        Trajectories run = run(List.of(new SwitchingLag(0, LAG)));

        assertThat(run.finalDemandUnmet.get(0)[COLUMN_C])
                .as("before the control")
                .isCloseTo(0, within(1e-9));
        for (int t = 1; t < STEPS; t++) {
            double q = q(t);
            double toC = (40 + 60 * q) * 400 / (400 + 60 * q);
            assertThat(run.finalDemandUnmet.get(t)[COLUMN_C])
                    .as("C at step %d", t)
                    .isCloseTo(100 - toC, within(1e-9));
            assertThat(run.finalDemandUnmet.get(t)[COLUMN_B])
                    .as("B's own buyers at step %d, rationed with C", t)
                    .isCloseTo(360 - 360 * 400 / (400 + 60 * q), within(1e-9));
            assertThat(run.finalDemand.get(t)[B])
                    .as("final demand addressed to B at step %d", t)
                    .isCloseTo(400 + 60 * q, within(1e-9));
        }
        assertThat(run.finalDemandUnmet.get(LAG + 1)[COLUMN_C])
                .as("after the lag")
                .isCloseTo(100 - 40000.0 / 460, within(1e-9));
    }

    @Test
    void aLagOfZeroMovesTheWholeBlockedDemandAtOnce() {
        Trajectories run = run(List.of(new SwitchingLag(0, 0)));

        assertThat(run.finalDemandUnmet.get(1)[COLUMN_C]).isCloseTo(100 - 40000.0 / 460, within(1e-9));
    }
}
