package org.lodestone.app.stresstest;

import java.math.BigDecimal;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import org.lodestone.core.shortfall.ShortfallMetrics;

/** The metrics as text, the same in the terminal table, the CSV file and the report. */
final class MetricText {

    static final String NONE = "-";

    private MetricText() {}

    /** A fraction in percent with two decimals, e.g. {@code 97.35}. */
    static String percent(double fraction) {
        return String.format(Locale.ROOT, "%.2f", 100 * fraction);
    }

    /** A difference of percentages in percentage points with two decimals, e.g. {@code 10.72}. */
    static String points(double points) {
        return String.format(Locale.ROOT, "%.2f", points);
    }

    /** An input's value as a scenario file would have it: up to four decimals, no trailing zeros. */
    static String number(double value) {
        return new BigDecimal(String.format(Locale.ROOT, "%.4f", value))
                .stripTrailingZeros()
                .toPlainString();
    }

    static String delivered(Optional<ShortfallMetrics> m) {
        return m.map(v -> percent(v.delivered())).orElse(NONE);
    }

    static String firstShortfall(Optional<ShortfallMetrics> m) {
        return m.flatMap(v -> v.firstShortfallDay().isPresent()
                        ? Optional.of(String.valueOf(v.firstShortfallDay().getAsInt()))
                        : Optional.of("none"))
                .orElse(NONE);
    }

    static String deepest(Optional<ShortfallMetrics> m) {
        return m.map(v -> percent(v.deepest())).orElse(NONE);
    }

    static String recovery(Optional<ShortfallMetrics> m) {
        return m.map(v -> v.firstShortfallDay().isEmpty()
                        ? NONE
                        : v.recoveryDays().isPresent()
                                ? String.valueOf(v.recoveryDays().getAsInt())
                                : "not recovered")
                .orElse(NONE);
    }

    static String mostHit(RegionOutcome r) {
        return r.mostHit()
                .map(l -> l.layer() + " (" + l.commodity().id().value() + ")")
                .orElse("none");
    }

    /** Days of baseline output lost, one decimal. */
    static String days(double days) {
        return days < 0.05 ? "<0.1" : String.format(Locale.ROOT, "%.1f", days);
    }

    /** The first stock-outs, earliest first: {@code ndfeb-magnet 12, gallium 40}; at most six, then how many more. */
    static String stockOuts(List<StockOutDays.First> first) {
        int shown = Math.min(first.size(), 6);
        StringBuilder text = new StringBuilder();
        for (int k = 0; k < shown; k++) {
            text.append(k == 0 ? "" : ", ")
                    .append(first.get(k).commodity())
                    .append(' ')
                    .append(first.get(k).day());
        }
        if (first.size() > shown) {
            text.append(" and ").append(first.size() - shown).append(" more");
        }
        return first.isEmpty() ? NONE : text.toString();
    }
}
