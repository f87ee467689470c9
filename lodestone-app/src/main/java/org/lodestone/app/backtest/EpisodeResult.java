package org.lodestone.app.backtest;

import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;
import org.lodestone.core.backtest.BacktestScore;
import org.lodestone.core.backtest.MetricScore;
import org.lodestone.io.backtest.Episode;

/**
 * One episode replayed: each metric scored, and the simulated path of every metric's nodes.
 *
 * @param episode the episode as read
 * @param notRun  why the episode was not run (the dataset lacks a commodity it requires); empty when it ran
 * @param scores  one per metric, in file order
 * @param paths   metric id → output of its nodes, or its flow, relative to baseline per day run (scored metrics only)
 * @param steps   days the engine ran (0 when not run)
 */
public record EpisodeResult(
        Episode episode, Optional<String> notRun, List<MetricScore> scores, Map<String, double[]> paths, int steps) {

    public EpisodeResult {
        Objects.requireNonNull(episode, "episode");
        Objects.requireNonNull(notRun, "notRun");
        scores = List.copyOf(scores);
        paths = Map.copyOf(paths);
    }

    /** This episode's score. */
    public BacktestScore score() {
        return BacktestScore.of(scores);
    }
}
