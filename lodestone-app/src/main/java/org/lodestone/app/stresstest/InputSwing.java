package org.lodestone.app.stresstest;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Objects;
import java.util.Optional;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import org.lodestone.app.report.InputNames;
import org.lodestone.app.run.ScenarioRuns;
import org.lodestone.app.run.Scope;
import org.lodestone.core.ensemble.EngineEvaluator;
import org.lodestone.core.ensemble.Metric;
import org.lodestone.core.scenario.Scenario;
import org.lodestone.core.shortfall.ReportingUnits;
import org.lodestone.core.uncertainty.Distribution;
import org.lodestone.core.uncertainty.Variation;

/**
 * A one-at-a-time swing of a scenario's uncertain inputs ({@code uncertainty.vary}): each input is
 * set to the low and then the high end of its distribution, every other input keeping the
 * scenario's value, and the coalition's delivered final commodity (AI compute) is read from both
 * runs. The input whose two runs differ most is the biggest uncertainty the brief names. Low and
 * high are the distribution's bounds, or its 5th and 95th percentiles when a bound is infinite.
 * Costs two runs per input, spread over the stress test's threads; this is the tornado's sweep
 * without the variance-based indices of {@code lodestone sensitivity}.
 *
 * @param scenario the scenario swung
 * @param inputs   one swing per varied input, widest first
 */
public record InputSwing(String scenario, List<Swing> inputs) {

    /** Percentile used for an infinite bound, and its mirror. */
    static final double TAIL = 0.05;

    /**
     * One input's swing.
     *
     * @param path  the input's path in the scenario ({@code events[0].duration})
     * @param name  its name with its unit ({@code closure duration, days})
     * @param low   the low value run
     * @param high  the high value run
     * @param atLow the coalition's delivered final commodity at {@code low}, fraction of baseline
     * @param atHigh the same at {@code high}
     */
    public record Swing(String path, String name, double low, double high, double atLow, double atHigh) {

        /** The difference between the two runs, percentage points of baseline. */
        public double points() {
            return Math.abs(atHigh - atLow) * 100;
        }
    }

    public InputSwing {
        Objects.requireNonNull(scenario, "scenario");
        inputs = List.copyOf(inputs);
    }

    /** The swing of {@code s}'s varied inputs, empty when it varies none; runs on {@code threads} threads. */
    static Optional<InputSwing> of(Scope scope, ScenarioResult s, int threads) {
        Scenario scenario = s.entry().scenario();
        List<Variation> vary = scenario.uncertainty().vary();
        if (vary.isEmpty()) {
            return Optional.empty();
        }
        ReportingUnits units = scope.reportingUnits();
        EngineEvaluator.Binder binder =
                ScenarioRuns.members(s.entry().located(), scope.table(), Optional.of(scope.dataset()));
        ExecutorService pool = Executors.newFixedThreadPool(Math.max(1, Math.min(threads, 2 * vary.size())));
        try {
            List<Future<Double>> runs = new ArrayList<>();
            for (Variation v : vary) {
                EngineEvaluator evaluator = new EngineEvaluator(scenario, List.of(v.path()), units, binder);
                for (double value : ends(v.distribution())) {
                    runs.add(pool.submit(() -> Metric.COMPUTE_DELIVERED.of(
                            evaluator.evaluate(0, new double[] {value}).units().get(0))));
                }
            }
            return Optional.of(new InputSwing(s.entry().name(), swings(scenario, runs)));
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new IllegalStateException(
                    "interrupted while swinging the inputs of " + s.entry().name(), e);
        } catch (ExecutionException e) {
            throw new IllegalStateException(
                    "a swing run of " + s.entry().name() + " failed: "
                            + e.getCause().getMessage(),
                    e.getCause());
        } finally {
            pool.shutdownNow();
        }
    }

    /** The swings from the runs, two per input in {@code uncertainty.vary} order, widest first. */
    private static List<Swing> swings(Scenario scenario, List<Future<Double>> runs)
            throws InterruptedException, ExecutionException {
        List<Variation> vary = scenario.uncertainty().vary();
        List<Swing> swings = new ArrayList<>();
        for (int i = 0; i < vary.size(); i++) {
            Variation v = vary.get(i);
            double[] ends = ends(v.distribution());
            swings.add(new Swing(
                    v.path(),
                    InputNames.of(scenario, v.path()),
                    ends[0],
                    ends[1],
                    runs.get(2 * i).get(),
                    runs.get(2 * i + 1).get()));
        }
        swings.sort(Comparator.comparingDouble(Swing::points).reversed());
        return swings;
    }

    /** The low and high values run: the bounds, or the tail percentiles where a bound is infinite. */
    static double[] ends(Distribution d) {
        double low = Double.isFinite(d.min()) ? d.min() : d.quantile(TAIL);
        double high = Double.isFinite(d.max()) ? d.max() : d.quantile(1 - TAIL);
        return new double[] {low, high};
    }
}
