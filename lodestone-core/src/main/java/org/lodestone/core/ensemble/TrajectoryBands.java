package org.lodestone.core.ensemble;

import java.io.Serializable;
import java.util.Arrays;

/**
 * Percentile bands of a trajectory (output relative to baseline per day) over an ensemble: per
 * day, a histogram of the members' values in bins of {@value #BIN_WIDTH} (0.1 percentage point)
 * on [0, {@value #RANGE}), with values outside it counted in the end bins, plus the exact minimum
 * and maximum. Histograms add, so combining is associative and commutative and the bands do not
 * depend on how members were split; percentiles are interpolated within a bin, so they are exact to
 * one bin width (and clamped to the exact minimum and maximum). Memory: 4 bytes × 2,000 bins per day.
 */
public final class TrajectoryBands implements Serializable {

    /** Width of a bin, relative to baseline. */
    public static final double BIN_WIDTH = 0.001;
    /** Upper end of the binned range, relative to baseline. */
    public static final double RANGE = 2.0;

    private static final int BINS = (int) Math.round(RANGE / BIN_WIDTH);
    private static final long serialVersionUID = 1L;

    private final int[][] counts;
    private final long[] members;
    private final double[] min;
    private final double[] max;

    /** Empty bands over {@code days} days. */
    public TrajectoryBands(int days) {
        this.counts = new int[days][];
        this.members = new long[days];
        this.min = new double[days];
        this.max = new double[days];
        Arrays.fill(min, Double.POSITIVE_INFINITY);
        Arrays.fill(max, Double.NEGATIVE_INFINITY);
    }

    /** Days covered. */
    public int days() {
        return counts.length;
    }

    /** Adds one member's trajectory (it may be shorter than the bands, when its run stopped early). */
    public void add(double[] series) {
        for (int t = 0; t < Math.min(series.length, counts.length); t++) {
            if (counts[t] == null) {
                counts[t] = new int[BINS];
            }
            counts[t][bin(series[t])]++;
            members[t]++;
            min[t] = Math.min(min[t], series[t]);
            max[t] = Math.max(max[t], series[t]);
        }
    }

    private static int bin(double value) {
        return (int) Math.max(0, Math.min(BINS - 1, Math.floor(value / BIN_WIDTH)));
    }

    /** The sum of both (neither is changed). */
    public TrajectoryBands combine(TrajectoryBands other) {
        if (other.days() != days()) {
            throw new IllegalArgumentException(
                    "bands over " + days() + " and " + other.days() + " days cannot be combined");
        }
        TrajectoryBands sum = new TrajectoryBands(days());
        for (int t = 0; t < days(); t++) {
            if (counts[t] != null || other.counts[t] != null) {
                sum.counts[t] = new int[BINS];
                for (int[] c : new int[][] {counts[t], other.counts[t]}) {
                    for (int b = 0; c != null && b < BINS; b++) {
                        sum.counts[t][b] += c[b];
                    }
                }
            }
            sum.members[t] = members[t] + other.members[t];
            sum.min[t] = Math.min(min[t], other.min[t]);
            sum.max[t] = Math.max(max[t], other.max[t]);
        }
        return sum;
    }

    /** Members with a value on day t. */
    public long members(int t) {
        return members[t];
    }

    /** The smallest value on day t (+∞ without members). */
    public double min(int t) {
        return min[t];
    }

    /** The largest value on day t (−∞ without members). */
    public double max(int t) {
        return max[t];
    }

    /**
     * The q-quantile on day t: the value with a share q of the members below it, interpolated
     * linearly within its bin; NaN without members.
     */
    public double quantile(int t, double q) {
        if (members[t] == 0) {
            return Double.NaN;
        }
        if (q <= 0 || q >= 1) {
            return q <= 0 ? min[t] : max[t];
        }
        double target = q * members[t];
        long below = 0;
        for (int b = 0; b < BINS; b++) {
            int c = counts[t][b];
            if (c > 0 && below + c >= target) {
                double value = (b + (target - below) / c) * BIN_WIDTH;
                return Math.min(max[t], Math.max(min[t], value));
            }
            below += c;
        }
        return max[t];
    }

    @Override
    public boolean equals(Object o) {
        return o instanceof TrajectoryBands b
                && Arrays.deepEquals(counts, b.counts)
                && Arrays.equals(members, b.members)
                && Arrays.equals(min, b.min)
                && Arrays.equals(max, b.max);
    }

    @Override
    public int hashCode() {
        return Arrays.deepHashCode(counts) * 31 + Arrays.hashCode(members);
    }
}
