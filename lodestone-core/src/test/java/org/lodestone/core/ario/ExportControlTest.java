package org.lodestone.core.ario;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.within;

import java.util.List;
import org.junit.jupiter.api.Test;
import org.lodestone.core.mrio.IoTable;
import org.lodestone.core.shock.Event;

/**
 * An export control where the target has another supplier: product m is made in A (X0 100: 60 to
 * C, 40 to A's final demand) and in B (X0 400: 40 to C, 360 to B's final demand); C/s uses 100 m
 * per step (a = 1) for 100 of final demand; 30 days of inventory. A blocks all of its m to C from
 * step 1, so C's orders go to B: orders reach the supplier one step after they are placed, and
 * B's overproduction factor rises from step 2 (ARIO-SPEC 4.2).
 */
class ExportControlTest {

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
    private static final Event CONTROL = new Event.ExportControl(
            new int[] {A}, SmallTables.only(3, C), SmallTables.only(3, C), 1.0, 1, SmallTables.STEPS, 0, 0);

    private static Trajectories controlled() {
        return SmallTables.run(TABLE, SmallTables.parameters(30), List.of(CONTROL), SmallTables.STEPS);
    }

    @Test
    void theTargetsOrdersLeaveTheBlockedSupplierForTheOtherOne() {
        Trajectories run = controlled();

        // step 0: the initial orders Z0
        assertThat(run.intermediateDemand.get(0)).containsExactly(60, 40, 0);
        // step 1: C needs its use, 100; A's weight is 60 · 1 · (1 − 1) = 0, so all of it goes to B
        assertThat(run.intermediateDemand.get(1)).containsExactly(0, 100, 0);
        // B: D = 100 + 360 = 460 > capacity 400, so it makes 400 and delivers 100 / 460 · 400 = 86.96 to C;
        // C's stock falls 300/23 below its target 3000, and it orders 100 + (300/23) / 60 = 100 + 5/23 at step 2
        assertThat(run.production.get(1)).containsExactly(40, 400, 100);
        assertThat(run.intermediateDemand.get(2)[A]).isZero();
        assertThat(run.intermediateDemand.get(2)[B]).isCloseTo(100 + 5.0 / 23, within(1e-12));
    }

    @Test
    void theAlternativeOverproducesAndTheBlockedSupplierMakesOnlyWhatOthersOrder() {
        Trajectories run = controlled();

        // α moves on ζ = (D(t) − x(t−1)) / D(t): at step 2, D_B = 460 + 5/23 and x_B(1) = 400
        double demand = 460 + 5.0 / 23;
        assertThat(run.overproduction.get(2)[B]).isCloseTo(1 + 0.25 * ((demand - 400) / demand) / 365, within(1e-15));
        for (int t = 3; t < SmallTables.STEPS; t++) {
            assertThat(run.overproduction.get(t)[B])
                    .as("α of B at step %d", t)
                    .isGreaterThan(run.overproduction.get(t - 1)[B]);
        }
        for (int t = 1; t < SmallTables.STEPS; t++) {
            assertThat(run.production.get(t)[A])
                    .as("A at step %d: its own final demand only", t)
                    .isEqualTo(40);
        }
    }

    @Test
    void theTargetProducesFromStockAndFromTheAlternative() {
        Trajectories run = controlled();

        for (int t = 0; t < SmallTables.STEPS; t++) {
            // production is limited only once C's stock of m is below ψ · 30 · 100 = 2400
            double stock = run.stocksTotal.get(t)[C];
            assertThat(run.production.get(t)[C])
                    .as("C at step %d, stock %s", t, stock)
                    .isCloseTo(100 * Math.min(1, stock / 2400), within(1e-9));
            // B ships C at least 400/460 of what C orders, and the stock covers the rest for a while
            assertThat(run.production.get(t)[C]).as("C at step %d", t).isGreaterThan(90);
        }
        // the shortfall starts at 300/23 ≈ 13 a step and shrinks as α_B grows: C holds at X0 for 60 steps
        for (int t = 0; t <= 60; t++) {
            assertThat(run.production.get(t)[C]).as("C at step %d", t).isEqualTo(100);
        }
        assertThat(run.production.get(SmallTables.STEPS - 1)[C]).isLessThan(100);
    }

