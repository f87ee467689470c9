package org.lodestone.app.ensemble;

import java.nio.file.Path;
import java.util.Objects;
import java.util.Optional;
import org.lodestone.core.ensemble.EnsembleSummary;
import org.lodestone.core.uncertainty.Uncertainty;

/**
 * An ensemble and how it was run.
 *
 * @param setup       scenario, dataset, coalition and units
 * @param uncertainty the inputs varied and the seed used
 * @param runs        members
 * @param threads     members run at once: the local engine's threads, or the cores of the Spark cluster that ran them
 *                    (recorded; the summary does not depend on it)
 * @param engine      {@code local} or {@code spark}
 * @param summary     the members' metrics, most-hit commodities and bands
 * @param runSeconds  wall-clock seconds of the member runs
 * @param seconds     wall-clock seconds of the whole command
 * @param version     Lodestone's version
 * @param out         the report folder
 * @param cluster     where the Spark engine ran, as its summary records it; empty for the local engine
 */
public record EnsembleResult(
        MemberSetup setup,
        Uncertainty uncertainty,
        long runs,
        int threads,
        String engine,
        EnsembleSummary summary,
        double runSeconds,
        double seconds,
        String version,
        Path out,
        Optional<Cluster> cluster) {

    public EnsembleResult {
        Objects.requireNonNull(setup, "setup");
        Objects.requireNonNull(uncertainty, "uncertainty");
        Objects.requireNonNull(engine, "engine");
        Objects.requireNonNull(summary, "summary");
        Objects.requireNonNull(version, "version");
        Objects.requireNonNull(out, "out");
        Objects.requireNonNull(cluster, "cluster");
    }

    /** Where the members ran: {@code 2 threads}, or {@code 4 cores of 2 Spark executors at spark://host:7077}. */
    public String ranOn() {
        return cluster.map(Cluster::describe)
                .orElse(threads + (engine.equals("local") ? " threads" : " Spark tasks at once"));
    }

    /** Members run per second of wall-clock time. */
    public double membersPerSecond() {
        return runSeconds > 0 ? runs / runSeconds : Double.NaN;
    }
}
