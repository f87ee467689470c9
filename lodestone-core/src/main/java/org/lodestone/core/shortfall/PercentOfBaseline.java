package org.lodestone.core.shortfall;

import java.math.BigDecimal;
import java.util.Optional;

/**
 * A share of baseline as a person writes it, in percent ({@code 99} or {@code 99%}), and the
 * fraction the engine compares it with (0.99). Reverse-stress targets and a plan's {@code target}
 * read it so.
 *
 * <p>Until percentages were used everywhere these inputs were fractions ({@code 0.99} meant 99%).
 * A number above 0 and at most {@value #OLD_FRACTIONS_UP_TO} without {@code %} is therefore refused
 * as ambiguous: read in percent it would ask for almost nothing (a target of 0.99% holds nearly
 * everywhere) and the run would say nothing, while a share of 0 to 2% is hardly ever what is
 * meant. {@code 0.99%} says the small value is meant; 0 is the same on both scales.
 */
public final class PercentOfBaseline {

    /** The largest fraction the old form took (200% of baseline). */
    public static final double OLD_FRACTIONS_UP_TO = 2;

    private PercentOfBaseline() {}

    /**
     * Why {@code number}, written with or without a {@code %}, is ambiguous, with a hint; empty when
     * it is not.
     */
    public static Optional<String> ambiguity(String number, boolean percentSign) {
        BigDecimal value = new BigDecimal(number);
        if (percentSign || value.signum() <= 0 || value.compareTo(BigDecimal.valueOf(OLD_FRACTIONS_UP_TO)) > 0) {
            return Optional.empty();
        }
        String percent = value.movePointRight(2).stripTrailingZeros().toPlainString();
        return Optional.of("is ambiguous: shares of baseline are in percent (99 or 99% is 99% of baseline)."
                + " Maybe you meant " + percent + "% (the fraction " + number + " of earlier versions); write "
                + number + "% if you mean " + number + " percent");
    }

    /** The fraction of baseline that {@code number} percent is, rounded once (99.1 → 0.991 exactly as written). */
    public static double fraction(String number) {
        return Double.parseDouble(new BigDecimal(number).movePointLeft(2).toString());
    }

    /** A fraction written back in percent with as many decimals as it needs: 0.995 → {@code 99.5%}. */
    public static String text(double fraction) {
        return BigDecimal.valueOf(fraction)
                        .movePointRight(2)
                        .stripTrailingZeros()
                        .toPlainString() + "%";
    }
}
