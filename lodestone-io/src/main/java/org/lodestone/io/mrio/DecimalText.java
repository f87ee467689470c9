package org.lodestone.io.mrio;

/**
 * Plain decimal numbers as text, read and written so that they round-trip doubles.
 *
 * <p>Reading accepts {@code [+-]?(digits[.digits]|.digits)([eE][+-]?digits)?} with optional spaces
 * around it, and nothing else (no {@code NaN}, {@code Infinity}, hex or {@code d}/{@code f}
 * suffixes, which {@link Double#parseDouble} would take). Without creating a String, it takes
 * Clinger's exact fast path (W. D. Clinger, "How to read floating point numbers accurately", PLDI
 * 1990): when the decimal significand is at most 2^53 and the power of ten at most 22 in magnitude,
 * both are exact doubles and one correctly rounded multiplication or division gives the correctly
 * rounded value. Every other number (17 significant digits, large exponents) goes to
 * {@link Double#parseDouble} on a substring, so results always equal {@code Double.parseDouble}.
 */
final class DecimalText {

    private static final long MAX_EXACT = 1L << 53;
    private static final int MAX_DIGITS = 18;
    private static final double[] POWERS_OF_TEN = {
        1e0, 1e1, 1e2, 1e3, 1e4, 1e5, 1e6, 1e7, 1e8, 1e9, 1e10, 1e11, 1e12, 1e13, 1e14, 1e15, 1e16, 1e17, 1e18, 1e19,
        1e20, 1e21, 1e22
    };

    private DecimalText() {}

    /**
     * The number written in {@code text[from, to)}: NaN when it is not a plain decimal number,
     * an infinity when it is too large for a double.
     */
    static double parse(String text, int from, int to) {
        while (from < to && text.charAt(from) == ' ') {
            from++;
        }
        while (to > from && text.charAt(to - 1) == ' ') {
            to--;
        }
        int i = from;
        boolean negative = false;
        if (i < to && (text.charAt(i) == '-' || text.charAt(i) == '+')) {
            negative = text.charAt(i++) == '-';
        }
        long significand = 0;
        int significantDigits = 0;
        int digits = 0;
        int exponent = 0;
        boolean fraction = false;
        for (; i < to; i++) {
            char c = text.charAt(i);
            if (c == '.' && !fraction) {
                fraction = true;
                continue;
            }
            if (c < '0' || c > '9') {
                break;
            }
            digits++;
            if (significand != 0 || c != '0') {
                significantDigits++;
            }
            if (significantDigits <= MAX_DIGITS) {
                significand = significand * 10 + (c - '0');
                exponent -= fraction ? 1 : 0;
            }
        }
        if (digits == 0) {
            return Double.NaN;
        }
        if (i < to && (text.charAt(i) == 'e' || text.charAt(i) == 'E')) {
            int exponentEnd = exponentEnd(text, i + 1, to);
            if (exponentEnd < 0) {
                return Double.NaN;
            }
            exponent += exponentValue(text, i + 1, to);
            i = exponentEnd;
        }
        if (i != to) {
            return Double.NaN;
        }
        // Longer significands were cut short above; they always take the slow path.
        if (significantDigits <= MAX_DIGITS && significand <= MAX_EXACT && Math.abs(exponent) <= 22) {
            double value =
                    exponent < 0 ? significand / POWERS_OF_TEN[-exponent] : significand * POWERS_OF_TEN[exponent];
            return negative ? -value : value;
        }
        return Double.parseDouble(text.substring(from, to));
    }

    /** The end of a well-formed exponent starting at {@code from}, or -1. */
    private static int exponentEnd(String text, int from, int to) {
        int i = from;
        if (i < to && (text.charAt(i) == '-' || text.charAt(i) == '+')) {
            i++;
        }
        int start = i;
        while (i < to && text.charAt(i) >= '0' && text.charAt(i) <= '9') {
            i++;
        }
        return i == start ? -1 : i;
    }

    /** The exponent's value, clamped far beyond the range of doubles so that it cannot overflow. */
    private static int exponentValue(String text, int from, int to) {
        boolean negative = text.charAt(from) == '-';
        int i = text.charAt(from) == '-' || text.charAt(from) == '+' ? from + 1 : from;
        int value = 0;
        for (; i < to && text.charAt(i) >= '0' && text.charAt(i) <= '9'; i++) {
            value = Math.min(100_000, value * 10 + (text.charAt(i) - '0'));
        }
        return negative ? -value : value;
    }

    /**
     * Appends the shortest text that {@link Double#parseDouble} reads back as exactly {@code value}:
     * integer-valued doubles below 2^53 as plain integers ({@code 202}), others as
     * {@link Double#toString(double)} does.
     *
     * @throws IllegalArgumentException if the value is NaN or infinite
     */
    static void append(StringBuilder out, double value) {
        if (!Double.isFinite(value)) {
            throw new IllegalArgumentException("cannot write " + value + "; the table must hold finite numbers");
        }
        if (value == Math.rint(value)
                && Math.abs(value) < MAX_EXACT
                && !(value == 0 && Math.copySign(1.0, value) < 0)) {
            out.append((long) value);
        } else {
            out.append(value);
        }
    }
}
