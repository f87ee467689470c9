package org.lodestone.app.ensemble;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Map;
import java.util.Optional;
import java.util.function.Function;
import java.util.function.LongConsumer;
import org.lodestone.core.ensemble.EnsembleSummary;
import org.lodestone.core.ensemble.MonteCarloDesign;
import org.lodestone.core.uncertainty.Uncertainty;
import org.lodestone.io.run.OutputFolder;
import org.lodestone.io.run.SummaryArchive;

/**
 * {@code lodestone ensemble}: runs the members of a scenario's uncertainty block on a pool of
 * threads and writes the distributions of the stress-test metrics, the AI-compute bands and an
 * HTML report into a temporary folder that replaces the report folder only when all are written.
 */
public final class EnsembleUseCase {

    /** The files written, by name. */
    static final Map<String, Function<EnsembleResult, String>> FILES = Map.of(
            "index.html",
            EnsembleReport::render,
            "metrics.csv",
            EnsembleFiles::metrics,
            "most_hit.csv",
            EnsembleFiles::mostHit,
            "bands.csv",
            EnsembleFiles::bands,
            "members.csv",
            EnsembleFiles::members,
            "ensemble.json",
            EnsembleFiles::json);

    private EnsembleUseCase() {}

    /**
     * Runs the ensemble and writes its report.
     *
     * @throws org.lodestone.io.problem.InputException for a bad scenario, dataset or coalition (before anything runs)
     * @throws IOException if the report cannot be written; the previous one is then left as it was
     */
    public static EnsembleResult run(EnsembleRequest request) throws IOException {
        return run(request, member -> {}, false);
    }

    /** As {@link #run(EnsembleRequest)}, with {@code ensemble.xlsx} too when {@code workbook}. */
    public static EnsembleResult run(EnsembleRequest request, boolean workbook) throws IOException {
        return run(request, member -> {}, workbook);
    }

    /** As {@link #run(EnsembleRequest)}, telling {@code membersDone} of each member the local engine runs (from its workers). */
    public static EnsembleResult run(EnsembleRequest request, LongConsumer membersDone) throws IOException {
        return run(request, membersDone, false);
    }

    private static EnsembleResult run(EnsembleRequest request, LongConsumer membersDone, boolean workbook)
            throws IOException {
        long started = System.nanoTime();
        MemberSetup setup = MemberSetup.load(request.scenario(), request.coalition(), request.date());
        Uncertainty uncertainty = setup.scenario().uncertainty();
        if (request.seed().isPresent()) {
            uncertainty = uncertainty.withSeed(request.seed().getAsLong());
        }
        long runs = request.runs().isPresent() ? request.runs().getAsInt() : uncertainty.runs();
        Computed computed;
        if (!request.summaries().isEmpty()) {
            SummaryArchives.Combined combined = SummaryArchives.combine(setup, uncertainty, request.summaries());
            uncertainty = uncertainty.withSeed(combined.seed());
            computed = new Computed(combined.summary(), "spark", combined.seconds(), combined.cluster());
        } else if (request.engine() == EnsembleRequest.Engine.SPARK) {
            long loopStart = System.nanoTime();
            SummaryArchive archive = SparkEngine.run(request, runs, uncertainty.seed());
            SummaryArchives.check(setup, uncertainty, archive, Path.of("spark"));
            computed = new Computed(
                    archive.summary(), "spark", (System.nanoTime() - loopStart) / 1e9, Cluster.of(archive.header()));
        } else {
            MemberBatch.Run run = MemberBatch.run(
                    setup,
                    new MonteCarloDesign(uncertainty, runs),
                    uncertainty.paths(),
                    request.threads(),
                    request.progress(),
                    "ensemble",
                    membersDone);
            computed = new Computed(run.summary(), "local", run.seconds(), Optional.empty());
        }
        EnsembleResult result = new EnsembleResult(
                setup,
                uncertainty,
                computed.summary().members(),
                computed.cluster().map(Cluster::cores).orElse(request.threads()),
                computed.engine(),
                computed.summary(),
                computed.seconds(),
                (System.nanoTime() - started) / 1e9,
                request.version(),
                request.out().toAbsolutePath().normalize(),
                computed.cluster());
        write(result, workbook);
        return result;
    }

    /** A summary and how it was made: the engine, its seconds and, for Spark, the cluster. */
    private record Computed(EnsembleSummary summary, String engine, double seconds, Optional<Cluster> cluster) {}

    /** Writes every file into a temporary folder and moves it into place when all are written. */
    static void write(EnsembleResult result, boolean workbook) throws IOException {
        try (OutputFolder folder = OutputFolder.open(result.out())) {
            for (Map.Entry<String, Function<EnsembleResult, String>> file : FILES.entrySet()) {
                Files.writeString(folder.resolve(file.getKey()), file.getValue().apply(result), StandardCharsets.UTF_8);
            }
            if (workbook) {
                Files.write(folder.resolve(EnsembleWorkbook.FILE), EnsembleWorkbook.bytes(result));
            }
            folder.commit();
        }
    }
}
