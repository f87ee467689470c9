package org.lodestone.app.sensitivity;

import java.nio.file.Path;
import java.time.LocalDate;
import java.util.Objects;
import java.util.Optional;
import java.util.OptionalLong;
import org.lodestone.app.ensemble.EnsembleRequest;

/**
 * What sensitivity analysis to run.
 *
 * @param scenario  {@code builtin:NAME} or a scenario file with an uncertainty block
 * @param metric    the metric's key ({@code compute-delivered}, {@code compute-deepest}, {@code most-hit-lost-days} or
 *                  {@code value-added-lost})
 * @param unit      the coalition or a region; the coalition when empty
 * @param samples   N, base samples of the Saltelli design (≥ 2)
 * @param seed      the seed; the scenario's when empty
 * @param threads   runs at once (≥ 1)
 * @param out       the report folder
 * @param coalition the group reported for; the scenario's, else the dataset's, when empty
 * @param date      the date membership is evaluated on
 * @param progress  show a progress bar on a terminal
 * @param version   Lodestone's version
 * @param engine    where the runs run (Spark: local mode with {@code threads} cores)
 */
public record SensitivityRequest(
        String scenario,
        String metric,
        Optional<String> unit,
        int samples,
        OptionalLong seed,
        int threads,
        Path out,
        Optional<String> coalition,
        LocalDate date,
        boolean progress,
        String version,
        EnsembleRequest.Engine engine) {

    /** Base samples when not given. */
    public static final int DEFAULT_SAMPLES = 256;

    public SensitivityRequest {
        Objects.requireNonNull(scenario, "scenario");
        Objects.requireNonNull(metric, "metric");
        Objects.requireNonNull(unit, "unit");
        Objects.requireNonNull(out, "out");
        Objects.requireNonNull(date, "date");
        Objects.requireNonNull(engine, "engine");
        if (samples < 2 || threads < 1) {
            throw new IllegalArgumentException(
                    "need samples >= 2 and threads >= 1, got " + samples + " and " + threads);
        }
    }
}
