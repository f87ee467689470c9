package org.lodestone.core.scenario;

import java.util.Locale;
import java.util.Objects;

/**
 * A numeric field of a scenario that an {@code uncertainty} block may vary: its path, its valid
 * range and its value in the scenario.
 *
 * @param path     e.g. {@code events[0].share-blocked}, {@code model.psi}
 * @param min      smallest valid value ({@code -inf} when unbounded)
 * @param minOpen  true when {@code min} itself is not valid (e.g. psi in (0, 1])
 * @param max      largest valid value ({@code +inf} when unbounded)
 * @param integer  true for whole numbers (steps, days); values are rounded to the nearest
 * @param value    the value the scenario gives it
 */
public record ScenarioField(String path, double min, boolean minOpen, double max, boolean integer, double value) {

    public ScenarioField {
        Objects.requireNonNull(path, "path");
        if (!(min <= max)) {
            throw new IllegalArgumentException("field " + path + " has an empty range [" + min + ", " + max + "]");
        }
    }

    /**
     * The value the field takes for {@code v}: rounded to the nearest whole number for integer
     * fields; a value at an open lower bound (which a distribution truncated there reaches only
     * through rounding) moves to the next representable number above it.
     */
    public double adjust(double v) {
        double a = integer ? Math.rint(v) : v;
        return minOpen && a == min ? Math.nextUp(min) : a;
    }

    /** True if {@code v} (once adjusted) is a valid value. */
    public boolean allows(double v) {
        double a = adjust(v);
        return (minOpen ? a > min : a >= min) && a <= max;
    }

    /** True if a continuous distribution on [lo, hi] only gives valid values (an open bound may be touched: it has probability 0). */
    public boolean allowsSupport(double lo, double hi) {
        return adjust(lo) >= min && adjust(hi) <= max;
    }

    /** The valid range as text, e.g. {@code (0, 1]} or {@code whole numbers in [1, 364]}. */
    public String range() {
        String text = (minOpen ? "(" : "[") + number(min) + ", " + number(max) + (Double.isInfinite(max) ? ")" : "]");
        return integer ? "whole numbers in " + text : text;
    }

    private static String number(double v) {
        if (Double.isInfinite(v)) {
            return v > 0 ? "inf" : "-inf";
        }
        return v == Math.rint(v) ? String.valueOf((long) v) : String.format(Locale.ROOT, "%s", v);
    }
}
