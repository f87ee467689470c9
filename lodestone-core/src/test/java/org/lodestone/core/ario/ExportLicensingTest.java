package org.lodestone.core.ario;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.within;

import java.util.List;
import org.junit.jupiter.api.Test;
import org.lodestone.core.mrio.IoTable;
import org.lodestone.core.shock.Event;

/**
 * Licensing of an export control: from occurrence + delay on, the blocked share is
 * share · (1 − approval rate). On the table of {@link ExportControlTest} (A makes 60 of C's 100 m,
 * B 40), C is A's and B's only industrial buyer, so A's and B's orders received are C's orders.
 */
class ExportLicensingTest {

    private static final int A = 0;
    private static final int B = 1;
    private static final int C = 2;
    private static final IoTable TABLE = SmallTables.table(
            List.of("A/m", "B/m", "C/s"),
            List.of("A", "B", "C"),
            new double[] {
                0, 0, 60,
                0, 0, 40,
                0, 0, 0
            },
            new double[] {
                40, 0, 0,
                0, 360, 0,
                0, 0, 100
            });

    private static Event.ExportControl control(double approval, int delay) {
        return new Event.ExportControl(
                new int[] {A},
                SmallTables.only(3, C),
                SmallTables.only(3, C),
                1.0,
                1,
                SmallTables.STEPS - 1,
                approval,
                delay);
    }

    private static Trajectories run(List<Event> events) {
        return SmallTables.run(TABLE, SmallTables.parameters(30), events, SmallTables.STEPS);
    }

    @Test
    void theBlockedShareIsFullDuringTheDelayThenReducedByTheApprovalRate() {
        Event.ExportControl control = new Event.ExportControl(
                new int[] {A}, SmallTables.only(3, C), SmallTables.only(3, C), 0.8, 5, 20, 0.25, 10);

        assertThat(control.blockedAt(4)).isZero();
        assertThat(control.blockedAt(5)).isEqualTo(0.8);
        assertThat(control.blockedAt(14)).isEqualTo(0.8);
        assertThat(control.blockedAt(15)).isEqualTo(0.8 * 0.75);
        assertThat(control.blockedAt(24)).isEqualTo(0.8 * 0.75);
        assertThat(control.blockedAt(25)).isZero();
    }

    @Test
    void fullApprovalWithoutDelayIsNoControlAtAll() {
        Trajectories.assertIdentical(run(List.of(control(1.0, 0))), run(List.of()), "approval 1, delay 0");
    }

    @Test
    void halfApprovalAfterTenDaysHalvesTheBlockedSuppliersShare() {
        Trajectories run = run(List.of(control(0.5, 10)));

        // steps 1 to 10: fully blocked, every order goes to B
        for (int t = 1; t <= 10; t++) {
            assertThat(run.intermediateDemand.get(t)[A])
                    .as("orders to A at step %d", t)
                    .isZero();
        }
        // from step 11 half of A's flow is blocked: A gets half its unrestricted share of C's orders,
        // 0.5 · 60 r_A / (60 r_A + 40 r_B) with r = capacity / X0 when the orders were placed, and B the rest
        for (int t = 11; t < SmallTables.STEPS; t++) {
            double rA = run.capacity.get(t - 1)[A] / 100;
            double rB = run.capacity.get(t - 1)[B] / 400;
            double[] orders = run.intermediateDemand.get(t);
            double share = orders[A] / (orders[A] + orders[B]);
            assertThat(share)
                    .as("A's share of C's orders at step %d", t)
                    .isCloseTo(0.5 * 60 * rA / (60 * rA + 40 * rB), within(1e-12));
        }
        // A sold less than it could, so its α stays 1; B's has risen a little: the share is just under 0.3
        assertThat(run.capacity.get(10)[A]).isEqualTo(100);
        assertThat(run.capacity.get(10)[B]).isGreaterThan(400);
        double[] orders = run.intermediateDemand.get(11);
        assertThat(orders[A] / (orders[A] + orders[B])).isLessThan(0.3).isCloseTo(0.3, within(1e-4));
    }
}
