package org.lodestone.core.ario;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Map;
import java.util.Random;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;
import org.lodestone.core.shock.Event;

/**
 * Invariants of every step under seeded random market events (an export control with licensing,
 * a logistics disruption, a demand shock and a stock release, {@link RandomShocks#market}) beside
 * the reference's shocks, with 90 and with 5 days of inventory: the run never crashes, inventories
 * and production stay non-negative, final demand delivered never exceeds production, and the
 * result does not depend on the number of worker threads.
 */
class MarketEventInvariantTest {

    private static final int STEPS = 100;
    private static final double[] INVENTORY_DAYS = {90, 5};

    @ParameterizedTest(name = "{0}")
    @MethodSource("org.lodestone.core.ario.SeededTables#all")
    void stocksAndProductionStayNonNegativeAndDeliveriesWithinProduction(SeededTables.Case c) {
        for (double days : INVENTORY_DAYS) {
            RunOutcome outcome = run(c, days, 1, step -> {
                String where = c + ", " + days + " days, step " + step.step();
                assertThat(Arrays.stream(step.inputStocksTotal().toArray())
                                .min()
                                .orElseThrow())
                        .as(where)
                        .isGreaterThanOrEqualTo(0);
                assertThat(Arrays.stream(step.production().toArray()).min().orElseThrow())
                        .as(where)
                        .isGreaterThanOrEqualTo(0);
                for (int i = 0; i < step.industries(); i++) {
                    double delivered = step.finalDemand().get(i)
                            - step.finalDemandUndistributed().get(i)
                            + step.rebuildProduction().get(i);
                    double noise = 1e-12
                            * (step.finalDemand().get(i) + step.production().get(i));
                    assertThat(delivered)
                            .as("%s, industry %d", where, i)
                            .isLessThanOrEqualTo(step.production().get(i) + noise);
                }
            });

            assertThat(outcome.crashed())
                    .as("%s, %s days: %s", c, days, outcome.reason())
                    .isFalse();
        }
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource("org.lodestone.core.ario.SeededTables#all")
    void theResultDoesNotDependOnTheNumberOfThreads(SeededTables.Case c) {
        Trajectories single = new Trajectories();
        Trajectories parallel = new Trajectories();
        run(c, 5, 1, single);
        run(c, 5, 3, parallel);

        Trajectories.assertIdentical(parallel, single, c + ", 3 threads vs 1");
        ArioModel model =
                ArioModel.of(c.table(), ArioParameters.defaults().withThreads(1).withInventory(5, Map.of()));
        Trajectories shocksOnly = new Trajectories();
        new ArioRun(model, RandomShocks.of(model, new Random(c.name().hashCode()))).run(STEPS, shocksOnly);
        assertThat(single.intermediateDemand.get(STEPS - 1))
                .as("%s: the market events change the orders", c)
                .isNotEqualTo(shocksOnly.intermediateDemand.get(STEPS - 1));
    }

    private static RunOutcome run(SeededTables.Case c, double days, int threads, StepListener listener) {
        ArioModel model = ArioModel.of(
                c.table(), ArioParameters.defaults().withThreads(threads).withInventory(days, Map.of()));
        Random random = new Random(c.name().hashCode());
        List<Event> events = new ArrayList<>(RandomShocks.of(model, random));
        events.addAll(RandomShocks.market(model, random));
        return new ArioRun(model, events).run(STEPS, listener);
    }
}
