package org.lodestone.core.shock;

import java.util.Locale;
import java.util.Objects;

/**
 * A number an event carries: its key in scenario files, whether it is a whole number, its valid
 * range and its unit. The constants below are the one definition of each event number: the
 * scenario reader range-checks with them, the event records validate with them, and
 * {@code ScenarioFields} gives them as the paths an uncertainty block varies.
 *
 * <p>The lower end may be open or closed; the upper end is closed when finite, and an infinite
 * upper end means "no bound" (the value itself must still be finite).
 *
 * @param key     key within the event, with nested keys joined by dots ({@code licensing.delay-days})
 * @param whole   true for whole numbers (steps, days)
 * @param min     smallest valid value
 * @param minOpen true when {@code min} itself is not valid
 * @param max     largest valid value, or {@code +inf} when unbounded
 * @param unit    what the number counts, in words
 */
public record EventField(String key, boolean whole, double min, boolean minOpen, double max, String unit) {

    private static final double INF = Double.POSITIVE_INFINITY;

    /** First step of the event (a date in files with a start date). */
    public static final EventField START = whole("start", 1, "step");
    /** Steps the event lasts before recovery or rebuilding starts. */
    public static final EventField DURATION = whole("duration", 1, "steps");
    /** Share of a node's production capacity, or of its capital, lost. */
    public static final EventField FRACTION = new EventField("fraction", false, 0, true, 1, "share");
    /** Recovery time along the curve. */
    public static final EventField RECOVERY_TAU = new EventField("recovery.tau", false, 1, false, INF, "steps");
    /** Rebuild time: each step asks for 1/τ of what is missing. */
    public static final EventField REBUILD_TAU = whole("rebuild.tau", 1, "steps");
    /** Rebuilding factor (1 = rebuild exactly what was destroyed). */
    public static final EventField REBUILD_FACTOR = new EventField("rebuild.factor", false, 0, true, INF, "ratio");
    /** Share of the controlled or crossing volume blocked. */
    public static final EventField SHARE_BLOCKED = new EventField("share-blocked", false, 0, false, 1, "share");
    /** Share of the blocked volume licensed after the delay. */
    public static final EventField APPROVAL_RATE =
            new EventField("licensing.approval-rate", false, 0, false, 1, "share");
    /** Days before licences are approved. */
    public static final EventField LICENSING_DELAY = whole("licensing.delay-days", 0, "days");
    /** Recipe tiers below the controlled commodity that an export control with content reach covers. */
    public static final EventField DEPTH = whole("depth", 1, "recipe tiers");
    /** Extra transit days through a slowed chokepoint. */
    public static final EventField DELAY_DAYS = whole("delay-days", 0, "days");
    /** Multiplier of final demand. */
    public static final EventField FACTOR = new EventField("factor", false, 0, false, INF, "ratio");
    /** Units of a commodity released per day. */
    public static final EventField RATE = new EventField("rate", false, 0, true, INF, "commodity units per day");

    public EventField {
        Objects.requireNonNull(key, "key");
        Objects.requireNonNull(unit, "unit");
        if (!(min < max)) {
            throw new IllegalArgumentException("field " + key + " has an empty range");
        }
    }

    /**
     * The approval rate of one target region or end use ({@code licensing.by-target.USA},
     * {@code licensing.by-end-use.defence-system}): a share of the blocked volume, as
     * {@link #APPROVAL_RATE}.
     *
     * @param group {@code by-target} or {@code by-end-use}
     * @param name  the region code or end-use commodity
     */
    public static EventField approvalFor(String group, String name) {
        return new EventField("licensing." + group + "." + name, false, 0, false, 1, "share");
    }

    private static EventField whole(String key, double min, String unit) {
        return new EventField(key, true, min, false, INF, unit);
    }

    /** The last part of the key: what the file writes inside the enclosing map. */
    public String leaf() {
        return key.substring(key.lastIndexOf('.') + 1);
    }

    /** True if {@code value} is finite, in range and (for whole fields) a whole number. */
    public boolean allows(double value) {
        return Double.isFinite(value)
                && (minOpen ? value > min : value >= min)
                && value <= max
                && (!whole || value == Math.rint(value));
    }

    /**
     * Returns {@code value} if the field allows it.
     *
     * @throws IllegalArgumentException naming the key, the range and the value otherwise
     */
    public double check(double value) {
        if (!allows(value)) {
            throw new IllegalArgumentException(
                    key + " must be " + range() + ", was " + (whole && allowsWholeText(value) ? number(value) : value));
        }
        return value;
    }

    /** The valid range in words, e.g. {@code in (0, 1]}, {@code a whole number >= 1}. */
    public String range() {
        String low = (minOpen ? "> " : ">= ") + number(min);
        if (whole) {
            return "a whole number " + low;
        }
        return Double.isInfinite(max)
                ? "a number " + low
                : "in " + (minOpen ? "(" : "[") + number(min) + ", " + number(max) + "]";
    }

    private static boolean allowsWholeText(double v) {
        return Double.isFinite(v) && v == Math.rint(v);
    }

    private static String number(double v) {
        return Double.isFinite(v) && v == Math.rint(v) && Math.abs(v) < 1e15
                ? String.valueOf((long) v)
                : String.format(Locale.ROOT, "%s", v);
    }
}