    @Test
    void aPartialControlMovesTheBlockedShareToTheOtherSupplier() {
        Event half = new Event.ExportControl(
                new int[] {A}, SmallTables.only(3, C), SmallTables.only(3, C), 0.5, 1, SmallTables.STEPS, 0, 0);
        Trajectories run = SmallTables.run(TABLE, SmallTables.parameters(30), List.of(half), SmallTables.STEPS);

        // step 1: A may still ship half of its 60; the other 30 is ordered from B on top of its 40
        assertThat(run.intermediateDemand.get(1)[A]).isCloseTo(30, within(1e-12));
        assertThat(run.intermediateDemand.get(1)[B]).isCloseTo(70, within(1e-12));
    }

    /** Three makers of m: A (60 to C), B (X0 300: 30 to C) and E (X0 50: 10 to C). */
    private static final IoTable THREE_MAKERS = SmallTables.table(
            List.of("A/m", "B/m", "C/s", "E/m"),
            List.of("A", "B", "C", "E"),
            new double[] {
                0, 0, 60, 0,
                0, 0, 30, 0,
                0, 0, 0, 0,
                0, 0, 10, 0
            },
            new double[] {
                40, 0, 0, 0,
                0, 270, 0, 0,
                0, 0, 100, 0,
                0, 0, 0, 40
            });

    /** With A blocked, C's orders split between B and E by their weights Z0 · r, r = capacity / X0. */
    @Test
    void theRemainingSuppliersShareTheShiftedOrdersByTheirWeights() {
        IoTable table = THREE_MAKERS;
        Event control = new Event.ExportControl(
                new int[] {A}, SmallTables.only(4, C), SmallTables.only(4, C), 1.0, 1, 50, 0, 0);
        int e = 3;

        Trajectories alt = SmallTables.run(table, SmallTables.parameters(30), List.of(control), 50);
        // step 1: r = 1 everywhere, so 100 · 30/40 = 75 to B and 100 · 10/40 = 25 to E
        assertThat(alt.intermediateDemand.get(1)[A]).isZero();
        assertThat(alt.intermediateDemand.get(1)[B]).isCloseTo(75, within(1e-12));
        assertThat(alt.intermediateDemand.get(1)[e]).isCloseTo(25, within(1e-12));
        // step 3: weights 30 · r_B(2) and 10 · r_E(2); B is 345/300 oversold at step 1, E 65/50, so r_E > r_B
        double rB = alt.capacity.get(2)[B] / 300;
        double rE = alt.capacity.get(2)[e] / 50;
        assertThat(rE).isGreaterThan(rB).isGreaterThan(1);
        assertThat(alt.intermediateDemand.get(3)[B] / alt.intermediateDemand.get(3)[e])
                .isCloseTo(3 * rB / rE, within(1e-12));

        Trajectories fixed = SmallTables.run(
                table, SmallTables.parameters(30).withOrderType(ArioParameters.OrderType.FIXED), List.of(control), 50);
        for (int t = 1; t < 50; t++) {
            double[] orders = fixed.intermediateDemand.get(t);
            assertThat(orders[A]).as("fixed orders to A at step %d", t).isZero();
            assertThat(orders[B] / orders[e])
                    .as("fixed orders B : E at step %d", t)
                    .isCloseTo(3, within(1e-12));
        }
    }

    /** A fully and B half blocked: only E, which nothing restricts, takes the blocked volume. */
    @Test
    void onlySuppliersNothingRestrictsTakeTheBlockedVolume() {
        Event onA = new Event.ExportControl(
                new int[] {A}, SmallTables.only(4, C), SmallTables.only(4, C), 1.0, 1, 10, 0, 0);
        Event onB = new Event.ExportControl(
                new int[] {B}, SmallTables.only(4, C), SmallTables.only(4, C), 0.5, 1, 10, 0, 0);
        Trajectories run = SmallTables.run(THREE_MAKERS, SmallTables.parameters(30), List.of(onA, onB), 10);

        // step 1: C needs 100, weights 60 : 30 : 10; B may ship half its 30, 15; E ships its 10 plus the
        // 60 + 15 blocked at A and B
        double[] orders = run.intermediateDemand.get(1);
        assertThat(orders[A]).isZero();
        assertThat(orders[B]).isCloseTo(15, within(1e-12));
        assertThat(orders[3]).isCloseTo(85, within(1e-12));
    }
}
