package org.lodestone.core.backtest;

import java.util.Locale;
import java.util.Objects;
import java.util.OptionalDouble;

/**
 * The values an observed outcome allows, in its metric's unit: a range [min, max], or one side
 * only ("did not fall below min", the band of a negative control). Infinite values stand for
 * "never": a node that never falls short has its first stock-out day at +∞, which only a band
 * without a maximum contains.
 *
 * @param min   the lowest value inside, empty when there is no lower bound
 * @param max   the highest value inside, empty when there is no upper bound
 * @param basis whether the band is a measurement range or a judgement
 */
public record Band(OptionalDouble min, OptionalDouble max, Basis basis) {

    /** Where a band comes from. */
    public enum Basis {
        /** The spread of published measurements (several sources, rounding, revisions). */
        MEASUREMENT("measurement"),
        /** A judgement on what the record allows (e.g. "output did not fall"), argued in the episode. */
        JUDGEMENT("judgement");

        private final String key;

        Basis(String key) {
            this.key = key;
        }

        /** As written in episode files. */
        public String key() {
            return key;
        }
    }

    public Band {
        Objects.requireNonNull(min, "min");
        Objects.requireNonNull(max, "max");
        Objects.requireNonNull(basis, "basis");
        if (min.isEmpty() && max.isEmpty()) {
            throw new IllegalArgumentException("a band needs a min, a max or both");
        }
        if (min.isPresent() && max.isPresent() && min.getAsDouble() > max.getAsDouble()) {
            throw new IllegalArgumentException("band min " + min.getAsDouble() + " is above max " + max.getAsDouble());
        }
    }

    /** A band with both bounds. */
    public static Band between(double min, double max, Basis basis) {
        return new Band(OptionalDouble.of(min), OptionalDouble.of(max), basis);
    }

    /** "Did not fall below {@code min}". */
    public static Band atLeast(double min, Basis basis) {
        return new Band(OptionalDouble.of(min), OptionalDouble.empty(), basis);
    }

    /** "Did not rise above {@code max}". */
    public static Band atMost(double max, Basis basis) {
        return new Band(OptionalDouble.empty(), OptionalDouble.of(max), basis);
    }

    /** True when only one bound is given. */
    public boolean oneSided() {
        return min.isEmpty() || max.isEmpty();
    }

    /** True when {@code value} lies within the bounds (both inclusive); NaN is never inside. */
    public boolean contains(double value) {
        if (Double.isNaN(value)) {
            return false;
        }
        return (min.isEmpty() || value >= min.getAsDouble()) && (max.isEmpty() || value <= max.getAsDouble());
    }

    /** The band in words: {@code 60 to 90}, {@code >= 97}, {@code <= 14}. */
    public String text() {
        if (min.isPresent() && max.isPresent()) {
            return number(min.getAsDouble()) + " to " + number(max.getAsDouble());
        }
        return min.isPresent() ? ">= " + number(min.getAsDouble()) : "<= " + number(max.getAsDouble());
    }

    /** A number with up to one decimal, none when whole. */
    public static String number(double value) {
        if (Double.isInfinite(value)) {
            return value > 0 ? "never" : "-inf";
        }
        return value == Math.rint(value)
                ? String.format(Locale.ROOT, "%.0f", value)
                : String.format(Locale.ROOT, "%.1f", value);
    }
}
