package org.lodestone.core.shortfall;

import java.util.OptionalInt;

/**
 * What a trajectory of delivered output relative to its baseline (x / X0 per day) says about a
 * disruption (definitions in docs/stress-test.md):
 *
 * <ul>
 *   <li>delivered: Σ_t x / Σ_t X0 over the days run, a fraction;
 *   <li>first shortfall: the first day with x below (1 − {@value #TOLERANCE}) · X0;
 *   <li>deepest: the smallest x / X0 over the days run, and the first day it is reached;
 *   <li>recovery: days from the first shortfall to the first later day from which x stays within
 *       {@value #TOLERANCE} of X0 until the end of the run; empty when it does not.
 * </ul>
 *
 * @param delivered          Σ x / Σ X0, a fraction (1 = all of the baseline)
 * @param firstShortfallDay  the first day below the tolerance, empty when there is none
 * @param deepest            min x / X0, a fraction
 * @param deepestDay         the first day the minimum is reached
 * @param recoveryDays       days from the first shortfall to lasting recovery; empty when there is
 *                           no shortfall or no recovery before the end of the run
 */
public record ShortfallMetrics(
        double delivered, OptionalInt firstShortfallDay, double deepest, int deepestDay, OptionalInt recoveryDays) {

    /** Relative tolerance: a day is a shortfall when output is below (1 − 0.001) of the baseline. */
    public static final double TOLERANCE = 0.001;

    /** True when some day fell short and output did not come back within tolerance for good. */
    public boolean unrecovered() {
        return firstShortfallDay.isPresent() && recoveryDays.isEmpty();
    }

    /**
     * The metrics of {@code relative}, output relative to baseline per day (one value per day run).
     *
     * @throws IllegalArgumentException if {@code relative} is empty
     */
    public static ShortfallMetrics of(double[] relative) {
        if (relative.length == 0) {
            throw new IllegalArgumentException("a trajectory needs at least one day");
        }
        double sum = 0;
        double deepest = Double.POSITIVE_INFINITY;
        int deepestDay = 0;
        int first = -1;
        for (int t = 0; t < relative.length; t++) {
            sum += relative[t];
            if (relative[t] < deepest) {
                deepest = relative[t];
                deepestDay = t;
            }
            if (first < 0 && isShort(relative[t])) {
                first = t;
            }
        }
        if (first < 0) {
            return new ShortfallMetrics(
                    sum / relative.length, OptionalInt.empty(), deepest, deepestDay, OptionalInt.empty());
        }
        int lastShort = relative.length - 1;
        while (!isShort(relative[lastShort])) {
            lastShort--;
        }
        OptionalInt recovery =
                lastShort == relative.length - 1 ? OptionalInt.empty() : OptionalInt.of(lastShort + 1 - first);
        return new ShortfallMetrics(sum / relative.length, OptionalInt.of(first), deepest, deepestDay, recovery);
    }

    private static boolean isShort(double relative) {
        return relative < 1 - TOLERANCE;
    }
}
