package org.lodestone.core.shock;

import java.util.Map;
import java.util.Objects;

/**
 * A disruption applied to industries of an input-output table, in steps (days) from the start of
 * a run. Industries are indices into the table; amounts are aligned with them.
 */
public sealed interface Event permits Event.CapacityLoss, Event.CapitalRecovery, Event.CapitalRebuild {

    /** Indices of the industries hit. */
    int[] industries();

    /** The step at which the event happens (> 0). */
    int occurrence();

    /** Steps before recovery or rebuilding starts (> 0). */
    int duration();

    /**
     * A fraction of production capacity lost (the reference's arbitrary production loss). It
     * reaches capacity with a one-step lag (ARIO-SPEC 6.3).
     *
     * @param fractions lost fraction per industry, in (0, 1]
     * @param curve     recovery curve of the fraction
     * @param tau       recovery time in steps (≥ 1)
     */
    record CapacityLoss(int[] industries, double[] fractions, int occurrence, int duration, RecoveryCurve curve, double tau)
            implements Event {
        public CapacityLoss {
            check(industries, fractions, occurrence, duration);
            for (double f : fractions) {
                if (!(f > 0 && f <= 1)) {
                    throw new IllegalArgumentException("capacity-loss fraction must be in (0, 1], was " + f);
                }
            }
            Objects.requireNonNull(curve, "curve");
            requirePositive(tau, "recovery tau");
        }
    }

    /**
     * Productive capital destroyed, recovering along a curve (the reference's "recovery" event).
     *
     * @param damages capital destroyed per industry, in table units (yearly capital units)
     * @param curve   recovery curve of the damage
     * @param tau     recovery time in steps (≥ 1)
     */
    record CapitalRecovery(int[] industries, double[] damages, int occurrence, int duration, RecoveryCurve curve, double tau)
            implements Event {
        public CapitalRecovery {
            check(industries, damages, occurrence, duration);
            Objects.requireNonNull(curve, "curve");
            requirePositive(tau, "recovery tau");
        }
    }

    /**
     * Productive capital destroyed and rebuilt by demand addressed to rebuilding sectors (the
     * reference's "rebuild" event).
     *
     * @param damages        capital destroyed per industry, in table units
     * @param sectorShares   product index → share of the rebuilding demand, shares sum to 1
     * @param tau            rebuild time in steps (≥ 1): each step asks for 1/τ of what is missing
     * @param factor         rebuilding factor (1 = rebuild exactly what was destroyed)
     */
    record CapitalRebuild(int[] industries, double[] damages, int occurrence, int duration, Map<Integer, Double> sectorShares,
            int tau, double factor) implements Event {
        public CapitalRebuild {
            check(industries, damages, occurrence, duration);
            sectorShares = Map.copyOf(sectorShares);
            double total = sectorShares.values().stream().mapToDouble(Double::doubleValue).sum();
            if (sectorShares.isEmpty() || Math.abs(total - 1) > 1e-9) {
                throw new IllegalArgumentException("rebuilding sector shares must sum to 1, sum to " + total);
            }
            if (tau < 1) {
                throw new IllegalArgumentException("rebuild tau must be >= 1, was " + tau);
            }
            requirePositive(factor, "rebuilding factor");
        }
    }

    private static void check(int[] industries, double[] amounts, int occurrence, int duration) {
        if (industries.length == 0 || industries.length != amounts.length) {
            throw new IllegalArgumentException("an event needs one amount per industry hit, and at least one industry");
        }
        if (occurrence < 1 || duration < 1) {
            throw new IllegalArgumentException("occurrence and duration must be >= 1, were " + occurrence + " and " + duration);
        }
        for (double a : amounts) {
            if (!(a > 0) || Double.isInfinite(a)) {
                throw new IllegalArgumentException("event impacts must be finite and > 0, was " + a);
            }
        }
    }

    private static void requirePositive(double value, String what) {
        if (!(value > 0) || Double.isInfinite(value)) {
            throw new IllegalArgumentException(what + " must be > 0, was " + value);
        }
    }
}
