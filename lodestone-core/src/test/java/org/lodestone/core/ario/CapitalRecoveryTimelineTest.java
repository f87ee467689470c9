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
 * The timeline of capital destroyed with recovery, ARIO-SPEC 6.2: the loss enters in the step of
 * occurrence with no lag, the loss in step t > occurrence + duration is f(t − 1 − occurrence −
 * duration)/K, and damages of several events add. On the reference 5 × 4 synthetic table,
 * industry R001/S002, whose capital is K = 4 × value added.
 */
class CapitalRecoveryTimelineTest {

    private static final double TOLERANCE = 1e-9;
    /** Damages are rounded to 7 decimals (monetary factor 1e6, ARIO-SPEC 6.2). */
    private static final double ROUNDING = 5e-8;

    private static final IoTable TABLE = SyntheticMrio.generate(5, 4, 42);
    private static final int INDUSTRY = TABLE.indexOf("R001", "S002");
    private static final ArioModel MODEL =
            ArioModel.of(TABLE, ArioParameters.defaults().withThreads(1));
    private static final double K = MODEL.capital(INDUSTRY);
    private static final int STEPS = 45;

    @Test
    void lossEntersAtOccurrenceAndRecoversLinearlyOneStepAfterEachValue() {
        IndustryTrace trace = run(damage(0.3 * K, 5, 10, 20));

        // Occurrence 5, duration 10, τ 20: L0 = 0.3·K from step 5 (happening 5–14; at 15 recovering, not yet
        // recovered). Step t ≥ 16 uses f(t − 16) = 0.3·K·(1 − (t − 16)/20): 0.285·K at 17, 0.15·K at 26,
        // 0.015·K at 35; f(20) = 0 ends the event, so step 36 = occurrence + duration + τ + 1 is the first without
        // loss.
        assertThat(trace.loss.get(4)).isZero();
        assertThat(trace.loss.get(5)).isCloseTo(0.3, within(TOLERANCE));
        assertThat(trace.loss.get(16)).isCloseTo(0.3, within(TOLERANCE));
        assertThat(trace.loss.get(17)).isCloseTo(0.285, within(TOLERANCE));
        assertThat(trace.loss.get(26)).isCloseTo(0.15, within(TOLERANCE));
        assertThat(trace.loss.get(35)).isCloseTo(0.015, within(TOLERANCE));
        assertThat(trace.loss.get(36)).isZero();
        for (int t = 0; t < STEPS; t++) {
            double expected = t < 5 ? 0 : t <= 16 ? 0.3 : t <= 35 ? 0.3 * (1 - (t - 16) / 20.0) : 0;
            assertThat(trace.loss.get(t)).as("loss at step %d", t).isCloseTo(expected, within(TOLERANCE));
        }
    }

    @Test
    void capitalToRecoverIsTheDamageOfTheStep() {
        IndustryTrace trace = run(damage(0.3 * K, 5, 10, 20));

        for (int t = 0; t < STEPS; t++) {
            double expected = t < 5 ? 0 : t <= 16 ? 0.3 * K : t <= 35 ? 0.3 * K * (1 - (t - 16) / 20.0) : 0;
            assertThat(trace.capitalToRecover.get(t))
                    .as("capital to recover at step %d", t)
                    .isCloseTo(expected, within(ROUNDING));
            assertThat(trace.loss.get(t))
                    .as("loss at step %d", t)
                    .isCloseTo(trace.capitalToRecover.get(t) / K, within(TOLERANCE));
        }
    }

    @Test
    void capitalToRecoverIsTheCapitalDamageAlsoWhenACapacityLossIsActive() {
        Event capacity =
                new Event.CapacityLoss(new int[] {INDUSTRY}, new double[] {0.5}, 3, 30, RecoveryCurve.LINEAR, 1);
        IndustryTrace trace = run(damage(0.2 * K, 5, 10, 20), capacity);

        assertThat(trace.capitalToRecover.get(3))
                .as("only the capacity loss is active")
                .isNull();
        assertThat(trace.capitalToRecover.get(5)).isCloseTo(0.2 * K, within(ROUNDING));
        // the larger of 0.2 (capital) and 0.5 (capacity loss, from step 4)
        assertThat(trace.loss.get(5)).isCloseTo(0.5, within(TOLERANCE));
    }

    @Test
    void damagesOfTwoEventsOnOneIndustryAdd() {
        // τ = 1: damage from occurrence through occurrence + duration + 1 (f(0) = L0 is applied once more).
        // 0.2·K (occurrence 3, duration 20): steps 3–24; 0.3·K (occurrence 8, duration 5): steps 8–14.
        IndustryTrace trace = run(damage(0.2 * K, 3, 20, 1), damage(0.3 * K, 8, 5, 1));

        for (int t = 0; t < 30; t++) {
            double expected = (t >= 3 && t <= 24 ? 0.2 : 0) + (t >= 8 && t <= 14 ? 0.3 : 0);
            assertThat(trace.loss.get(t)).as("loss at step %d", t).isCloseTo(expected, within(TOLERANCE));
            assertThat(trace.capitalToRecover.get(t))
                    .as("capital to recover at step %d", t)
                    .isCloseTo(expected * K, within(2 * ROUNDING));
        }
    }

    @Test
    void concaveRecoveryWithTauTwoEndsAfterTwoSteps() {
        Event event = new Event.CapitalRecovery(
                new int[] {INDUSTRY}, new double[] {0.3 * K}, 5, 10, RecoveryCurve.CONCAVE, 2);
        IndustryTrace trace = run(event);

        // γ = +∞ at τ = 2 (RecoveryCurveTest): f(0) = L0 at step 16, f(1) = L0 · 2/(2 + 1e-6) at 17, f(2) = 0 ends it
        assertThat(trace.loss.get(16)).isCloseTo(0.3, within(TOLERANCE));
        assertThat(trace.loss.get(17)).isCloseTo(0.3 * 2 / (2 + 1e-6), within(TOLERANCE));
        assertThat(trace.loss.subList(18, STEPS)).containsOnly(0.0);
        assertThat(trace.production).allSatisfy(x -> assertThat(x).isFinite());
    }

    private static Event damage(double amount, int occurrence, int duration, double tau) {
        return new Event.CapitalRecovery(
                new int[] {INDUSTRY}, new double[] {amount}, occurrence, duration, RecoveryCurve.LINEAR, tau);
    }

    private static IndustryTrace run(Event... events) {
        IndustryTrace trace = new IndustryTrace(INDUSTRY);
        RunOutcome outcome = new ArioRun(MODEL, List.of(events)).run(STEPS, trace);
        assertThat(outcome.crashed()).isFalse();
        return trace;
    }
}
