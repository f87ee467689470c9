package org.lodestone.core.ario;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.within;

import java.util.List;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;

/**
 * With no shock the model stays in its initial equilibrium (ARIO-SPEC 2 and 11): production at X0
 * to rounding noise and α exactly α_b, on synthetic MRIOs and on sparse physical tables with
 * missing sectors, empty rows and columns and an idle industry.
 */
class NoShockEquilibriumTest {

    private static final int STEPS = 100;
    /** Rounding noise is about 1e-16 relative per step (ARIO-SPEC 11). */
    private static final double RELATIVE = 1e-12;

    @ParameterizedTest(name = "{0}")
    @MethodSource("org.lodestone.core.ario.SeededTables#all")
    void productionStaysAtInitialOutput(SeededTables.Case c) {
        RunOutcome outcome = run(c, (step, i) -> {
            double x0 = step.initialOutput().get(i);
            assertThat(step.production().get(i))
                    .as("%s, step %d, industry %d", c, step.step(), i)
                    .isCloseTo(x0, within(RELATIVE * x0));
        });

        assertThat(outcome.crashed()).isFalse();
        assertThat(outcome.steps()).isEqualTo(STEPS);
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource("org.lodestone.core.ario.SeededTables#all")
    void overproductionStaysExactlyAtItsBase(SeededTables.Case c) {
        run(
                c,
                (step, i) -> assertThat(step.overproduction().get(i))
                        .as("%s, step %d, industry %d", c, step.step(), i)
                        .isEqualTo(1.0));
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource("org.lodestone.core.ario.SeededTables#all")
    void finalDemandIsMetToRoundingNoise(SeededTables.Case c) {
        run(
                c,
                (step, i) -> assertThat(step.finalDemandUndistributed().get(i))
                        .as("%s, step %d, industry %d", c, step.step(), i)
                        .isCloseTo(0, within(RELATIVE * step.finalDemand().get(i))));
    }

    /** Runs {@code STEPS} unshocked steps, checking every industry of every step. */
    private static RunOutcome run(SeededTables.Case c, IndustryCheck check) {
        ArioModel model = ArioModel.of(c.table(), ArioParameters.defaults().withThreads(1));
        return new ArioRun(model, List.of()).run(STEPS, step -> {
            for (int i = 0; i < step.industries(); i++) {
                check.accept(step, i);
            }
        });
    }

    @FunctionalInterface
    private interface IndustryCheck {
        void accept(StepView step, int industry);
    }
}
