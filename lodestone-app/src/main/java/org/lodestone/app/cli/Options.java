package org.lodestone.app.cli;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Path;
import java.time.LocalDate;
import java.time.format.DateTimeParseException;
import java.util.Arrays;
import java.util.List;
import java.util.Set;
import java.util.TreeSet;
import org.lodestone.app.exposure.ExposureView;
import org.lodestone.app.run.EngineThreads;
import org.lodestone.core.binding.Suggestions;
import org.lodestone.store.StoreUrl;
import picocli.CommandLine;

/** Values shared by the commands. */
final class Options {

    private Options() {}

    /** A date option's value: an ISO date; anything else is bad input that says how to write one. */
    static LocalDate date(String text) {
        try {
            return LocalDate.parse(text.strip());
        } catch (DateTimeParseException e) {
            throw new CommandLine.TypeConversionException(
                    "'" + text + "' is not a date; use YYYY-MM-DD, e.g. 2026-03-01");
        }
    }

    /** {@code --view}: a view by its lower-case name; a typo is bad input naming the nearest view. */
    static ExposureView view(String text) {
        Set<String> keys = new TreeSet<>();
        for (ExposureView view : ExposureView.values()) {
            if (view.key().equalsIgnoreCase(text.strip())) {
                return view;
            }
            keys.add(view.key());
        }
        String hint = Suggestions.hint(text, keys);
        throw new CommandLine.TypeConversionException("'" + text + "' is not a view; expected one of "
                + String.join(
                        ", ",
                        Arrays.stream(ExposureView.values())
                                .map(ExposureView::key)
                                .toList())
                + (hint.isEmpty() ? "" : ". " + hint));
    }

    /**
     * {@code --format} of the commands that write a report folder: true when it asks for xlsx; any
     * value other than html and xlsx is a usage error.
     */
    static boolean workbook(CommandLine.Model.CommandSpec spec, List<String> values) {
        for (String value : values) {
            if (!List.of("html", "xlsx").contains(value.trim())) {
                throw new CommandLine.ParameterException(
                        spec.commandLine(),
                        "Invalid value for option '--format': '" + value
                                + "' (expected html or xlsx, e.g. --format xlsx)");
            }
        }
        return values.stream().anyMatch(v -> v.trim().equals("xlsx"));
    }

    /** Lodestone's version, as recorded in result files. */
    static String version() {
        try {
            return new LodestoneCommand.Version().getVersion()[0].replace("lodestone ", "");
        } catch (IOException e) {
            throw new UncheckedIOException("cannot read the version", e);
        }
    }

    /**
     * {@code --threads} by the one thread policy ({@link EngineThreads#of}); a value below 1 is bad
     * input (exit 2).
     */
    static int threads(CommandLine.Model.CommandSpec spec, Integer threads) {
        try {
            return EngineThreads.of(threads);
        } catch (IllegalArgumentException e) {
            throw new CommandLine.ParameterException(spec.commandLine(), "Invalid value for option " + e.getMessage());
        }
    }

    /** {@code --db}: the DuckDB file in the working directory when not given; a bad URL is bad input (exit 2). */
    static StoreUrl db(CommandLine.Model.CommandSpec spec, String db) {
        if (db == null) {
            return StoreUrl.defaultIn(Path.of("").toAbsolutePath());
        }
        try {
            return StoreUrl.parse(db);
        } catch (IllegalArgumentException e) {
            throw new CommandLine.ParameterException(spec.commandLine(), "Invalid value for option " + e.getMessage());
        }
    }
}
