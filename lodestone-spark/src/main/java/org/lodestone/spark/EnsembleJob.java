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
        SparkConf conf = JobJar.conf("lodestone ensemble " + scenario, Optional.ofNullable(o.get("--master")));
        try (JavaSparkContext sc = new JavaSparkContext(conf)) {
            int partitions = o.containsKey("--partitions")
                    ? Integer.parseInt(o.get("--partitions"))
                    : 4 * sc.defaultParallelism();
            long started = System.nanoTime();
            boolean sensitivity = o.containsKey("--samples");
            MemberDesign design = sensitivity
                    ? new SensitivityDesign(uncertainty, Integer.parseInt(o.get("--samples")))
                    : new MonteCarloDesign(uncertainty, from + runs);
            long first = sensitivity ? 0 : from;
            EnsembleSummary summary =
                    SparkMembers.run(sc, job, design, first, sensitivity ? design.size() : from + runs, partitions);
            double seconds = (System.nanoTime() - started) / 1e9;
            SparkCluster cluster = SparkCluster.of(sc);
            Map<String, String> header = header(job, uncertainty.seed(), sensitivity, first, summary, cluster);
            header.put("partitions", String.valueOf(partitions));
            header.put("run_seconds", String.valueOf(seconds));
            new SummaryArchive(header, summary).write(Path.of(o.get("--summary")));
            System.out.printf(
                    Locale.ROOT,
                    "%s: %d members on Spark %s (%d executors, %d cores, %d partitions) in %.1f s, %.1f members/s;"
                            + " summary in %s%n",
                    scenario,
                    summary.members(),
                    cluster.master(),
                    cluster.executors(),
                    cluster.cores(),
                    partitions,
                    seconds,
                    summary.members() / seconds,
                    o.get("--summary"));
        } catch (IOException e) {
            throw new UncheckedIOException("cannot write the summary " + o.get("--summary"), e);
        }
    }

    /**
     * How a summary was made, as its file records it: what {@code lodestone ensemble --summary}
     * checks (scenario and its SHA-256, dataset, coalition, date, seed, design, members) and what its
     * report states (the cluster).
     */
    static Map<String, String> header(
            MemberJob job, long seed, boolean sensitivity, long first, EnsembleSummary summary, SparkCluster cluster) {
        MemberContext context = MemberContext.of(job);
        Map<String, String> header = new LinkedHashMap<>();
        header.put(SummaryArchive.SCENARIO, job.scenario());
        header.put(SummaryArchive.SCENARIO_HASH, context.scenarioHash());
        header.put(SummaryArchive.DATASET, context.dataset());
        header.put(SummaryArchive.COALITION, context.coalition());
        header.put(SummaryArchive.DATE, job.date().toString());
        header.put(SummaryArchive.SEED, String.valueOf(seed));
        header.put("design", sensitivity ? "sensitivity" : "monte-carlo");
        header.put("runs", String.valueOf(summary.members()));
        header.put("first_member", String.valueOf(first));
        header.put("engine", "spark");
        header.putAll(cluster.header());
        return header;
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
