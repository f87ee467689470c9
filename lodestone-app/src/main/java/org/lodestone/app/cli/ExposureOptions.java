package org.lodestone.app.cli;

import java.time.LocalDate;
import java.util.Optional;
import picocli.CommandLine.Option;

/** The options shared by the commands that measure a coalition's exposure. */
final class ExposureOptions {

    /** Output formats. */
    enum Format {
        TABLE,
        CSV,
        JSON
    }

    @Option(names = "--dataset", paramLabel = "D", defaultValue = "builtin:ai-stack",
            description = "Dataset folder or builtin:NAME (default: ${DEFAULT-VALUE}).")
    String dataset;

    @Option(names = "--coalition", paramLabel = "C",
            description = "Group whose exposure is measured (default: the dataset's default coalition).")
    Optional<String> coalition = Optional.empty();

    @Option(names = "--date", paramLabel = "YYYY-MM-DD",
            description = "Date on which coalition membership is evaluated (default: today).")
    Optional<LocalDate> date = Optional.empty();

    @Option(names = "--format", paramLabel = "F", defaultValue = "table",
            description = "table, csv or json (default: ${DEFAULT-VALUE}).")
    Format format;
}
