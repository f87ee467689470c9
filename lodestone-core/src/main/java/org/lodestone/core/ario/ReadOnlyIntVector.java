package org.lodestone.core.ario;

import java.util.Arrays;

/** A read-only window on one of the engine's per-step counts, as {@link ReadOnlyVector} is on its values. */
public final class ReadOnlyIntVector {

    private final int[] values;

    ReadOnlyIntVector(int[] values) {
        this.values = values;
    }

    /** Number of values. */
    public int size() {
        return values.length;
    }

    /** The value at {@code index}; throws {@link ArrayIndexOutOfBoundsException} outside [0, size). */
    public int get(int index) {
        return values[index];
    }

    /** A copy of the values. */
    public int[] toArray() {
        return values.clone();
    }

    @Override
    public String toString() {
        return Arrays.toString(values);
    }
}
