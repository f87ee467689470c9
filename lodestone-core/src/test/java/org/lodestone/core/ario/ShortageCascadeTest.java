package org.lodestone.core.ario;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.Arrays;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.lodestone.core.mrio.IoTable;
import org.lodestone.core.mrio.SyntheticMrio;
import org.lodestone.core.shock.Event;
import org.lodestone.core.shock.RecoveryCurve;

/**
 * Short inventories and a large shock give a shortage cascade (ARIO-SPEC 11): production of every
 * industry falls and does not recover within 200 steps, yet inventories never go negative and the
 * run does not crash. With the default 90 days the same shock stays local. Synthetic 4 × 4 tables,
 * 60 % of one industry's capacity lost for 30 steps.
 */
class ShortageCascadeTest {

    private static final int STEPS = 200;

    @Test
    void threeDaysOfInventoryCollapseEveryIndustryWithoutNegativeStocks() {
        for (long seed : SeededTables.SEEDS) {
            double[][] relative = new double[STEPS][];
            RunOutcome outcome = run(seed, 3, step -> {
                assertThat(Arrays.stream(step.inputStocksTotal().toArray())
                                .min()
                                .orElseThrow())
                        .as("seed %d, step %d", seed, step.step())
                        .isGreaterThanOrEqualTo(0);
                relative[step.step()] = relativeProduction(step);
            });

            assertThat(outcome.crashed())
                    .as("seed %d: %s", seed, outcome.reason())
                    .isFalse();
            assertThat(Arrays.stream(relative[60]).max().orElseThrow())
                    .as("seed %d, largest production / X0 at step 60", seed)
                    .isLessThan(0.5);
            assertThat(world(relative[STEPS - 1]))
                    .as("seed %d, world production / X0 at the last step", seed)
                    .isLessThan(0.01);
        }
    }

    @Test
    void ninetyDaysOfInventoryKeepTheSameShockLocal() {
        for (long seed : SeededTables.SEEDS) {
            double[][] relative = new double[STEPS][];
            run(seed, 90, step -> relative[step.step()] = relativeProduction(step));

            assertThat(world(relative[60]))
                    .as("seed %d, world production / X0 at step 60", seed)
                    .isGreaterThan(0.95);
        }
    }

    private static RunOutcome run(long seed, double days, StepListener listener) {
        IoTable table = SyntheticMrio.generate(4, 4, seed);
        ArioParameters parameters = ArioParameters.defaults().withThreads(1).withInventory(days, Map.of());
        Event event = new Event.CapacityLoss(new int[] {5}, new double[] {0.6}, 5, 30, RecoveryCurve.LINEAR, 30);
        return new ArioRun(ArioModel.of(table, parameters), List.of(event)).run(STEPS, listener);
    }

    private static double[] relativeProduction(StepView step) {
        double[] relative = new double[step.industries()];
        for (int i = 0; i < relative.length; i++) {
            relative[i] = step.production().get(i) / step.initialOutput().get(i);
        }
        return relative;
    }

    private static double world(double[] relative) {
        return Arrays.stream(relative).average().orElseThrow();
    }
}
