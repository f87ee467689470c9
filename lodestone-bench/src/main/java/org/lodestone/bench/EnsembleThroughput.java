package org.lodestone.bench;

import java.nio.file.Path;
import java.time.LocalDate;
import java.util.Arrays;
import java.util.Locale;
import java.util.Optional;
import org.lodestone.core.ario.ArioRun;
import org.lodestone.core.binding.BoundEvents;
import org.lodestone.core.coalition.Group;
import org.lodestone.core.ensemble.EngineEvaluator;
import org.lodestone.core.ensemble.EnsembleLayout;
import org.lodestone.core.ensemble.EnsembleRunner;
import org.lodestone.core.ensemble.EnsembleSummary;
import org.lodestone.core.ensemble.Metric;
import org.lodestone.core.ensemble.MonteCarloDesign;
import org.lodestone.core.model.Dataset;
import org.lodestone.core.mrio.DatasetTables;
import org.lodestone.core.mrio.IoTable;
import org.lodestone.core.scenario.Scenario;
import org.lodestone.core.shortfall.FinalCommodity;
import org.lodestone.core.shortfall.ReportingUnits;
import org.lodestone.core.uncertainty.Uncertainty;
import org.lodestone.io.dataset.DatasetLoader;
import org.lodestone.io.dataset.LoadedDataset;
import org.lodestone.io.scenario.LocatedScenario;
import org.lodestone.io.scenario.MemberBinding;
import org.lodestone.io.scenario.ScenarioReader;

/**
 * Ensemble members per second, measured the way {@code lodestone ensemble} runs them (the
 * scenario's uncertainty block, {@link EnsembleRunner} on a pool of threads, the stress-test
 * recorder on every member), without the report. A timing harness rather than a JMH benchmark:
 * the quantity asked for is the wall-clock time of a whole ensemble. Each thread count first runs
 * a warm-up ensemble (other member indices), then the timed one; the summaries of the timed runs
 * must be equal whatever the thread count, and the harness says so.
 *
 * <pre>
 * java -cp lodestone-bench/target/benchmarks.jar org.lodestone.bench.EnsembleThroughput \
 *      [SCENARIO (builtin:taiwan-strait-closure)] [MEMBERS (10000)] [THREADS (1,2)] [WARM-UP MEMBERS (1000)]
 * </pre>
 */
public final class EnsembleThroughput {

    private EnsembleThroughput() {}

    public static void main(String[] args) {
        String reference = args.length > 0 ? args[0] : "builtin:taiwan-strait-closure";
        int members = args.length > 1 ? Integer.parseInt(args[1]) : 10_000;
        int[] threads = args.length > 2
                ? Arrays.stream(args[2].split(",")).mapToInt(Integer::parseInt).toArray()
                : new int[] {1, 2};
        int warmUp = args.length > 3 ? Integer.parseInt(args[3]) : 1_000;
        LocatedScenario located = ScenarioReader.read(Path.of(reference));
        Scenario scenario = located.scenario();
        LoadedDataset loaded = DatasetLoader.load(scenario.dataset());
        Dataset dataset = loaded.dataset();
        IoTable table = DatasetTables.of(dataset, loaded.network());
        Group coalition = dataset.group(
                        scenario.coalition().orElse(dataset.info().defaultCoalition()))
                .orElseThrow();
        ReportingUnits units = ReportingUnits.of(
                table,
                coalition.id(),
                coalition.membersOn(scenario.start().orElse(LocalDate.now())).stream()
                        .map(r -> r.code())
                        .toList(),
                FinalCommodity.of(dataset).orElseThrow().value());
        Uncertainty uncertainty = scenario.uncertainty();
        MemberBinding binding = new MemberBinding(located, table, Optional.of(dataset));
        EngineEvaluator evaluator = new EngineEvaluator(scenario, uncertainty.paths(), units, member -> {
            BoundEvents bound = binding.bind(member);
            return new ArioRun(bound.model(), bound.events());
        });
        EnsembleLayout layout = EnsembleLayout.of(units, scenario.horizon(), uncertainty.paths());
        MonteCarloDesign design = new MonteCarloDesign(uncertainty, warmUp + members);
        System.out.printf(
                Locale.ROOT,
                "%s on %s (%d industries), %d inputs varied, horizon %d days, %d processors, Java %s%n",
                reference,
                dataset.info().id(),
                table.size(),
                uncertainty.vary().size(),
                scenario.horizon(),
                Runtime.getRuntime().availableProcessors(),
                System.getProperty("java.version"));
        EnsembleSummary first = null;
        for (int t : threads) {
            EnsembleRunner.run(layout, design, evaluator, members, members + warmUp, t, k -> {});
            long started = System.nanoTime();
            EnsembleSummary summary = EnsembleRunner.run(layout, design, evaluator, 0, members, t, k -> {});
            double seconds = (System.nanoTime() - started) / 1e9;
            System.out.printf(
                    Locale.ROOT,
                    "threads %d: %d members in %.1f s, %.1f members/s (coalition delivered P50 %.4f)%n",
                    t,
                    members,
                    seconds,
                    members / seconds,
                    summary.summary(0, Metric.COMPUTE_DELIVERED).p50());
            if (first == null) {
                first = summary;
            } else {
                System.out.println("  summary identical to the first thread count's: " + summary.equals(first));
            }
        }
    }
}
