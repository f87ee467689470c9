package org.lodestone.io.run;

import java.util.Locale;

/** How numbers are written in result files. */
final class NumberText {

    private NumberText() {}

    /**
     * 17 significant digits with trailing zeros removed ({@code 0.69999999999999996}, {@code 1},
     * {@code -6.4392935428259079e-15}), as in the reference case files; {@code inf}, {@code -inf},
     * {@code nan} for non-finite values.
     */
    static String seventeen(double v) {
        if (!Double.isFinite(v)) {
            return nonFinite(v);
        }
        if (v == 0) {
            return "0";
        }
        String text = String.format(Locale.ROOT, "%.17g", v);
        int e = text.indexOf('e');
        String mantissa = e < 0 ? text : text.substring(0, e);
        String exponent = e < 0 ? "" : text.substring(e);
        if (mantissa.indexOf('.') >= 0) {
            mantissa = mantissa.replaceAll("0+$", "");
            if (mantissa.endsWith(".")) {
                mantissa = mantissa.substring(0, mantissa.length() - 1);
            }
        }
        return mantissa + exponent;
    }

    /** The shortest text that reads back as the same double (Java's {@code Double.toString}), or inf/nan. */
    static String shortest(double v) {
        if (!Double.isFinite(v)) {
            return nonFinite(v);
        }
        return Double.toString(v);
    }

    private static String nonFinite(double v) {
        return Double.isNaN(v) ? "nan" : v > 0 ? "inf" : "-inf";
    }
}
