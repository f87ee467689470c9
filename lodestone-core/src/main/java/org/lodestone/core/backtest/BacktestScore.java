package org.lodestone.core.backtest;

import java.util.List;

/**
 * The track record in one line: how many scored metrics fall inside their bands.
 *
 * @param inside    scored metrics inside their bands
 * @param scored    metrics the model could compute
 * @param notScored metrics it cannot compute yet (not counted in {@code scored})
 */
public record BacktestScore(int inside, int scored, int notScored) {

    public BacktestScore {
        if (inside < 0 || scored < inside || notScored < 0) {
            throw new IllegalArgumentException("score " + inside + " of " + scored + " (" + notScored
                    + " not scored) is not 0 <= inside <= scored");
        }
    }

    /** The score of {@code scores}. */
    public static BacktestScore of(List<MetricScore> scores) {
        int inside = 0;
        int scored = 0;
        int notScored = 0;
        for (MetricScore s : scores) {
            switch (s.verdict()) {
                case INSIDE -> {
                    inside++;
                    scored++;
                }
                case OUTSIDE -> scored++;
                case NOT_SCORED -> notScored++;
            }
        }
        return new BacktestScore(inside, scored, notScored);
    }

    /** {@code 5 of 7 metrics inside their bands (12 not scored yet)}. */
    public String line() {
        String line = inside + " of " + scored + " metrics inside their bands";
        return notScored == 0 ? line : line + " (" + notScored + " not scored yet)";
    }
}
