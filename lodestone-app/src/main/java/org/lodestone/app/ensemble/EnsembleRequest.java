package org.lodestone.app.ensemble;

import java.nio.file.Path;
import java.time.LocalDate;
import java.util.List;
import java.util.Objects;
import java.util.Optional;
import java.util.OptionalInt;
import java.util.OptionalLong;

/**
 * What ensemble to run and where to write it.
 *
 * @param scenario  {@code builtin:NAME} or a scenario file
 * @param runs      members; the scenario's {@code uncertainty.runs} when empty
 * @param seed      the seed; the scenario's {@code uncertainty.seed} when empty
 * @param threads   members run at once (≥ 1)
 * @param out       the report folder, replaced when complete
 * @param coalition the group reported for; the scenario's, else the dataset's default, when empty
 * @param date      the date coalition membership is evaluated on
 * @param progress  show a progress bar when standard error is a terminal
 * @param version   Lodestone's version, recorded in the files
 * @param engine    where the members run: {@link Engine#LOCAL} threads or {@link Engine#SPARK} in local mode
 * @param summaries summaries written by Spark jobs to report on (combined) instead of running; empty to run
 */
public record EnsembleRequest(
        String scenario,
        OptionalInt runs,
        OptionalLong seed,
        int threads,
        Path out,
        Optional<String> coalition,
        LocalDate date,
        boolean progress,
        String version,
        Engine engine,
        List<Path> summaries) {

    /** Where the members run. */
    public enum Engine {
        /** A pool of threads in this process. */
        LOCAL,
        /** Apache Spark in local mode, in a child JVM (docs/spark.md). */
        SPARK
    }

    public EnsembleRequest {
        Objects.requireNonNull(scenario, "scenario");
        Objects.requireNonNull(out, "out");
        Objects.requireNonNull(coalition, "coalition");
        Objects.requireNonNull(date, "date");
        Objects.requireNonNull(version, "version");
        Objects.requireNonNull(engine, "engine");
        summaries = List.copyOf(summaries);
        if (threads < 1) {
            throw new IllegalArgumentException("threads must be >= 1, was " + threads);
        }
        if (runs.isPresent() && runs.getAsInt() < 1) {
            throw new IllegalArgumentException("runs must be >= 1, was " + runs.getAsInt());
        }
    }

    /** A local run with the given options. */
    public static EnsembleRequest local(
            String scenario,
            OptionalInt runs,
            OptionalLong seed,
            int threads,
            Path out,
            Optional<String> coalition,
            LocalDate date,
            boolean progress,
            String version) {
        return new EnsembleRequest(
                scenario, runs, seed, threads, out, coalition, date, progress, version, Engine.LOCAL, List.of());
    }
}
