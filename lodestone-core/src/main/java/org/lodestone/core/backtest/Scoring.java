package org.lodestone.core.backtest;

import java.util.Arrays;
import org.lodestone.core.shortfall.ShortfallMetrics;

/**
 * Computes a metric's simulated value from a daily series relative to its baseline (day 0 the
 * scenario's start): the output of its nodes (Σ x / Σ X0), or for flows what the flow delivered
 * over what it delivered before the episode ({@link org.lodestone.core.ario.FlowDelivered}); and
 * scores it against the observed band:
 *
 * <ul>
 *   <li>node output: 100 · the mean of the series over the period's days, % of baseline;
 *   <li>first stock-out day: the first day of the period on which output falls short
 *       ({@link ShortfallMetrics#TOLERANCE} below baseline, as the stress test counts it); +∞
 *       when it never does;
 *   <li>days to recover: {@link ShortfallMetrics} recovery over the period's days; 0 without a
 *       shortfall, +∞ when output is still short on the period's last day;
 *   <li>flow: 100 · the mean of the flow's series over the period's days, % of baseline;
 *   <li>share blocked: 100 minus that, at least 0: the share of the baseline that did not move.
 * </ul>
 *
 * Linear in the period's length; pure.
 */
public final class Scoring {

    private Scoring() {}

    /**
     * @param relative output (or, for flows, the flow) relative to baseline per day run; may be
     *                 shorter than the period when the run stopped early
     */
    public static MetricScore score(ObservedMetric metric, double[] relative) {
        if (relative.length <= metric.fromDay()) {
            return MetricScore.notScored(
                    metric, "the run stopped on day " + relative.length + ", before the period began");
        }
        double[] period = Arrays.copyOfRange(relative, metric.fromDay(), Math.min(relative.length, metric.toDay() + 1));
        return MetricScore.of(metric, simulated(metric, period));
    }

    private static double simulated(ObservedMetric metric, double[] period) {
        ShortfallMetrics shortfall = ShortfallMetrics.of(period);
        return switch (metric.kind()) {
            case NODE_OUTPUT, FLOW -> 100 * Arrays.stream(period).average().orElseThrow();
            case SHARE_BLOCKED ->
                Math.max(0, 100 - 100 * Arrays.stream(period).average().orElseThrow());
            case FIRST_STOCKOUT_DAY ->
                shortfall.firstShortfallDay().isPresent()
                        ? metric.fromDay() + shortfall.firstShortfallDay().getAsInt()
                        : Double.POSITIVE_INFINITY;
            case DAYS_TO_RECOVER -> {
                if (shortfall.firstShortfallDay().isEmpty()) {
                    yield 0;
                }
                yield shortfall.recoveryDays().isPresent()
                        ? shortfall.recoveryDays().getAsInt()
                        : Double.POSITIVE_INFINITY;
            }
        };
    }
}
