package org.lodestone.core.reverse;

import java.util.Objects;

/**
 * One input a reverse stress test moves, over a range.
 *
 * @param path    the scenario field's path
 * @param min     lower end of the range
 * @param max     upper end (> min)
 * @param integer true for whole-number fields: points are rounded, and bisection stops at adjacent whole numbers
 */
public record SearchAxis(String path, double min, double max, boolean integer) {

    public SearchAxis {
        Objects.requireNonNull(path, "path");
        if (!(min < max) || !Double.isFinite(min) || !Double.isFinite(max)) {
            throw new IllegalArgumentException(
                    path + " needs a finite range with min < max, got " + min + " and " + max);
        }
    }

    /** The value at fraction s of the range (rounded for whole-number fields). */
    public double at(double s) {
        double v = min + s * (max - min);
        return integer ? Math.rint(v) : v;
    }

    /** True when an interval [a, b] cannot be split further: adjacent whole numbers, or narrower than {@code tolerance} of the range. */
    boolean resolved(double a, double b, double tolerance) {
        return integer ? Math.abs(b - a) <= 1 : Math.abs(b - a) <= tolerance * (max - min);
    }

    /** The midpoint of [a, b], rounded down for whole numbers. */
    double middle(double a, double b) {
        double m = (a + b) / 2;
        return integer ? Math.floor(m) : m;
    }
}
