package org.lodestone.core.reverse;

import java.util.Arrays;
import java.util.List;
import java.util.Locale;
import java.util.Objects;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.lodestone.core.ensemble.Metric;
import org.lodestone.core.shortfall.PercentOfBaseline;

/**
 * What a reverse stress test protects, e.g. {@code compute-delivered>=90%}: a metric, a comparison
 * and a threshold. A run without a first shortfall counts as falling short after the horizon
 * (+∞), so {@code first-shortfall-day>=30} holds for it.
 *
 * <p>The shares of baseline ({@link Metric#percent}) are written in percent, as every file shows
 * them: {@code >=90%} or {@code >=90}; a number above 0 and at most 2 without {@code %} is refused
 * as the fraction form of earlier versions ({@link PercentOfBaseline}).
 *
 * @param metric     the metric
 * @param comparison how the metric must compare to the threshold
 * @param threshold  the threshold in the metric's own values: a fraction for the shares (90% is 0.9)
 */
public record Target(Metric metric, Comparison comparison, double threshold) {

    /** The metrics a target may name: those every run has a value of (or, for the first shortfall, a natural stand-in). */
    public static final List<Metric> METRICS = List.of(
            Metric.COMPUTE_DELIVERED,
            Metric.COMPUTE_DEEPEST,
            Metric.FIRST_SHORTFALL_DAY,
            Metric.MOST_HIT_LOST_DAYS,
            Metric.VALUE_ADDED_LOST);

    private static final Pattern FORM = Pattern.compile(
            "\\s*([a-z-]+)\\s*(>=|<=|>|<)\\s*([-+]?(\\d+\\.?\\d*|\\.\\d+)([eE][-+]?\\d+)?)\\s*(%?)\\s*");

    /** A comparison as written. */
    public enum Comparison {
        AT_LEAST(">="),
        AT_MOST("<="),
        ABOVE(">"),
        BELOW("<");

        private final String symbol;

        Comparison(String symbol) {
            this.symbol = symbol;
        }

        public String symbol() {
            return symbol;
        }

        static Comparison of(String symbol) {
            return Arrays.stream(values())
                    .filter(c -> c.symbol.equals(symbol))
                    .findFirst()
                    .orElseThrow();
        }
    }

    public Target {
        Objects.requireNonNull(metric, "metric");
        Objects.requireNonNull(comparison, "comparison");
        if (!METRICS.contains(metric)) {
            throw new IllegalArgumentException(
                    "a target cannot name " + metric.key() + ", which some runs have no value of");
        }
    }

    /**
     * Parses {@code METRIC OP NUMBER}.
     *
     * @throws IllegalArgumentException saying what is wrong and what is expected
     */
    public static Target parse(String text) {
        Matcher m = FORM.matcher(text.toLowerCase(Locale.ROOT));
        if (!m.matches()) {
            throw new IllegalArgumentException("is not METRIC>=NUMBER (or <=, >, <), e.g. compute-delivered>=90%");
        }
        Metric metric = Metric.of(m.group(1))
                .filter(METRICS::contains)
                .orElseThrow(() -> new IllegalArgumentException("names " + m.group(1)
                        + ", which is not a metric a target can name: "
                        + String.join(", ", METRICS.stream().map(Metric::key).toList())));
        return new Target(
                metric,
                Comparison.of(m.group(2)),
                threshold(metric, m.group(3), !m.group(6).isEmpty()));
    }

    /** The threshold in the metric's own values, from its text in percent for the shares. */
    private static double threshold(Metric metric, String number, boolean percentSign) {
        if (!metric.percent()) {
            if (percentSign) {
                throw new IllegalArgumentException(
                        metric.key() + " is not a share of baseline; write its number without %");
            }
            return Double.parseDouble(number);
        }
        PercentOfBaseline.ambiguity(number, percentSign).ifPresent(why -> {
            throw new IllegalArgumentException("gives " + metric.key() + " " + number + ", which " + why);
        });
        return PercentOfBaseline.fraction(number);
    }

    /** True if a run with this metric value meets the target (NaN: no shortfall, taken as +∞). */
    public boolean holds(double value) {
        double v = Double.isNaN(value) ? Double.POSITIVE_INFINITY : value;
        return switch (comparison) {
            case AT_LEAST -> v >= threshold;
            case AT_MOST -> v <= threshold;
            case ABOVE -> v > threshold;
            case BELOW -> v < threshold;
        };
    }

    @Override
    public String toString() {
        if (metric.percent()) {
            return metric.key() + comparison.symbol() + PercentOfBaseline.text(threshold);
        }
        return metric.key()
                + comparison.symbol()
                + (threshold == Math.rint(threshold) ? String.valueOf((long) threshold) : threshold);
    }
}
