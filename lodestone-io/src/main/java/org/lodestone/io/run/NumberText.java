package org.lodestone.io.run;

import java.math.BigDecimal;
import java.math.MathContext;
import java.util.Locale;

/** How numbers are written in result files. */
final class NumberText {

    private static final MathContext SEVENTEEN = new MathContext(17);

    private NumberText() {}

    /**
     * 17 significant digits with trailing zeros removed ({@code 0.69999999999999996}, {@code 1},
     * {@code -6.4392935428259079e-15}), as C's {@code %.17g} prints them in the reference case files; {@code inf}, {@code -inf},
     * {@code nan} for non-finite values.
     */
    static String seventeen(double v) {
        if (!Double.isFinite(v)) {
            return nonFinite(v);
        }
        if (v == 0) {
            return "0";
        }
        BigDecimal exact = new BigDecimal(v).round(SEVENTEEN);
        int exponent = exact.precision() - exact.scale() - 1;
        if (exponent < -4 || exponent >= 17) {
            String digits = exact.unscaledValue().abs().toString().replaceAll("0+$", "");
            String mantissa = digits.length() == 1 ? digits : digits.charAt(0) + "." + digits.substring(1);
            String sign = exact.signum() < 0 ? "-" : "";
            return sign
                    + mantissa
                    + String.format(Locale.ROOT, "e%s%02d", exponent < 0 ? "-" : "+", Math.abs(exponent));
        }
        return exact.stripTrailingZeros().toPlainString();
    }

    /**
     * The shortest text that reads back as the same double ({@link ShortestDecimal}: {@code
     * Double.toString}'s text from JDK 19 on), or inf/nan.
     */
    static String shortest(double v) {
        if (!Double.isFinite(v)) {
            return nonFinite(v);
        }
        return ShortestDecimal.toString(v);
    }

    /** inf, -inf or nan, as the reference case's files write them. */
    static String nonFinite(double v) {
        return Double.isNaN(v) ? "nan" : v > 0 ? "inf" : "-inf";
    }
}
