package org.lodestone.core.shock;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.assertj.core.api.Assertions.within;

import org.junit.jupiter.api.Test;

/**
 * The recovery curves of ARIO-SPEC 6.2 (BoARIO {@code utils/recovery_functions.py}) at
 * hand-computed points, with L0 = 100.
 */
class RecoveryCurveTest {

    private static final double L0 = 100;
    private static final double EXACT = 1e-12;

    @Test
    void linearFallsByL0OverTauEachStepAndReachesExactlyZeroAtTau() {
        // 100 · (1 − e/20): 100, 75 at e = 5, 5 at e = 19, 0 at e = 20
        assertThat(RecoveryCurve.LINEAR.value(0, L0, 20)).isEqualTo(100);
        assertThat(RecoveryCurve.LINEAR.value(5, L0, 20)).isCloseTo(75, within(EXACT));
        assertThat(RecoveryCurve.LINEAR.value(19, L0, 20)).isCloseTo(5, within(EXACT));
        assertThat(RecoveryCurve.LINEAR.value(20, L0, 20)).isZero();
    }

    @Test
    void convexIsScaledByFourInTheExponent() {
        // 100 · (1 − 1/20)^(4e): e = 5 → 100 · 0.95^20 = 35.84859224085419; e = 20 → 100 · 0.95^80 = 1.6515374...,
        // so more than 95 % recovered at τ
        assertThat(RecoveryCurve.CONVEX.value(0, L0, 20)).isEqualTo(100);
        assertThat(RecoveryCurve.CONVEX.value(5, L0, 20)).isCloseTo(35.84859224085419, within(EXACT));
        assertThat(RecoveryCurve.CONVEX.value(20, L0, 20))
                .isCloseTo(1.6515374, within(1e-7))
                .isLessThan(5);
    }

    @Test
    void convexUnscaledDecaysByOneMinusOneOverTauEachStep() {
        // 100 · 0.95^e: e = 1 → 95, e = 5 → 77.37809375, e = 20 → 35.84859224085419
        assertThat(RecoveryCurve.CONVEX_UNSCALED.value(1, L0, 20)).isCloseTo(95, within(EXACT));
        assertThat(RecoveryCurve.CONVEX_UNSCALED.value(5, L0, 20)).isCloseTo(77.37809375, within(EXACT));
        assertThat(RecoveryCurve.CONVEX_UNSCALED.value(20, L0, 20)).isCloseTo(35.84859224085419, within(EXACT));
    }

    @Test
    void concaveIsAnSShapeThroughHalfAtHalfTau() {
        // τ = 20, k = 1e-6: γ = (ln 20 − ln 1e-6)/(ln 20 − ln 2) = log10(20) + 6 = 7.301029995663981.
        // k·e^γ: 0 at e = 0; at e = 10, 10^(−6 + 7.30103) = 20 = τ, so the value is 100 · 20/40 = 50 (for any τ,
        // k·(τ/2)^γ = τ); at e = 5, 10^(−6 + 7.30103 · log10 5) = 0.1268238602, value 100 · 20/20.1268238602 =
        // 99.36987643;
        // at e = 20, 10^(−6 + 7.30103 · log10 20) = 3153.980643, value 100 · 20/3173.980643 = 0.6301235656.
        assertThat(RecoveryCurve.CONCAVE.value(0, L0, 20)).isEqualTo(100);
        assertThat(RecoveryCurve.CONCAVE.value(5, L0, 20)).isCloseTo(99.36987643438115, within(1e-9));
        assertThat(RecoveryCurve.CONCAVE.value(10, L0, 20)).isCloseTo(50, within(1e-9));
        assertThat(RecoveryCurve.CONCAVE.value(20, L0, 20)).isCloseTo(0.6301235656188484, within(1e-9));
        // τ = 10: half at e = 5 as well
        assertThat(RecoveryCurve.CONCAVE.value(5, L0, 10)).isCloseTo(50, within(1e-9));
    }

    @Test
    void concaveWithTauTwoFollowsNumPyAtOneElapsedStep() {
        // τ = 2 makes γ = (ln 2 − ln k)/0 = +∞. NumPy (C pow) gives 0^∞ = 0, 1^∞ = 1, 2^∞ = ∞, so
        // e = 0 → 100, e = 1 → 100 · 2/(2 + 1e-6) = 99.99995000002500, e = 2 → 0. Math.pow(1, ∞) is NaN,
        // which used to make the damage, and then capacity and inventories, NaN.
        assertThat(RecoveryCurve.CONCAVE.value(0, L0, 2)).isEqualTo(100);
        assertThat(RecoveryCurve.CONCAVE.value(1, L0, 2)).isCloseTo(99.999950000025, within(1e-9));
        assertThat(RecoveryCurve.CONCAVE.value(2, L0, 2)).isZero();
    }

    @Test
    void curvesAreNamedAsInScenarioFiles() {
        assertThat(RecoveryCurve.of("linear")).isEqualTo(RecoveryCurve.LINEAR);
        assertThat(RecoveryCurve.of("Convex")).isEqualTo(RecoveryCurve.CONVEX);
        assertThat(RecoveryCurve.of("convex-unscaled")).isEqualTo(RecoveryCurve.CONVEX_UNSCALED);
        assertThat(RecoveryCurve.of("concave")).isEqualTo(RecoveryCurve.CONCAVE);
        assertThatThrownBy(() -> RecoveryCurve.of("convexe"))
                .isInstanceOf(IllegalArgumentException.class)
                .hasMessageContaining("'convexe'")
                .hasMessageContaining("linear, convex, convex-unscaled or concave");
    }
}
