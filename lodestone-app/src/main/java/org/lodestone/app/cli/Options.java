package org.lodestone.app.cli;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Path;
import java.util.Locale;
import org.lodestone.app.ensemble.EnsembleRequest;
import org.lodestone.store.StoreUrl;
import picocli.CommandLine;

/** Checks and defaults shared by the commands' options. */
final class Options {

    private Options() {}

    /** {@code --threads}: all processors when not given; a value below 1 is bad input (exit 2). */
    static int threads(CommandLine.Model.CommandSpec spec, Integer threads) {
        int workers = threads == null ? Runtime.getRuntime().availableProcessors() : threads;
        if (workers < 1) {
            throw new CommandLine.ParameterException(spec.commandLine(), "Invalid value for option '--threads': " + workers + " (expected >= 1)");
        }
        return workers;
    }

    /** {@code --engine local|spark}; anything else is bad input (exit 2). */
    static EnsembleRequest.Engine engine(CommandLine.Model.CommandSpec spec, String engine) {
        return switch (engine.toLowerCase(Locale.ROOT)) {
            case "local" -> EnsembleRequest.Engine.LOCAL;
            case "spark" -> EnsembleRequest.Engine.SPARK;
            default -> throw new CommandLine.ParameterException(spec.commandLine(),
                    "Invalid value for option '--engine': '" + engine + "' (expected local or spark)");
        };
    }

    /** Lodestone's version, as recorded in result files. */
    static String version() {
        try {
            return new LodestoneCommand.Version().getVersion()[0].replace("lodestone ", "");
        } catch (IOException e) {
            throw new UncheckedIOException("cannot read the version", e);
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
