package org.lodestone.app.sensitivity;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import org.lodestone.app.ensemble.Cluster;
import org.lodestone.app.ensemble.EnsembleRequest;
import org.lodestone.app.ensemble.MemberBatch;
import org.lodestone.app.ensemble.MemberSetup;
import org.lodestone.app.ensemble.SparkEngine;
import org.lodestone.core.ensemble.Metric;
import org.lodestone.core.ensemble.MetricValues;
import org.lodestone.core.sensitivity.SensitivityDesign;
import org.lodestone.core.sensitivity.SobolIndices;
import org.lodestone.core.uncertainty.Uncertainty;
import org.lodestone.io.problem.InputException;
import org.lodestone.io.problem.Problem;
import org.lodestone.io.run.OutputFolder;
import org.lodestone.io.run.SummaryArchive;

/**
 * {@code lodestone sensitivity}: runs a Saltelli design over the scenario's uncertain inputs,
 * estimates each input's first-order and total Sobol index on one metric, and writes them with a
 * tornado chart (docs/methods-uncertainty.md).
 */
public final class SensitivityUseCase {

    /** Metrics every run has a value of, which variance-based indices need. */
    static final List<Metric> METRICS = List.of(
            Metric.COMPUTE_DELIVERED, Metric.COMPUTE_DEEPEST, Metric.MOST_HIT_LOST_DAYS, Metric.VALUE_ADDED_LOST);

    private SensitivityUseCase() {}

    /**
     * @throws InputException for a bad scenario, metric or unit, or a scenario that varies nothing (before anything runs)
     * @throws IOException    if the report cannot be written
     */
    public static SensitivityResult run(SensitivityRequest request) throws IOException {
        Metric metric = metric(request.metric());
        MemberSetup setup = MemberSetup.load(request.scenario(), request.coalition(), request.date());
        Uncertainty uncertainty = setup.scenario().uncertainty();
        if (request.seed().isPresent()) {
            uncertainty = uncertainty.withSeed(request.seed().getAsLong());
        }
        if (uncertainty.vary().isEmpty()) {
            throw InputException.of(problem(
                    request.scenario(),
                    "uncertainty",
                    "",
                    "varies no input, so there is nothing to rank",
                    "an uncertainty block with vary: {path: distribution, ...}",
                    ""));
        }
        int u = MemberBatch.unit(setup, request.unit(), metric);
        SensitivityDesign design = new SensitivityDesign(uncertainty, request.samples());
        Optional<Cluster> cluster = Optional.empty();
        MemberBatch.Run run;
        if (request.engine() == EnsembleRequest.Engine.SPARK) {
            long started = System.nanoTime();
            SummaryArchive archive = onSpark(request, design);
            cluster = Cluster.of(archive.header());
            run = new MemberBatch.Run(archive.summary(), (System.nanoTime() - started) / 1e9);
        } else {
            run = MemberBatch.run(
                    setup, design, uncertainty.paths(), request.threads(), request.progress(), "sensitivity");
        }
        MetricValues values = run.summary().values(u, metric);
        double[] f = new double[(int) design.size()];
        for (int k = 0; k < f.length; k++) {
            f[k] = values.valueOf(k);
        }
        SobolIndices indices = SobolIndices.estimate(design.inputs(), design.samples(), f);
        int d = design.inputs();
        double[] low = new double[d];
        double[] high = new double[d];
        for (int i = 0; i < d; i++) {
            low[i] = f[(int) design.sweepStart() + 2 * i];
            high[i] = f[(int) design.sweepStart() + 2 * i + 1];
        }
        SensitivityResult result = new SensitivityResult(
                setup,
                design,
                metric,
                setup.units().units().get(u).label(),
                indices,
                low,
                high,
                f[f.length - 1],
                cluster.map(Cluster::cores).orElse(request.threads()),
                cluster.map(Cluster::describe)
                        .orElse(request.threads()
                                + (request.engine() == EnsembleRequest.Engine.SPARK
                                        ? " Spark tasks at once"
                                        : " threads")),
                run.seconds(),
                request.version(),
                request.out().toAbsolutePath().normalize());
        write(result);
        return result;
    }

    /** The design's runs on Spark in local mode (the summary is the local engine's: docs/spark.md). */
    private static SummaryArchive onSpark(SensitivityRequest request, SensitivityDesign design) throws IOException {
        List<String> args = new ArrayList<>(List.of(
                "--samples",
                String.valueOf(design.samples()),
                "--seed",
                String.valueOf(design.uncertainty().seed()),
                "--date",
                request.date().toString()));
        request.coalition().ifPresent(c -> args.addAll(List.of("--coalition", c)));
        return SparkEngine.run(request.scenario(), args, request.threads());
    }

    private static Metric metric(String key) {
        return Metric.of(key)
                .filter(METRICS::contains)
                .orElseThrow(() -> InputException.of(problem(
                        "--metric",
                        "metric",
                        key,
                        Metric.of(key).isPresent()
                                ? "has no value in some runs, which variance-based indices need"
                                : "is not a known metric",
                        "one of "
                                + String.join(
                                        ", ", METRICS.stream().map(Metric::key).toList()),
                        "")));
    }

    private static void write(SensitivityResult result) throws IOException {
        try (OutputFolder folder = OutputFolder.open(result.out())) {
            Files.writeString(folder.resolve("sensitivity.csv"), SensitivityFiles.csv(result), StandardCharsets.UTF_8);
            Files.writeString(
                    folder.resolve("sensitivity.json"), SensitivityFiles.json(result), StandardCharsets.UTF_8);
            Files.writeString(folder.resolve("index.html"), SensitivityReport.render(result), StandardCharsets.UTF_8);
            folder.commit();
        }
    }

    static Problem problem(String file, String field, String value, String message, String expected, String hint) {
        return new Problem(Problem.Severity.ERROR, file, 0, 0, field, value, message, expected, hint);
    }
}
