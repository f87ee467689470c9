package org.lodestone.app.backtest;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.TreeSet;
import org.lodestone.app.run.ScenarioRun;
import org.lodestone.app.run.ScenarioRuns;
import org.lodestone.app.run.TableSource;
import org.lodestone.core.ario.FlowWatch;
import org.lodestone.core.ario.StepListener;
import org.lodestone.core.backtest.MetricScore;
import org.lodestone.core.backtest.ObservedMetric;
import org.lodestone.core.backtest.Scoring;
import org.lodestone.io.backtest.Episode;
import org.lodestone.io.problem.InputException;
import org.lodestone.io.problem.Problems;

/**
 * One episode prepared to run: its scenario bound to its dataset through the one run facade
 * ({@link ScenarioRuns}), and the nodes of each metric found; or, when the dataset lacks a
 * commodity the episode requires, the reason it cannot run.
 */
final class EpisodeRunner {

    private final Episode episode;
    private final Optional<String> notRun;
    private final ScenarioRun run;
    private final List<int[]> nodes;
    private final List<Optional<String>> lacking;
    private final List<List<FlowWatch>> flows;

    private EpisodeRunner(
            Episode episode,
            Optional<String> notRun,
            ScenarioRun run,
            List<int[]> nodes,
            List<Optional<String>> lacking,
            List<List<FlowWatch>> flows) {
        this.episode = episode;
        this.notRun = notRun;
        this.run = run;
        this.nodes = nodes;
        this.lacking = lacking;
        this.flows = flows;
    }

    /**
     * Binds the episode to {@code source}; binding and naming problems go to {@code problems}.
     *
     * @return empty when a problem was recorded
     */
    static Optional<EpisodeRunner> prepare(Episode episode, TableSource source, int threads, Problems problems) {
        Optional<String> notRun = lacks(episode.requires(), source);
        if (notRun.isPresent()) {
            return Optional.of(new EpisodeRunner(episode, notRun, null, List.of(), List.of(), List.of()));
        }
        int before = problems.all().size();
        ScenarioRun run = null;
        try {
            run = ScenarioRuns.bind(episode.scenario(), source, threads);
        } catch (InputException e) {
            e.problems().forEach(problems::add);
        }
        List<int[]> nodes = new ArrayList<>();
        List<Optional<String>> lacking = new ArrayList<>();
        List<List<FlowWatch>> flows = new ArrayList<>();
        for (Episode.Metric metric : episode.metrics()) {
            Optional<String> lacks = lacks(metric.needs(), source);
            nodes.add(lacks.isPresent() ? new int[0] : MetricNodes.of(metric, source.table(), problems));
            List<FlowWatch> watches =
                    lacks.isPresent() || !metric.observed().kind().isFlow()
                            ? List.of()
                            : FlowSeries.of(metric.observed(), source.table());
            if (lacks.isEmpty() && metric.observed().kind().isFlow() && watches.isEmpty()) {
                lacks = Optional.of("the dataset " + source.id() + " has no "
                        + metric.observed().commodity() + " made in "
                        + String.join(", ", metric.observed().regions()));
            }
            lacking.add(lacks);
            flows.add(watches);
        }
        return problems.all().size() > before
                ? Optional.empty()
                : Optional.of(new EpisodeRunner(episode, Optional.empty(), run, nodes, lacking, flows));
    }

    /** Why {@code commodities} cannot be measured on {@code source}: the ones it lacks; empty when it has all. */
    private static Optional<String> lacks(List<String> commodities, TableSource source) {
        TreeSet<String> missing = new TreeSet<>(commodities);
        missing.removeAll(source.table().sectors());
        return missing.isEmpty()
                ? Optional.empty()
                : Optional.of("the dataset " + source.id() + " lacks " + String.join(", ", missing));
    }

    /** Days this episode will run (0 when it cannot). */
    int steps() {
        return run == null ? 0 : run.scenario().horizon();
    }

    /** Runs the scenario and scores every metric; {@code progress} sees every step. */
    EpisodeResult run(StepListener progress) {
        if (notRun.isPresent()) {
            List<MetricScore> scores = episode.metrics().stream()
                    .map(m -> MetricScore.notScored(m.observed(), notRun.get()))
                    .toList();
            return new EpisodeResult(episode, notRun, scores, Map.of(), 0);
        }
        SeriesRecorder recorder = new SeriesRecorder(nodes);
        FlowSeries flowSeries = new FlowSeries(flows, steps());
        ScenarioRun.Finished finished = run.runWith(recorder.andThen(progress), flowSeries::subscribe);
        int days = finished.outcome().steps();
        List<MetricScore> scores = new ArrayList<>();
        Map<String, double[]> paths = new LinkedHashMap<>();
        for (int m = 0; m < nodes.size(); m++) {
            ObservedMetric metric = episode.metrics().get(m).observed();
            if (lacking.get(m).isPresent()) {
                scores.add(MetricScore.notScored(metric, lacking.get(m).get()));
                continue;
            }
            double[] path = metric.kind().isFlow() ? flowSeries.series(m, days) : recorder.series(m);
            scores.add(Scoring.score(metric, path));
            paths.put(metric.id(), path);
        }
        return new EpisodeResult(episode, Optional.empty(), scores, paths, days);
    }
}
