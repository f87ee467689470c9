package org.lodestone.app.stresstest;

import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import org.lodestone.app.run.EngineThreads;
import org.lodestone.app.run.ScenarioRun;
import org.lodestone.app.run.ScenarioRuns;
import org.lodestone.app.run.Scope;
import org.lodestone.core.shortfall.ShortfallRecorder;
import org.lodestone.io.problem.InputException;

/**
 * Binds every scenario to the shared table (all binding problems reported together, before any
 * run), then runs them on a pool of threads ({@link EngineThreads}): each run is independent and
 * has its own model, since scenarios may set different parameters.
 */
final class ScenarioRunner {

    private ScenarioRunner() {}

    /**
     * @param threads  threads for the runs and their engines (≥ 1)
     * @param progress shown while running
     * @throws InputException with every binding problem of every scenario
     */
    static List<ScenarioResult> run(Scope scope, List<ScenarioEntry> entries, int threads, Progress progress) {
        List<ScenarioRun> bound = ScenarioRuns.bindAll(
                entries.stream().map(ScenarioEntry::located).toList(),
                scope.table(),
                Optional.of(scope.dataset()),
                threads);
        ExecutorService pool = Executors.newFixedThreadPool(EngineThreads.concurrentRuns(threads, entries.size()));
        try {
            List<Future<ScenarioResult>> futures = new ArrayList<>();
            for (int n = 0; n < entries.size(); n++) {
                ScenarioEntry entry = entries.get(n);
                ScenarioRun run = bound.get(n);
                futures.add(pool.submit(() -> runOne(scope, entry, run, progress)));
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

    private static ScenarioResult runOne(Scope scope, ScenarioEntry entry, ScenarioRun run, Progress progress) {
        OutputRecorder output = new OutputRecorder();
        ShortfallRecorder shortfalls =
                new ShortfallRecorder(scope.reportingUnits(), entry.scenario().horizon());
        StockOutDays stockOuts = new StockOutDays(scope.table());
        ScenarioRun.Finished finished = run.run(output.andThen(shortfalls).andThen(progress.listener()), stockOuts);
        return ScenarioAnalysis.analyse(scope, entry, finished, output, shortfalls, stockOuts);
    }
}
