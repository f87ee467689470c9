package org.lodestone.core.ario;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import java.util.Map;
import java.util.Random;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;
import org.lodestone.core.mrio.IoTable;
import org.lodestone.core.shock.Event;

/**
 * A longer or wider export control never delivers more: over the whole run, neither the final
 * demand met (Σ over steps and industries of final demand − final demand not delivered) nor C's
 * production is larger. m is made in A (X0 150: 60 to C/s, 30 to D/s, 40, 10 and 10 to the final
 * demand of A, C and D) and in B (X0 400: 40 to C/s, 20 to D/s, 340 to B's final demand); C/s and
 * D/s use one m per unit, with 30 days of inventory. A's control starts at step 5. The same holds
 * for world production on the seeded random tables, for one region's control on all the others.
 */
class RestrictionMonotonicityTest {

    private static final int A = 0;
    private static final int C = 2;
    private static final int D = 3;
    private static final int STEPS = 200;
    private static final double RELATIVE = 1e-12;
    private static final IoTable TABLE = SmallTables.table(
            List.of("A/m", "B/m", "C/s", "D/s"),
            List.of("A", "B", "C", "D"),
            new double[] {
                0, 0, 60, 30,
                0, 0, 40, 20,
                0, 0, 0, 0,
                0, 0, 0, 0
            },
            new double[] {
                40, 0, 10, 10,
                0, 340, 0, 0,
                0, 0, 100, 0,
                0, 0, 0, 50
            });

    /** Total final demand met, and total production of C (hand-made table) or of the world (random tables). */
    private record Outcome(double finalDemandMet, double production) {}

    private static Outcome run(double share, int duration, int... targets) {
        Event control = new Event.ExportControl(
                new int[] {A}, SmallTables.only(4, targets), SmallTables.only(4, targets), share, 5, duration, 0, 0);
        Trajectories run = SmallTables.run(TABLE, SmallTables.parameters(30), List.of(control), STEPS);
        double met = 0;
        double production = 0;
        for (int t = 0; t < STEPS; t++) {
            for (int i = 0; i < 4; i++) {
                met += run.finalDemand.get(t)[i] - run.finalDemandUndistributed.get(t)[i];
            }
            production += run.production.get(t)[C];
        }
        return new Outcome(met, production);
    }

    private static void assertNoMore(Outcome larger, Outcome smaller, String what) {
        assertThat(larger.finalDemandMet())
                .as("final demand met, %s", what)
                .isLessThanOrEqualTo(smaller.finalDemandMet() * (1 + RELATIVE));
        assertThat(larger.production())
                .as("production, %s", what)
                .isLessThanOrEqualTo(smaller.production() * (1 + RELATIVE));
    }

    @Test
    void aLongerControlDeliversNoMore() {
        assertNoMore(run(1, 60, C), run(1, 30, C), "60 vs 30 steps");
        assertNoMore(run(0.5, 60, C, D), run(0.5, 30, C, D), "60 vs 30 steps, half blocked, C and D");
    }

    @Test
    void aLargerBlockedShareDeliversNoMore() {
        assertNoMore(run(1, 30, C), run(0.5, 30, C), "share 1 vs 0.5");
        assertNoMore(run(0.5, 30, C), run(0.1, 30, C), "share 0.5 vs 0.1");
        assertNoMore(run(1, 60, C, D), run(0.5, 60, C, D), "share 1 vs 0.5, C and D, 60 steps");
    }

    @Test
    void moreTargetsDeliverNoMore() {
        assertNoMore(run(1, 30, C, D), run(1, 30, C), "C and D vs C");
        assertNoMore(run(0.5, 60, C, D), run(0.5, 60, C), "C and D vs C, half blocked, 60 steps");
    }

    @Test
    void everyControlDeliversLessThanNone() {
        Outcome none = run(0, 30, C);
        Outcome smallest = run(0.1, 30, C);

        // 10 % of C's final demand for A's m is blocked outright; C/s itself gets 10 % of its 60 from B
        // instead and never runs short, so its production is that of the undisturbed run
        assertThat(smallest.finalDemandMet()).isLessThan(none.finalDemandMet());
        assertThat(smallest.production()).isEqualTo(none.production()).isEqualTo(100.0 * STEPS);
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource("org.lodestone.core.ario.SeededTables#all")
    void onRandomTablesALongerOrLargerControlDeliversNoMore(SeededTables.Case c) {
        ArioModel model =
                ArioModel.of(c.table(), ArioParameters.defaults().withThreads(1).withInventory(10, Map.of()));
        Event.ExportControl drawn = (Event.ExportControl)
                RandomShocks.market(model, new Random(c.name().hashCode())).get(0);
        double[] shares = {0.2, 0.5, 1};
        int[] durations = {20, 40};
        Outcome[][] outcomes = new Outcome[durations.length][shares.length];
        for (int d = 0; d < durations.length; d++) {
            for (int k = 0; k < shares.length; k++) {
                Event control = new Event.ExportControl(
                        drawn.industries(),
                        drawn.targetBuyers(),
                        drawn.targetColumns(),
                        shares[k],
                        5,
                        durations[d],
                        0,
                        0);
                outcomes[d][k] = world(model, control);
            }
        }
        for (int d = 0; d < durations.length; d++) {
            for (int k = 1; k < shares.length; k++) {
                assertNoMore(
                        outcomes[d][k],
                        outcomes[d][k - 1],
                        c + ", " + durations[d] + " steps, share " + shares[k] + " vs " + shares[k - 1]);
            }
        }
        for (int k = 0; k < shares.length; k++) {
            assertNoMore(outcomes[1][k], outcomes[0][k], c + ", share " + shares[k] + ", 40 vs 20 steps");
        }
    }

    /** Total final demand met and world production over 300 steps. */
    private static Outcome world(ArioModel model, Event control) {
        double[] totals = new double[2];
        RunOutcome outcome = new ArioRun(model, List.of(control)).run(300, step -> {
            for (int i = 0; i < step.industries(); i++) {
                totals[0] += step.finalDemand().get(i)
                        - step.finalDemandUndistributed().get(i);
                totals[1] += step.production().get(i);
            }
        });
        assertThat(outcome.crashed()).isFalse();
        return new Outcome(totals[0], totals[1]);
    }
}
