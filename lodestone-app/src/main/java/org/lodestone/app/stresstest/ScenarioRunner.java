package org.lodestone.app.stresstest;

import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import org.lodestone.core.ario.ArioRun;
import org.lodestone.core.ario.RunOutcome;
import org.lodestone.core.shortfall.ShortfallRecorder;
import org.lodestone.io.problem.InputException;
import org.lodestone.io.problem.Problem;
import org.lodestone.io.scenario.ScenarioBinder;

/**
 * Binds every scenario to the shared table (all binding problems reported together, before any
 * run), then runs them on a pool of threads: each run is independent and builds its own model,
 * since scenarios may set different parameters.
 */
final class ScenarioRunner {

    private ScenarioRunner() {}

    /**
     * @param threads  scenarios run at once (≥ 1)
     * @param progress shown while running
     * @throws InputException with every binding problem of every scenario
     */
    static List<ScenarioResult> run(Scope scope, List<ScenarioEntry> entries, int threads, Progress progress) {
        List<ScenarioBinder.Bound> bound =
                bind(scope, entries, Math.max(1, threads / Math.min(threads, entries.size())));
        ExecutorService pool = Executors.newFixedThreadPool(Math.min(threads, entries.size()));
        try {
            List<Future<ScenarioResult>> futures = new ArrayList<>();
            for (int n = 0; n < entries.size(); n++) {
                ScenarioEntry entry = entries.get(n);
                ScenarioBinder.Bound b = bound.get(n);
                futures.add(pool.submit(() -> runOne(scope, entry, b, progress)));
            }
            List<ScenarioResult> results = new ArrayList<>();
            for (Future<ScenarioResult> f : futures) {
                results.add(f.get());
            }
            return results;
        } catch (ExecutionException e) {
            throw e.getCause() instanceof RuntimeException r
                    ? r
                    : new IllegalStateException("a scenario run failed", e.getCause());
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new IllegalStateException("interrupted while running scenarios", e);
        } finally {
            pool.shutdownNow();
        }
    }

    private static List<ScenarioBinder.Bound> bind(Scope scope, List<ScenarioEntry> entries, int engineThreads) {
        List<Problem> problems = new ArrayList<>();
        List<ScenarioBinder.Bound> bound = new ArrayList<>();
        for (ScenarioEntry entry : entries) {
            try {
                bound.add(ScenarioBinder.bind(
                        entry.located(),
                        scope.table(),
                        entry.scenario().model().withThreads(engineThreads),
                        Optional.of(scope.dataset())));
            } catch (InputException e) {
                problems.addAll(e.problems());
            }
        }
        if (!problems.isEmpty()) {
            throw new InputException(problems);
        }
        return bound;
    }

    private static ScenarioResult runOne(
            Scope scope, ScenarioEntry entry, ScenarioBinder.Bound bound, Progress progress) {
        long started = System.nanoTime();
        OutputRecorder output = new OutputRecorder();
        ShortfallRecorder shortfalls =
                new ShortfallRecorder(scope.reportingUnits(), entry.scenario().horizon());
        RunOutcome outcome = new ArioRun(bound.model(), bound.events())
                .run(entry.scenario().horizon(), output.andThen(shortfalls).andThen(progress.listener()));
        return ScenarioAnalysis.analyse(scope, entry, outcome, (System.nanoTime() - started) / 1e9, output, shortfalls);
    }
}
