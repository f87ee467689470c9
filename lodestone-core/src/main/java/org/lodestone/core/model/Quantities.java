package org.lodestone.core.model;

/** Checks shared by the records that carry a quantity. */
final class Quantities {

    private Quantities() {}

    static double requireNonNegative(double value, String what) {
        if (!(value >= 0) || Double.isInfinite(value)) {
            throw new IllegalArgumentException(what + " must be a finite number >= 0, was " + value);
        }
        return value;
    }
}
