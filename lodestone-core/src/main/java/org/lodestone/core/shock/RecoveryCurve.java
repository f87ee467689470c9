package org.lodestone.core.shock;

import java.util.Locale;

/**
 * How a loss decays once an event's duration is over, as a function of the time elapsed since
 * recovery started {@code e} (steps), the initial loss {@code L0} and the recovery time {@code τ}
 * (ARIO-SPEC section 6.2, BoARIO {@code utils/recovery_functions.py}).
 */
public enum RecoveryCurve {
    /** {@code L0 · (1 − e/τ)}: reaches 0 at e = τ. */
    LINEAR("linear"),
    /** {@code L0 · (1 − 1/τ)^(4e)}: more than 95% recovered at e = τ (the reference's "convexe"). */
    CONVEX("convex"),
    /** {@code L0 · (1 − 1/τ)^e} (the reference's "convexe noscale"). */
    CONVEX_UNSCALED("convex-unscaled"),
    /** {@code L0 · τ / (τ + k·e^γ)}, k = 1e-6, γ = (ln τ − ln k)/(ln τ − ln 2): an S-shape. */
    CONCAVE("concave");

    private static final double CONCAVE_K = 1e-6;

    private final String key;

    RecoveryCurve(String key) {
        this.key = key;
    }

    /** The name used in scenario files. */
    public String key() {
        return key;
    }

    /** The curve named {@code key} in a scenario file. */
    public static RecoveryCurve of(String key) {
        for (RecoveryCurve c : values()) {
            if (c.key.equals(key.toLowerCase(Locale.ROOT))) {
                return c;
            }
        }
        throw new IllegalArgumentException(
                "unknown recovery curve '" + key + "'; expected linear, convex, convex-unscaled or concave");
    }

    /** The remaining loss after {@code elapsed} steps of recovery. */
    public double value(double elapsed, double initial, double tau) {
        return switch (this) {
            case LINEAR -> initial * (1 - elapsed / tau);
            case CONVEX -> initial * Math.pow(1 - 1 / tau, 4 * elapsed);
            case CONVEX_UNSCALED -> initial * Math.pow(1 - 1 / tau, elapsed);
            case CONCAVE -> {
                double gamma = (Math.log(tau) - Math.log(CONCAVE_K)) / (Math.log(tau) - Math.log(2));
                // γ is +∞ at τ = 2; NumPy (C pow) gives 1^∞ = 1 where Math.pow gives NaN
                double power = elapsed == 1 ? 1 : Math.pow(elapsed, gamma);
                yield initial * tau / (tau + CONCAVE_K * power);
            }
        };
    }
}
