package org.lodestone.app.cli;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Path;
import org.lodestone.app.run.EngineThreads;
import org.lodestone.store.StoreUrl;
import picocli.CommandLine;

/** Values shared by the commands. */
final class Options {

    private Options() {}

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
