package org.lodestone.app.backtest;

import java.nio.file.Path;
import java.util.List;
import java.util.Objects;
import org.lodestone.core.backtest.BacktestScore;

/**
 * Every episode replayed, and where the page was written.
 *
 * @param episodes one per episode, in the order asked
 * @param out      the folder written (absolute)
 * @param seconds  wall time of the whole backtest
 */
public record BacktestResult(List<EpisodeResult> episodes, Path out, double seconds) {

    public BacktestResult {
        episodes = List.copyOf(episodes);
        Objects.requireNonNull(out, "out");
    }

    /** The score over every episode. */
    public BacktestScore score() {
        return BacktestScore.of(
                episodes.stream().flatMap(e -> e.scores().stream()).toList());
    }
}
