package org.lodestone.core.leontief;

import java.util.Arrays;

/**
 * The stopping rule of {@link LeontiefSolver}'s power series, one iteration at a time, for K
 * right-hand sides stored industry-major.
 *
 * <p>Plain test: every right-hand side changed by at most the tolerance times its largest entry.
 * Bracketed test, for non-negative right-hand sides: the increments {@code Δ_m = A^m b} are then
 * non-negative, and if the Collatz–Wielandt ratios of the last two increments give
 * {@code ρ⁻·Δ_{m−1} ≤ Δ_m ≤ ρ⁺·Δ_{m−1}} entrywise, A being non-negative keeps these bounds for every
 * later term, so the tail of the series lies between {@code Δ_m·ρ⁻/(1 − ρ⁻)} and
 * {@code Δ_m·ρ⁺/(1 − ρ⁺)} (Collatz 1942; Wielandt 1950). The midpoint is returned once half that
 * bracket is within the tolerance. The bracket narrows at the ratio of the second to the first
 * eigenvalue of A, so on a dense MRIO this takes about half the iterations of the plain test; on an
 * acyclic network new industries keep entering the increments, no bracket forms, and the plain test
 * stops the (then finite) series exactly. Cost: O(P × K) per iteration.
 */
final class SeriesConvergence {

    private SeriesConvergence() {}

    /**
     * The solution if converged, else null; updates {@code increment} to {@code current − previous}.
     *
     * @param bracketTolerance the tolerance of the bracketed test; negative to use the plain test only
     *                         (right-hand sides with a negative entry)
     * @throws IllegalStateException if an entry is no longer finite (the series diverges)
     */
    static double[] check(
            double[] previous,
            double[] current,
            double[] increment,
            int k,
            double bracketTolerance,
            double tolerance,
            int iteration) {
        double[] change = new double[k];
        double[] size = new double[k];
        double[] low = new double[k];
        double[] high = new double[k];
        Arrays.fill(low, Double.POSITIVE_INFINITY);
        for (int e = 0; e < current.length; e++) {
            if (!Double.isFinite(current[e])) {
                throw new IllegalStateException("the Leontief series diverged after " + iteration
                        + " iterations: the table is not productive (spectral radius of A >= 1)");
            }
            int r = e % k;
            double step = current[e] - previous[e];
            change[r] = Math.max(change[r], Math.abs(step));
            size[r] = Math.max(size[r], Math.abs(current[e]));
            step = Math.max(0, step);
            if (increment[e] > 0) {
                low[r] = Math.min(low[r], step / increment[e]);
                high[r] = Math.max(high[r], step / increment[e]);
            } else if (step > 0) {
                high[r] = Double.POSITIVE_INFINITY;
            }
            increment[e] = step;
        }
        boolean plain = true;
        boolean bracketed = bracketTolerance > 0;
        for (int r = 0; r < k; r++) {
            plain &= change[r] <= tolerance * size[r];
            low[r] = Math.min(low[r], high[r]);
            bracketed &= high[r] < 1 && change[r] * (tail(high[r]) - tail(low[r])) / 2 <= bracketTolerance * size[r];
        }
        if (plain || !bracketed) {
            return plain ? current : null;
        }
        double[] extrapolated = current.clone();
        for (int e = 0; e < current.length; e++) {
            int r = e % k;
            extrapolated[e] += increment[e] * (tail(low[r]) + tail(high[r])) / 2;
        }
        return extrapolated;
    }

    /** {@code ρ + ρ² + … = ρ/(1 − ρ)}. */
    static double tail(double ratio) {
        return ratio / (1 - ratio);
    }
}
