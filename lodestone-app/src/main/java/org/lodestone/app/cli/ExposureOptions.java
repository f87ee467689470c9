package org.lodestone.app.cli;

import java.nio.file.Path;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import org.lodestone.app.exposure.ExposureRequest;
import org.lodestone.app.exposure.ExposureView;
import picocli.CommandLine.Option;

/** The options of the commands that measure a coalition's exposure. */
final class ExposureOptions {

    /** Output formats. */
    enum Format {
        TABLE,
        CSV,
        JSON,
        XLSX
    }

    @Option(
            names = "--dataset",
            paramLabel = "D",
            defaultValue = "builtin:ai-stack",
            description = "Dataset folder, builtin:NAME or mrio:PATH (an MRIO folder) (default: ${DEFAULT-VALUE}).")
    String dataset;

    @Option(
            names = "--view",
            paramLabel = "V",
            defaultValue = "summary",
            description = "summary, tiers, extraction, chokepoints or criticality (default: ${DEFAULT-VALUE}).")
    ExposureView view;

    @Option(
            names = "--coalition",
            paramLabel = "C",
            description =
                    "A group of the dataset, or region codes separated by commas (e.g. USA,JPN; required for mrio:). "
                            + "Default: the dataset's default coalition.")
    Optional<String> coalition = Optional.empty();

    @Option(
            names = "--date",
            paramLabel = "YYYY-MM-DD",
            description = "Date on which coalition membership is evaluated (default: today).")
    Optional<LocalDate> date = Optional.empty();

    @Option(
            names = "--add",
            paramLabel = "REGION",
            split = ",",
            description = "What-if: regions joining the coalition (e.g. --add KOR,TWN).")
    List<String> add = new ArrayList<>();

    @Option(
            names = "--remove",
            paramLabel = "REGION",
            split = ",",
            description = "What-if: regions leaving the coalition.")
    List<String> remove = new ArrayList<>();

    @Option(
            names = "--concern",
            paramLabel = "C",
            description =
                    "Countries of concern: a group or region codes separated by commas (default: the dataset's concern group).")
    Optional<String> concern = Optional.empty();

    @Option(
            names = "--target",
            paramLabel = "SECTOR",
            description = "The final commodity whose loss is measured. Default: the one commodity nothing else uses; "
                    + "for mrio: all (every sector of the coalition's industries).")
    Optional<String> target = Optional.empty();

    @Option(
            names = "--cut",
            paramLabel = "REGION:SECTOR",
            description = "extraction: show this producer's extraction in detail instead of the ranking.")
    Optional<String> cut = Optional.empty();

    @Option(
            names = "--fraction",
            paramLabel = "F",
            defaultValue = "1",
            description =
                    "extraction: share of each producer's output cut, 0 to 1 (default: ${DEFAULT-VALUE}, hypothetical extraction).")
    double fraction;

    @Option(
            names = "--threshold",
            paramLabel = "S",
            defaultValue = "0.5",
            description = "chokepoints: share of world output one country must exceed (default: ${DEFAULT-VALUE}).")
    double threshold;

    @Option(
            names = "--top",
            paramLabel = "N",
            defaultValue = "20",
            description = "extraction: rows of the ranking, 0 for all (default: ${DEFAULT-VALUE}).")
    int top;

    @Option(
            names = "--format",
            paramLabel = "F",
            defaultValue = "table",
            description = "table, csv, json or xlsx (a workbook written to --out, with a sheet of units, definitions "
                    + "and sources; the table is printed too) (default: ${DEFAULT-VALUE}).")
    Format format;

    @Option(
            names = "--out",
            paramLabel = "FILE",
            description = "xlsx: the workbook to write (default: exposure-VIEW.xlsx in the working directory).")
    Optional<Path> out = Optional.empty();

    /** The request these options make. */
    ExposureRequest request() {
        return new ExposureRequest(
                dataset,
                view,
                coalition,
                date.orElse(LocalDate.now()),
                add,
                remove,
                concern,
                target,
                cut,
                fraction,
                threshold,
                top);
    }
}
