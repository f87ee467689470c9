package org.lodestone.core.ario;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.within;

import java.util.List;
import org.junit.jupiter.api.Test;
import org.lodestone.core.mrio.IoTable;
import org.lodestone.core.mrio.SyntheticMrio;
import org.lodestone.core.shock.Event;
import org.lodestone.core.shock.RecoveryCurve;

/**
 * The timeline of a capacity-loss ("arbitrary") event, ARIO-SPEC 6.3: the loss used in step t is
 * g(t − 1), one step behind an equivalent capital event, and it is max-combined with other
 * capacity losses. On the reference 5 × 4 synthetic table, industry R001/S002.
 */
class CapacityLossTimelineTest {

    private static final double TOLERANCE = 1e-9;
    private static final IoTable TABLE = SyntheticMrio.generate(5, 4, 42);
    private static final int INDUSTRY = TABLE.indexOf("R001", "S002");
    private static final int STEPS = 50;

    @Test
    void verifiedExampleOfTheSpecification() {
        IndustryTrace trace = run(loss(0.3, 5, 10, 20));

        // Frac 0.3, occurrence 5, duration 10, τ 20, linear. g(t) = 0.3 for 5 ≤ t ≤ 15, g(16) = f(0) = 0.3,
        // g(t) = round6(f(t − 16)) for t ≥ 17 with f(e) = 0.3·(1 − e/20), and the loss of step t is g(t − 1):
        // 0 through step 5; 0.3 for steps 6–17; f(1) = 0.285 at 18 (capacity 0.715·α); f(10) = 0.15 at 27;
        // f(19) = 0.015 at 36 (capacity 0.985·α); 0 from step 37.
        assertThat(trace.loss.get(5)).isZero();
        assertThat(trace.loss.get(6)).isCloseTo(0.3, within(TOLERANCE));
        assertThat(trace.loss.get(17)).isCloseTo(0.3, within(TOLERANCE));
        assertThat(trace.loss.get(18)).isCloseTo(1 - 0.715, within(TOLERANCE));
        assertThat(trace.loss.get(27)).isCloseTo(0.15, within(TOLERANCE));
        assertThat(trace.loss.get(36)).isCloseTo(1 - 0.985, within(TOLERANCE));
        assertThat(trace.loss.get(37)).isCloseTo(0, within(TOLERANCE));
        for (int t = 0; t < STEPS; t++) {
            double expected = t <= 5 ? 0 : t <= 17 ? 0.3 : t <= 36 ? 0.3 * (1 - (t - 17) / 20.0) : 0;
            assertThat(trace.loss.get(t)).as("loss at step %d", t).isCloseTo(expected, within(TOLERANCE));
        }
    }

    @Test
    void beforeTheFirstReducedStepCapacityIsExactlyInitialOutputAndAlphaIsOne() {
        IndustryTrace trace = run(loss(0.3, 5, 10, 20));

        for (int t = 0; t <= 5; t++) {
            assertThat(trace.overproduction.get(t)).as("α at step %d", t).isEqualTo(1.0);
            assertThat(trace.loss.get(t)).as("loss at step %d", t).isZero();
        }
    }

    @Test
    void followsTheEquivalentCapitalEventOneStepLater() {
        ArioModel model = ArioModel.of(TABLE, ArioParameters.defaults().withThreads(1));
        double damage = 0.3 * model.capital(INDUSTRY);
        IndustryTrace capital = run(new Event.CapitalRecovery(
                new int[] {INDUSTRY}, new double[] {damage}, 5, 10, RecoveryCurve.LINEAR, 20));
        IndustryTrace arbitrary = run(loss(0.3, 5, 10, 20));

        assertThat(arbitrary.loss.get(0)).isZero();
        for (int t = 0; t + 1 < STEPS; t++) {
            assertThat(arbitrary.loss.get(t + 1))
                    .as("capacity loss at step %d vs capital loss at %d", t + 1, t)
                    .isCloseTo(capital.loss.get(t), within(TOLERANCE));
        }
    }

    @Test
    void capitalToRecoverIsUndefinedWhileOnlyACapacityLossIsActive() {
        IndustryTrace trace = run(loss(0.3, 5, 10, 20));

        // active from occurrence 5 until the recovery value reaches 0 at the end of step 15 + 20 = 35
        for (int t = 0; t < STEPS; t++) {
            if (t >= 5 && t <= 35) {
                assertThat(trace.capitalToRecover.get(t)).as("step %d", t).isNull();
            } else {
                assertThat(trace.capitalToRecover.get(t)).as("step %d", t).isZero();
            }
        }
    }

    @Test
    void overlappingCapacityLossesOnOneIndustryTakeTheLargest() {
        // τ = 1: g = fraction from occurrence through occurrence + duration + 1, applied one step later.
        // 0.2 (occurrence 3, duration 20): steps 4–25; 0.5 (occurrence 8, duration 5): steps 9–15.
        IndustryTrace trace = run(loss(0.2, 3, 20, 1), loss(0.5, 8, 5, 1));

        for (int t = 0; t < 30; t++) {
            double expected = t >= 9 && t <= 15 ? 0.5 : t >= 4 && t <= 25 ? 0.2 : 0;
            assertThat(trace.loss.get(t)).as("loss at step %d", t).isCloseTo(expected, within(TOLERANCE));
        }
    }

    private static Event loss(double fraction, int occurrence, int duration, double tau) {
        return new Event.CapacityLoss(
                new int[] {INDUSTRY}, new double[] {fraction}, occurrence, duration, RecoveryCurve.LINEAR, tau);
    }

    private static IndustryTrace run(Event... events) {
        IndustryTrace trace = new IndustryTrace(INDUSTRY);
        RunOutcome outcome = new ArioRun(
                        ArioModel.of(TABLE, ArioParameters.defaults().withThreads(1)), List.of(events))
                .run(STEPS, trace);
        assertThat(outcome.crashed()).isFalse();
        return trace;
    }
}
