package org.lodestone.app.ensemble;

import java.nio.file.Path;
import java.util.Objects;
import org.lodestone.core.ensemble.EnsembleSummary;
import org.lodestone.core.uncertainty.Uncertainty;

/**
 * An ensemble and how it was run.
 *
 * @param setup       scenario, dataset, coalition and units
 * @param uncertainty the inputs varied and the seed used
 * @param runs        members
 * @param threads     members run at once (recorded; the summary does not depend on it)
 * @param engine      {@code local} or {@code spark}
 * @param summary     the members' metrics, most-hit commodities and bands
 * @param runSeconds  wall-clock seconds of the member runs
 * @param seconds     wall-clock seconds of the whole command
 * @param version     Lodestone's version
 * @param out         the report folder
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
        Path out) {

    public EnsembleResult {
        Objects.requireNonNull(setup, "setup");
        Objects.requireNonNull(uncertainty, "uncertainty");
        Objects.requireNonNull(engine, "engine");
        Objects.requireNonNull(summary, "summary");
        Objects.requireNonNull(version, "version");
        Objects.requireNonNull(out, "out");
    }

    /** Members run per second of wall-clock time. */
    public double membersPerSecond() {
        return runSeconds > 0 ? runs / runSeconds : Double.NaN;
    }
}
