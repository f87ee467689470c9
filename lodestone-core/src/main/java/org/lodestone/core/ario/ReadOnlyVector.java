package org.lodestone.core.ario;

import java.util.Arrays;

/**
 * A read-only window on one of the engine's per-step arrays: listeners read values by index, or
 * copy them when they keep them, and cannot change the run. The window shows the live buffer, so a
 * value read after the callback returns belongs to a later step. Reading costs what reading the
 * array costs; nothing is copied unless asked.
 */
public final class ReadOnlyVector {

    private final double[] values;

    ReadOnlyVector(double[] values) {
        this.values = values;
    }

    /** Number of values. */
    public int size() {
        return values.length;
    }

    /** The value at {@code index}; throws {@link ArrayIndexOutOfBoundsException} outside [0, size). */
    public double get(int index) {
        return values[index];
    }

    /** Σ of the values, in index order. */
    public double sum() {
        double sum = 0;
        for (double v : values) {
            sum += v;
        }
        return sum;
    }

    /** A copy of the values. */
    public double[] toArray() {
        return values.clone();
    }

    /** Copies the values into the start of {@code target}, which must hold at least {@link #size()} values. */
    public void copyInto(double[] target) {
        System.arraycopy(values, 0, target, 0, values.length);
    }

    @Override
    public String toString() {
        return Arrays.toString(values);
    }
}
