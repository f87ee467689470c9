package org.lodestone.spark;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import org.apache.spark.SparkConf;
import org.apache.spark.api.java.JavaSparkContext;
import org.lodestone.core.ensemble.EnsembleSummary;
import org.lodestone.core.ensemble.MemberDesign;
import org.lodestone.core.ensemble.MonteCarloDesign;
import org.lodestone.core.sensitivity.SensitivityDesign;
import org.lodestone.core.uncertainty.Uncertainty;
import org.lodestone.io.problem.InputException;
import org.lodestone.io.problem.Problem;
import org.lodestone.io.run.SummaryArchive;
import org.lodestone.io.scenario.ScenarioReader;

/**
 * The Spark job of {@code lodestone ensemble}: runs a scenario's Monte Carlo ensemble on a cluster
 * (or locally) and writes the merged summary, which {@code lodestone ensemble SCENARIO --summary FILE
 * --out DIR} turns into the report (docs/spark.md).
 *
 * <pre>
 * spark-submit --class org.lodestone.spark.EnsembleJob lodestone-spark.jar SCENARIO --runs N --summary FILE
 *     [--from K] [--seed S] [--coalition C] [--date YYYY-MM-DD] [--partitions P] [--master URL]
 * </pre>
 *
 * {@code --from K} runs members K to K + N − 1: jobs given disjoint ranges (and the same seed) make
 * summaries that {@code lodestone ensemble --summary A,B,...} combines into the whole ensemble.
 * {@code --samples N} runs the Saltelli design of {@code lodestone sensitivity} with N base samples
 * instead of a Monte Carlo ensemble.
 *
 * <pre>
 * </pre>
 *
 * Exit code 2 on bad input (each problem on standard error), 0 when the summary is written.
 */
public final class EnsembleJob {

    private EnsembleJob() {}

    public static void main(String[] args) {
        try {
            run(options(args));
        } catch (InputException e) {
            e.problems().stream().map(Problem::format).forEach(System.err::println);
            System.exit(2);
        } catch (IllegalArgumentException e) {
            System.err.println("lodestone-spark: " + e.getMessage());
            System.exit(2);
        }
    }

    private static void run(Map<String, String> o) {
        String scenario = o.get("scenario");
        Uncertainty uncertainty =
                ScenarioReader.read(Path.of(scenario)).scenario().uncertainty();
        if (o.containsKey("--seed")) {
            uncertainty = uncertainty.withSeed(Long.parseLong(o.get("--seed")));
        }
        long runs = o.containsKey("--runs") ? Long.parseLong(o.get("--runs")) : uncertainty.runs();
        long from = o.containsKey("--from") ? Long.parseLong(o.get("--from")) : 0;
        MemberJob job = MemberJob.of(
                scenario,
                Optional.ofNullable(o.get("--coalition")),
                o.containsKey("--date") ? LocalDate.parse(o.get("--date")) : LocalDate.now(),
                uncertainty.paths());
        MemberContext.of(job);
        SparkConf conf = new SparkConf().setAppName("lodestone ensemble " + scenario);
        if (o.containsKey("--master")) {
            conf.setMaster(o.get("--master"));
        }
        try (JavaSparkContext sc = new JavaSparkContext(conf)) {
            int partitions = o.containsKey("--partitions")
                    ? Integer.parseInt(o.get("--partitions"))
                    : 4 * sc.defaultParallelism();
            long started = System.nanoTime();
            MemberDesign design = o.containsKey("--samples")
                    ? new SensitivityDesign(uncertainty, Integer.parseInt(o.get("--samples")))
                    : new MonteCarloDesign(uncertainty, from + runs);
            long to = o.containsKey("--samples") ? design.size() : from + runs;
            EnsembleSummary summary =
                    SparkMembers.run(sc, job, design, o.containsKey("--samples") ? 0 : from, to, partitions);
            double seconds = (System.nanoTime() - started) / 1e9;
            Map<String, String> header = new LinkedHashMap<>();
            header.put("scenario", scenario);
            header.put("scenario_hash", MemberContext.of(job).scenarioHash());
            header.put("seed", String.valueOf(uncertainty.seed()));
            header.put("design", o.containsKey("--samples") ? "sensitivity" : "monte-carlo");
            header.put("runs", String.valueOf(summary.members()));
            header.put("first_member", String.valueOf(from));
            header.put("engine", "spark");
            header.put("master", sc.master());
            header.put("partitions", String.valueOf(partitions));
            header.put("run_seconds", String.valueOf(seconds));
            new SummaryArchive(header, summary).write(Path.of(o.get("--summary")));
            System.out.printf(
                    Locale.ROOT,
                    "%s: %d members on Spark %s (%d partitions) in %.1f s, %.1f members/s; summary in %s%n",
                    scenario,
                    summary.members(),
                    sc.master(),
                    partitions,
                    seconds,
                    summary.members() / seconds,
                    o.get("--summary"));
        } catch (IOException e) {
            throw new UncheckedIOException("cannot write the summary " + o.get("--summary"), e);
        }
    }

    private static Map<String, String> options(String[] args) {
        JobOptions parsed = JobOptions.parse(
                args,
                List.of("--summary"),
                "EnsembleJob SCENARIO --summary FILE [--runs N] [--from K] [--samples N] "
                        + "[--seed S] [--coalition C] [--date YYYY-MM-DD] [--partitions P] [--master URL]");
        return parsed.asMap();
    }
}
