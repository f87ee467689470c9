package org.lodestone.app.exposure;

import java.math.BigDecimal;
import java.math.MathContext;
import java.util.Locale;

/** How the exposure reports print numbers: percent with one decimal, quantities readable, CSV exact to six digits. */
final class Figures {

    private Figures() {}

    /** A share in percent with one decimal; {@code -} for NaN. */
    static String percent(double share) {
        return Double.isNaN(share) ? "-" : String.format(Locale.ROOT, "%.1f", 100 * share);
    }

    /** A quantity for a terminal: thousands separators from 100, else three significant digits. */
    static String quantity(double value) {
        if (Double.isNaN(value)) {
            return "-";
        }
        return Math.abs(value) >= 100
                ? String.format(Locale.ROOT, "%,.0f", value)
                : String.format(Locale.ROOT, "%.3g", value);
    }

    /** Six significant digits, plain notation, no trailing zeros; empty for NaN. */
    static String number(double value) {
        if (Double.isNaN(value)) {
            return "";
        }
        return new BigDecimal(value)
                .round(new MathContext(6))
                .stripTrailingZeros()
                .toPlainString();
    }

    /** A share in percent for CSV: six significant digits; empty for NaN. */
    static String percentNumber(double share) {
        return number(100 * share);
    }

    /** A value as typed back in a message. */
    static String plain(double value) {
        return value == Math.rint(value) && Math.abs(value) < 1e15
                ? String.valueOf((long) value)
                : String.valueOf(value);
    }
}
