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
 * An input with infinite inventories (ARIO-SPEC 2.8, 4.5 and 8.6): its inventory row is +∞ for
 * every industry, including those that do not use it, and it never constrains production. On
 * synthetic 4 × 4 tables where every S001 industry loses 90 % of its capacity for 30 steps.
 */
class InfiniteInventoryTest {

    private static final String INPUT = "S001";
    private static final int STEPS = 80;

    @Test
    void inventoryTotalsAreInfiniteForEveryIndustry() {
        for (long seed : SeededTables.SEEDS) {
            IoTable table = SyntheticMrio.generate(4, 4, seed);
            RunOutcome outcome = run(
                    table,
                    Double.POSITIVE_INFINITY,
                    step -> assertThat(step.inputStocksTotal().toArray())
                            .as("seed %d, step %d", seed, step.step())
                            .containsOnly(Double.POSITIVE_INFINITY));

            assertThat(outcome.crashed()).isFalse();
        }
    }

    @Test
    void theInfiniteInputNeverLimitsProduction() {
        for (long seed : SeededTables.SEEDS) {
            IoTable table = SyntheticMrio.generate(4, 4, seed);
            run(
                    table,
                    Double.POSITIVE_INFINITY,
                    step -> assertThat(step.limitingInputs().toArray())
                            .as("seed %d, step %d", seed, step.step())
                            .containsOnly(0));
        }
    }

    @Test
    void theSameShockWithAFiniteInventoryOfTheInputDoesLimitProduction() {
        for (long seed : SeededTables.SEEDS) {
            IoTable table = SyntheticMrio.generate(4, 4, seed);
            int[] limited = new int[1];
            run(
                    table,
                    10,
                    step -> limited[0] +=
                            Arrays.stream(step.limitingInputs().toArray()).sum());

            assertThat(limited[0]).as("seed %d", seed).isPositive();
        }
    }

    @Test
    void anInfiniteTargetGivenByTheTableForOneBuyerMakesOnlyThatBuyerInfinite() {
        IoTable base = SyntheticMrio.generate(4, 4, 7);
        double[] days = new double[base.sectors().size() * base.size()];
        Arrays.fill(days, Double.NaN);
        int buyer = 6;
        days[base.sectors().indexOf(INPUT) * base.size() + buyer] = Double.POSITIVE_INFINITY;
        IoTable table = base.withInventoryDays(days);

        // no per-sector value in the parameters, which would override the table's
        run(table, ArioParameters.defaults().withThreads(1), step -> {
            for (int j = 0; j < step.industries(); j++) {
                double total = step.inputStocksTotal().get(j);
                assertThat(Double.isInfinite(total))
                        .as("step %d, industry %d: %s", step.step(), j, total)
                        .isEqualTo(j == buyer);
            }
        });
    }

    private static RunOutcome run(IoTable table, double daysOfInput, StepListener listener) {
        return run(
                table,
                ArioParameters.defaults().withThreads(1).withInventory(90, Map.of(INPUT, daysOfInput)),
                listener);
    }

    private static RunOutcome run(IoTable table, ArioParameters parameters, StepListener listener) {
        int[] makers = new int[table.regions().size()];
        double[] fractions = new double[makers.length];
        for (int r = 0; r < makers.length; r++) {
            makers[r] = table.indexOf(table.regions().get(r), INPUT);
            fractions[r] = 0.9;
        }
        Event event = new Event.CapacityLoss(makers, fractions, 5, 30, RecoveryCurve.LINEAR, 30);
        return new ArioRun(ArioModel.of(table, parameters), List.of(event)).run(STEPS, listener);
    }
}
