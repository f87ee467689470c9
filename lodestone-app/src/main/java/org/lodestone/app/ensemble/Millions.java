package org.lodestone.app.ensemble;

import java.math.BigDecimal;
import java.math.MathContext;
import java.util.Locale;

/**
 * US dollars written in millions for the ensemble's table and report: a loss below a tenth of a
 * million keeps two significant digits, so a sector that lost USD 40,000 reads 0.04 and never 0.0;
 * an exact zero reads 0 and a missing value "-".
 */
final class Millions {

    private static final MathContext TWO_DIGITS = new MathContext(2);

    private Millions() {}

    /**
     * {@code usd} in millions with {@code decimals} decimals, or two significant digits when it is
     * below 0.1 million but not zero.
     */
    static String text(double usd, int decimals) {
        if (Double.isNaN(usd)) {
            return "-";
        }
        if (usd == 0) {
            return "0";
        }
        double millions = usd / 1e6;
        if (Math.abs(millions) < 0.1) {
            return new BigDecimal(millions)
                    .round(TWO_DIGITS)
                    .stripTrailingZeros()
                    .toPlainString();
        }
        return String.format(Locale.ROOT, "%." + decimals + "f", millions);
    }
}
