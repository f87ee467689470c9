package org.lodestone.core.ario;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.Arrays;
import java.util.Map;
import java.util.Random;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;

/**
 * Invariants of every step under seeded random shocks (capacity loss everywhere; capital recovery
 * and rebuilding on monetary tables), with the default 90 days of inventory and with 5 days so
 * that inventories bind: inventories and production never negative or NaN, the run never
 * "crashes" (ARIO-SPEC 4.11), and what is delivered to final and rebuild demand never exceeds
 * production (proportional rationing, 4.6).
 */
class ShockInvariantTest {

    private static final int STEPS = 120;
    private static final double[] INVENTORY_DAYS = {90, 5};

    @ParameterizedTest(name = "{0}")
    @MethodSource("org.lodestone.core.ario.SeededTables#all")
    void inventoriesAndProductionStayNonNegativeAndTheRunNeverCrashes(SeededTables.Case c) {
        for (double days : INVENTORY_DAYS) {
            RunOutcome outcome = run(c, days, step -> {
                String where = c + ", " + days + " days, step " + step.step();
                // the minimum of an array holding NaN is NaN, which fails the comparison too
                assertThat(Arrays.stream(step.inputStocksTotal().toArray())
                                .min()
                                .orElseThrow())
                        .as(where)
                        .isGreaterThanOrEqualTo(0);
                assertThat(Arrays.stream(step.production().toArray()).min().orElseThrow())
                        .as(where)
                        .isGreaterThanOrEqualTo(0);
            });

            assertThat(outcome.crashed())
                    .as("%s, %s days: %s", c, days, outcome.reason())
                    .isFalse();
            assertThat(outcome.steps()).isEqualTo(STEPS);
        }
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource("org.lodestone.core.ario.SeededTables#all")
    void deliveriesToFinalAndRebuildDemandNeverExceedProduction(SeededTables.Case c) {
        for (double days : INVENTORY_DAYS) {
            run(c, days, step -> {
                for (int i = 0; i < step.industries(); i++) {
                    double delivered = step.finalDemand().get(i)
                            - step.finalDemandUndistributed().get(i)
                            + step.rebuildProduction().get(i);
                    double x = step.production().get(i);
                    // F − (F − F/D·x) carries rounding of the size of F, not of x
                    double noise = 1e-12 * (step.finalDemand().get(i) + x);
                    assertThat(delivered)
                            .as("%s, %s days, step %d, industry %d", c, days, step.step(), i)
                            .isLessThanOrEqualTo(x + noise);
                }
            });
        }
    }

    private static RunOutcome run(SeededTables.Case c, double days, StepListener check) {
        ArioModel model =
                ArioModel.of(c.table(), ArioParameters.defaults().withThreads(1).withInventory(days, Map.of()));
        return new ArioRun(model, RandomShocks.of(model, new Random(c.name().hashCode()))).run(STEPS, check);
    }
}
