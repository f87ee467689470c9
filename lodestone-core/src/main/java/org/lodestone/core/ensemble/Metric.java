package org.lodestone.core.ensemble;

import java.util.Arrays;
import java.util.Optional;
import org.lodestone.core.shortfall.ShortfallMetrics;
import org.lodestone.core.shortfall.UnitOutcome;

/**
 * The stress-test metrics an ensemble summarises per reporting unit (docs/stress-test.md), by the
 * names used on the command line ({@code --metric}, {@code --target}).
 */
public enum Metric {
    /** Σ x / Σ X0 of the final commodity over the days run, a fraction (1 = the whole baseline). */
    COMPUTE_DELIVERED("compute-delivered", "fraction"),
    /** The first day below 99.9% of baseline; members without a shortfall have no value. */
    FIRST_SHORTFALL_DAY("first-shortfall-day", "day"),
    /** The lowest daily output relative to baseline, a fraction. */
    COMPUTE_DEEPEST("compute-deepest", "fraction"),
    /** Days from the first shortfall to lasting recovery; members that do not recover (or never fall short) have no value. */
    RECOVERY_DAYS("recovery-days", "days"),
    /** Days of baseline output lost by the most-hit commodity of the unit (0 when nothing fell short). */
    MOST_HIT_LOST_DAYS("most-hit-lost-days", "days"),
    /**
     * Value added lost by the unit's valued final measures over the days run, US dollars of the
     * layout's price year ({@link EnsembleLayout#unitOf}); the coalition's is its members' sum;
     * units without a valued measure have no value.
     */
    VALUE_ADDED_LOST("value-added-lost", "USD"),
    /**
     * Gross output lost by the same measures (units not delivered × value per unit, no value-added
     * share), US dollars of the layout's price year; shown beside value added, never added to it.
     */
    GROSS_OUTPUT_LOST("gross-output-lost", "USD");

    private final String key;
    private final String unit;

    Metric(String key, String unit) {
        this.key = key;
        this.unit = unit;
    }

    /** The name on the command line and in files, e.g. {@code compute-delivered}. */
    public String key() {
        return key;
    }

    /** What the values measure: {@code fraction}, {@code day}, {@code days} or {@code USD}. */
    public String unit() {
        return unit;
    }

    /** True for the metrics of the final commodity, which exist only for units that have a node of it. */
    public boolean needsFinalNodes() {
        return this != MOST_HIT_LOST_DAYS && !money();
    }

    /**
     * True for the shares of baseline ({@code compute-delivered}, {@code compute-deepest}): fractions
     * here, percent of baseline in every file, page and target a person reads or types.
     */
    public boolean percent() {
        return this == COMPUTE_DELIVERED || this == COMPUTE_DEEPEST;
    }

    /** A value as files and pages show it: a share of baseline in percent (0.9 → 90), any other value unchanged. */
    public double shown(double value) {
        return percent() ? 100 * value : value;
    }

    /** True for the metrics in US dollars of the layout's price year. */
    public boolean money() {
        return this == VALUE_ADDED_LOST || this == GROSS_OUTPUT_LOST;
    }

    /** The metric with this key. */
    public static Optional<Metric> of(String key) {
        return Arrays.stream(values()).filter(m -> m.key.equals(key)).findFirst();
    }

    /** The keys, in declaration order. */
    public static String[] keys() {
        return Arrays.stream(values()).map(Metric::key).toArray(String[]::new);
    }

    /** The metric's value for one unit's outcome, NaN when it has none. */
    public double of(UnitOutcome outcome) {
        if (this == MOST_HIT_LOST_DAYS) {
            return outcome.mostHit().map(UnitOutcome.Loss::lostDays).orElse(0.0);
        }
        if (this == VALUE_ADDED_LOST) {
            return outcome.valueAddedLostUsd();
        }
        if (this == GROSS_OUTPUT_LOST) {
            return outcome.grossOutputLostUsd();
        }
        if (outcome.compute().isEmpty()) {
            return Double.NaN;
        }
        ShortfallMetrics m = outcome.compute().get();
        return switch (this) {
            case COMPUTE_DELIVERED -> m.delivered();
            case FIRST_SHORTFALL_DAY ->
                m.firstShortfallDay().isPresent() ? m.firstShortfallDay().getAsInt() : Double.NaN;
            case COMPUTE_DEEPEST -> m.deepest();
            default -> m.recoveryDays().isPresent() ? m.recoveryDays().getAsInt() : Double.NaN;
        };
    }
}
