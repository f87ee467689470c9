package org.lodestone.core.ario;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.within;

import java.util.Arrays;
import java.util.List;
import java.util.stream.Stream;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;
import org.lodestone.core.mrio.IoTable;
import org.lodestone.core.mrio.SyntheticMrio;
import org.lodestone.core.shock.Event;
import org.lodestone.core.shock.RecoveryCurve;

/**
 * The base model (ψ = 1, gaps ordered at once) and fixed-share orders (Hallegatte 2013) keep the
 * equilibrium without a shock and respond to one (ARIO-SPEC 2, 3 and 4.10).
 */
class ModelVariantTest {

    private static final int STEPS = 100;
    private static final double RELATIVE = 1e-12;

    static Stream<Arguments> variants() {
        ArioParameters defaults = ArioParameters.defaults().withThreads(1);
        return Stream.of(
                Arguments.of("base model", defaults.withKind(ArioParameters.Kind.BASE)),
                Arguments.of("fixed orders", defaults.withOrderType(ArioParameters.OrderType.FIXED)),
                Arguments.of(
                        "base model, fixed orders",
                        defaults.withKind(ArioParameters.Kind.BASE).withOrderType(ArioParameters.OrderType.FIXED)));
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource("variants")
    void staysAtEquilibriumWithoutAShock(String name, ArioParameters parameters) {
        for (long seed : SeededTables.SEEDS) {
            IoTable table = SyntheticMrio.generate(4, 3, seed);
            RunOutcome outcome = new ArioRun(ArioModel.of(table, parameters), List.of()).run(STEPS, step -> {
                for (int i = 0; i < step.industries(); i++) {
                    double x0 = step.initialOutput().get(i);
                    assertThat(step.production().get(i))
                            .as("%s, seed %d, step %d, industry %d", name, seed, step.step(), i)
                            .isCloseTo(x0, within(RELATIVE * x0));
                    assertThat(step.overproduction().get(i)).isEqualTo(1.0);
                }
            });
            assertThat(outcome.crashed()).isFalse();
        }
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource("variants")
    void productionFallsUnderACapacityLoss(String name, ArioParameters parameters) {
        for (long seed : SeededTables.SEEDS) {
            IoTable table = SyntheticMrio.generate(4, 3, seed);
            int shocked = 4;
            Event event =
                    new Event.CapacityLoss(new int[] {shocked}, new double[] {0.5}, 5, 20, RecoveryCurve.LINEAR, 20);
            double[] world = new double[STEPS];
            double[] shockedRelative = new double[STEPS];
            new ArioRun(ArioModel.of(table, parameters), List.of(event)).run(STEPS, step -> {
                world[step.step()] = Arrays.stream(step.production().toArray()).sum()
                        / Arrays.stream(step.initialOutput().toArray()).sum();
                shockedRelative[step.step()] =
                        step.production().get(shocked) / step.initialOutput().get(shocked);
            });

            // the loss reaches capacity at step 6 and lasts through 5 + 20 + 2 = 27 (ARIO-SPEC 6.3); α grows by at most
            // (α_max − 1)/α_tau = 0.25/365 a step, so by step 27 α < 1 + 27·0.25/365 < 1.019
            for (int t = 6; t <= 27; t++) {
                assertThat(shockedRelative[t])
                        .as("%s, seed %d, shocked industry at step %d", name, seed, t)
                        .isLessThanOrEqualTo(0.5 * 1.019);
            }
            assertThat(world[20])
                    .as("%s, seed %d, world production at step 20", name, seed)
                    .isLessThan(0.99);
        }
    }
}
