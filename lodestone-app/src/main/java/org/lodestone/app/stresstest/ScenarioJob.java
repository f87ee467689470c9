package org.lodestone.app.stresstest;

import java.nio.file.Path;
import java.time.LocalDate;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.lodestone.app.exposure.ExposureReport;
import org.lodestone.app.exposure.ExposureUseCase;
import org.lodestone.app.run.RunSeries;
import org.lodestone.app.run.Scope;
import org.lodestone.core.ario.StepListener;

/**
 * One scenario analysed as the stress test analyses each of its scenarios, for the server: the
 * summary document of {@code summary.json} and the lines of the report's charts as named series,
 * with every step passed to a listener (progress events).
 */
public final class ScenarioJob {

    /** Prefix of the series of delivered AI compute, followed by a region code or the coalition id. */
    public static final String COMPUTE = "compute:";
    /** Prefix of a most-hit commodity's series: {@code commodity:ID:LABEL}. */
    public static final String COMMODITY = "commodity:";

    private ScenarioJob() {}

    /**
     * @param dataset   the dataset reference to load (the scenario's own, or where a stored one was written)
     * @param coalition the scenario's coalition, or the dataset's default when empty
     * @param date      the membership date
     * @param steps     receives every step
     * @return the stress test's {@code summary.json} for this one scenario, and its
     *         {@code compute:REGION} and {@code commodity:ID:LABEL} lines, relative to baseline per day
     * @throws org.lodestone.io.problem.InputException if the dataset, coalition or scenario is bad
     */
    public static RunSeries run(
            ScenarioEntry entry,
            String dataset,
            Optional<String> coalition,
            LocalDate date,
            StepListener steps,
            String version) {
        long started = System.nanoTime();
        Scope scope = Scope.load(dataset, coalition.or(() -> entry.scenario().coalition()), date);
        ExposureReport exposure =
                ExposureUseCase.run(dataset, Optional.of(scope.coalition().id()), date);
        List<ScenarioResult> results = ScenarioRunner.run(scope, List.of(entry), 1, Progress.forwarding(steps));
        StressTestResult result = new StressTestResult(
                scope, results, exposure, version, Path.of("."), (System.nanoTime() - started) / 1e9);
        Map<String, double[]> series = new LinkedHashMap<>();
        ScenarioResult run = results.get(0);
        for (RegionOutcome region : run.regions()) {
            if (region.finalSeries().length > 0) {
                series.put(COMPUTE + region.region(), region.finalSeries());
            }
        }
        for (ScenarioResult.CommodityLines lines : run.mostHit()) {
            for (Line line : lines.lines()) {
                series.put(COMMODITY + lines.loss().commodity().id().value() + ":" + line.label(), line.values());
            }
        }
        return new RunSeries(SummaryFiles.json(result), series);
    }
}
