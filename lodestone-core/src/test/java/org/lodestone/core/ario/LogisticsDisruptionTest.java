package org.lodestone.core.ario;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.within;

import java.util.List;
import org.junit.jupiter.api.Test;
import org.lodestone.core.mrio.IoTable;
import org.lodestone.core.shock.Event;

/**
 * A chokepoint that only some links cross: A is the only maker of m (X0 140: 60 to C/s, 40 to D/s,
 * and 20, 10, 10 to the final demand of A, C and D); C/s and D/s use one m per unit (30 days of
 * inventory) for 60 and 40 of their own final demand. Every A → C shipment crosses the chokepoint
 * (route share 1), no A → D shipment does (0). Regions are indexed A, C, D.
 */
class LogisticsDisruptionTest {

    private static final int A = 0;
    private static final int C = 1;
    private static final int D = 2;
    private static final int C_FINAL = 1;
    private static final int D_FINAL = 2;
    private static final int START = 1;
    private static final int DURATION = 20;
    private static final int STEPS = 60;
    private static final IoTable TABLE = SmallTables.table(
            List.of("A/m", "C/s", "D/s"),
            List.of("A", "C", "D"),
            new double[] {
                0, 60, 40,
                0, 0, 0,
                0, 0, 0
            },
            new double[] {
                20, 10, 10,
                0, 60, 0,
                0, 0, 40
            });

    private static Event chokepoint(double share, int delayDays) {
        double[][] routes = new double[3][3];
        routes[A][C] = 1;
        return new Event.LogisticsDisruption(new int[] {A}, routes, share, delayDays, START, DURATION);
    }

    private static Trajectories run(List<Event> events) {
        return SmallTables.run(TABLE, SmallTables.parameters(30), events, STEPS);
    }

    @Test
    void closingItCutsTheLinksThatCrossItAndNoOthers() {
        Trajectories closed = run(List.of(chokepoint(1, 0)));
        Trajectories open = run(List.of());

        for (int t = START; t < START + DURATION; t++) {
            // A's orders are D's alone, as without the event: 40
            assertThat(closed.intermediateDemand.get(t)[A])
                    .as("orders to A at step %d", t)
                    .isCloseTo(40, within(1e-9));
            assertThat(open.intermediateDemand.get(t)[A] - 60)
                    .as("D's orders without the event, step %d", t)
                    .isCloseTo(40, within(1e-9));
            // D is served in full: same stock and production as without the event
            assertThat(closed.stocksTotal.get(t)[D])
                    .as("D's stock at step %d", t)
                    .isCloseTo(open.stocksTotal.get(t)[D], within(1e-9));
            assertThat(closed.production.get(t)[D])
                    .as("D at step %d", t)
                    .isCloseTo(open.production.get(t)[D], within(1e-9));
            assertThat(closed.finalDemandUnmet.get(t)[D_FINAL])
                    .as("unmet in D at step %d", t)
                    .isCloseTo(0, within(1e-9));
            // C's final demand for A's m crosses the chokepoint too: at least those 10 go unmet
            assertThat(closed.finalDemandUnmet.get(t)[C_FINAL])
                    .as("unmet in C at step %d", t)
                    .isGreaterThanOrEqualTo(10 - 1e-9);
        }
        // C gets nothing and uses 60 a step from 1800: limited once below ψ · 1800 = 1440, first at step 8 (1380)
        assertThat(closed.production.get(7)[C]).isCloseTo(60, within(1e-9));
        assertThat(closed.production.get(8)[C]).isCloseTo(60 * 1380.0 / 1440, within(1e-9));
    }

    @Test
    void aDelayHoldsEveryCrossingShipmentForItsDaysThenTheLinkFlowsAgain() {
        Trajectories delayed = run(List.of(chokepoint(0, 5)));
        Trajectories closed = run(List.of(chokepoint(1, 0)));

        // steps 1–5 are a full closure: the same run, bit for bit
        for (int t = 0; t <= START + 4; t++) {
            assertThat(delayed.production.get(t))
                    .as("production at step %d", t)
                    .containsExactly(closed.production.get(t));
            assertThat(delayed.intermediateDemand.get(t))
                    .as("orders at step %d", t)
                    .containsExactly(closed.intermediateDemand.get(t));
            assertThat(delayed.stocksTotal.get(t))
                    .as("stocks at step %d", t)
                    .containsExactly(closed.stocksTotal.get(t));
        }
        // from step 6 C orders from A again, its use and more to restore the 5 × 60 it went without
        double[] orders = delayed.intermediateDemand.get(START + 5);
        assertThat(orders[A]).isGreaterThan(100);
        assertThat(closed.intermediateDemand.get(START + 5)[A]).isCloseTo(40, within(1e-9));
        assertThat(delayed.finalDemandUnmet.get(START + 5)[C_FINAL]).isLessThan(10);
    }

    @Test
    void theBlockedShareIsFullDuringTheDelayThenTheClosureShare() {
        Event.LogisticsDisruption both =
                new Event.LogisticsDisruption(new int[] {A}, new double[3][3], 0.25, 3, 10, 20);

        assertThat(both.blockedAt(9)).isZero();
        assertThat(both.blockedAt(10)).isEqualTo(1);
        assertThat(both.blockedAt(12)).isEqualTo(1);
        assertThat(both.blockedAt(13)).isEqualTo(0.25);
        assertThat(both.blockedAt(29)).isEqualTo(0.25);
        assertThat(both.blockedAt(30)).isZero();
    }

    @Test
    void aPartlyCrossingLinkLosesTheCrossingShareOfItsFlow() {
        double[][] routes = new double[3][3];
        routes[A][C] = 0.4;
        Trajectories run = run(List.of(new Event.LogisticsDisruption(new int[] {A}, routes, 1, 0, START, DURATION)));

        // step 1: C may buy 60 % of its usual 60 from A; D's 40 is untouched
        assertThat(run.intermediateDemand.get(1)[A]).isCloseTo(0.6 * 60 + 40, within(1e-9));
        // and 40 % of C's final demand for A's m, 4 of 10, goes unmet
        assertThat(run.finalDemandUnmet.get(1)[C_FINAL]).isCloseTo(4, within(1e-9));
    }
}
