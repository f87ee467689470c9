package org.lodestone.app.stresstest;

import java.nio.file.Path;
import java.time.LocalDate;
import java.util.List;
import java.util.Objects;
import java.util.Optional;

/**
 * What to stress-test and where to write the report.
 *
 * @param dataset   {@code builtin:NAME} or a dataset folder
 * @param scenarios scenario references ({@code builtin:NAME} or files); empty for the whole library
 * @param coalition the group to report for; the dataset's default coalition when empty
 * @param date      the date coalition membership is evaluated on
 * @param out       the report folder, replaced when complete
 * @param threads   scenarios run at once (≥ 1)
 * @param progress  show a progress bar when standard error is a terminal
 * @param version   Lodestone's version, recorded in the report
 */
public record StressTestRequest(
        String dataset,
        List<String> scenarios,
        Optional<String> coalition,
        LocalDate date,
        Path out,
        int threads,
        boolean progress,
        String version) {

    public StressTestRequest {
        Objects.requireNonNull(dataset, "dataset");
        scenarios = List.copyOf(scenarios);
        Objects.requireNonNull(coalition, "coalition");
        Objects.requireNonNull(date, "date");
        Objects.requireNonNull(out, "out");
        Objects.requireNonNull(version, "version");
        if (threads < 1) {
            throw new IllegalArgumentException("threads must be >= 1, was " + threads);
        }
    }
}
