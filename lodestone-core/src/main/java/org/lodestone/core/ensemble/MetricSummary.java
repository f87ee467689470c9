package org.lodestone.core.ensemble;

import java.util.Arrays;

/**
 * The distribution of one metric over an ensemble's members that have a value of it.
 *
 * @param count members with a value
 * @param mean  arithmetic mean, summed in member order (NaN when count is 0)
 * @param sd    sample standard deviation (n − 1 in the denominator; 0 for one value)
 * @param p5    5th percentile
 * @param p50   median
 * @param p95   95th percentile
 * @param min   smallest value
 * @param max   largest value
 */
public record MetricSummary(
        long count, double mean, double sd, double p5, double p50, double p95, double min, double max) {

    /**
     * The summary of {@code values}, given in member order. Percentiles interpolate linearly
     * between order statistics: P_q = v(h) + (h − ⌊h⌋)(v(⌊h⌋ + 1) − v(⌊h⌋)) with h = q (n − 1) on the
     * sorted values (Hyndman and Fan's type 7, NumPy's default). O(n log n).
     */
    public static MetricSummary of(double[] values) {
        int n = values.length;
        if (n == 0) {
            return new MetricSummary(
                    0, Double.NaN, Double.NaN, Double.NaN, Double.NaN, Double.NaN, Double.NaN, Double.NaN);
        }
        double sum = 0;
        for (double v : values) {
            sum += v;
        }
        double mean = sum / n;
        double squares = 0;
        for (double v : values) {
            squares += (v - mean) * (v - mean);
        }
        double[] sorted = values.clone();
        Arrays.sort(sorted);
        return new MetricSummary(
                n,
                mean,
                n == 1 ? 0 : Math.sqrt(squares / (n - 1)),
                quantile(sorted, 0.05),
                quantile(sorted, 0.5),
                quantile(sorted, 0.95),
                sorted[0],
                sorted[n - 1]);
    }

    /** The q-quantile of sorted values, type 7. */
    public static double quantile(double[] sorted, double q) {
        double h = q * (sorted.length - 1);
        int low = (int) Math.floor(h);
        int high = Math.min(low + 1, sorted.length - 1);
        return sorted[low] + (h - low) * (sorted[high] - sorted[low]);
    }
}
