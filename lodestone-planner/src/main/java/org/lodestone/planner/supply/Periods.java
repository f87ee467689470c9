package org.lodestone.planner.supply;

/**
 * The periods of a time-expanded model: days {@code [start(t), start(t) + length(t))} of a
 * horizon cut into periods of equal length, the last one possibly shorter.
 */
public record Periods(int horizon, int periodDays) {

    public Periods {
        if (horizon < 1 || periodDays < 1) {
            throw new IllegalArgumentException(
                    "horizon and period must be >= 1 day, were " + horizon + ", " + periodDays);
        }
    }

    /** Number of periods. */
    public int count() {
        return (horizon + periodDays - 1) / periodDays;
    }

    /** First day of period {@code t}. */
    public int start(int t) {
        return t * periodDays;
    }

    /** Days in period {@code t}. */
    public int length(int t) {
        return Math.min(periodDays, horizon - start(t));
    }
}
