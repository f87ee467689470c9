package org.lodestone.core.ensemble;

import java.io.Serializable;
import java.util.Arrays;

/**
 * The values of one quantity over an ensemble's members, kept exactly and keyed by member index.
 * Combining two sets of values (of disjoint members) merges them in member order, so the result,
 * and every statistic taken from it, is the same however the members were split among threads,
 * tasks or machines: combining is associative and commutative. Members without a value (NaN) are
 * not stored. Memory: 16 bytes per value.
 */
public final class MetricValues implements Serializable {

    private static final long serialVersionUID = 1L;

    private long[] members;
    private double[] values;
    private int size;
    private boolean sorted = true;

    public MetricValues() {
        this(new long[8], new double[8], 0);
    }

    private MetricValues(long[] members, double[] values, int size) {
        this.members = members;
        this.values = values;
        this.size = size;
    }

    /** Records member {@code member}'s value; NaN is ignored. */
    public void add(long member, double value) {
        if (Double.isNaN(value)) {
            return;
        }
        if (size == members.length) {
            members = Arrays.copyOf(members, size * 2);
            values = Arrays.copyOf(values, size * 2);
        }
        sorted &= size == 0 || members[size - 1] < member;
        members[size] = member;
        values[size] = value;
        size++;
    }

    /** Number of values. */
    public int size() {
        return size;
    }

    /**
     * The values of both, in member order (neither is changed).
     *
     * @throws IllegalArgumentException if both hold a value for the same member
     */
    public MetricValues combine(MetricValues other) {
        sort();
        other.sort();
        long[] m = new long[size + other.size];
        double[] v = new double[m.length];
        int a = 0;
        int b = 0;
        for (int k = 0; k < m.length; k++) {
            boolean left = b == other.size || (a < size && members[a] < other.members[b]);
            if (!left && a < size && members[a] == other.members[b]) {
                throw new IllegalArgumentException("member " + members[a] + " is in both summaries");
            }
            m[k] = left ? members[a] : other.members[b];
            v[k] = left ? values[a++] : other.values[b++];
        }
        return new MetricValues(m, v, m.length);
    }

    /** Member indices, ascending. */
    public long[] members() {
        sort();
        return Arrays.copyOf(members, size);
    }

    /** Values in member order. */
    public double[] values() {
        sort();
        return Arrays.copyOf(values, size);
    }

    /** The value of {@code member}, NaN when it has none. */
    public double valueOf(long member) {
        sort();
        int at = Arrays.binarySearch(members, 0, size, member);
        return at >= 0 ? values[at] : Double.NaN;
    }

    /** The distribution of the values. */
    public MetricSummary summary() {
        return MetricSummary.of(values());
    }

    private void sort() {
        if (sorted) {
            return;
        }
        Integer[] order = new Integer[size];
        for (int k = 0; k < size; k++) {
            order[k] = k;
        }
        Arrays.sort(order, (x, y) -> Long.compare(members[x], members[y]));
        long[] m = new long[Math.max(8, size)];
        double[] v = new double[m.length];
        for (int k = 0; k < size; k++) {
            m[k] = members[order[k]];
            v[k] = values[order[k]];
            if (k > 0 && m[k] == m[k - 1]) {
                throw new IllegalStateException("member " + m[k] + " has two values");
            }
        }
        members = m;
        values = v;
        sorted = true;
    }

    @Override
    public boolean equals(Object o) {
        if (!(o instanceof MetricValues other)) {
            return false;
        }
        return Arrays.equals(members(), other.members()) && Arrays.equals(values(), other.values());
    }

    @Override
    public int hashCode() {
        return 31 * Arrays.hashCode(members()) + Arrays.hashCode(values());
    }
}
