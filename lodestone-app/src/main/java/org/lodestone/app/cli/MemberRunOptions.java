package org.lodestone.app.cli;

import java.time.LocalDate;
import java.util.Locale;
import java.util.Optional;
import org.lodestone.app.ensemble.EnsembleRequest;
import picocli.CommandLine;
import picocli.CommandLine.Option;

/**
 * The options of every command that runs a scenario's members ({@code ensemble}, {@code
 * sensitivity}, {@code reverse}): where and on how many cores they run, and the coalition they are
 * reported for. A picocli mixin, so the three commands declare and check them once.
 */
final class MemberRunOptions {

    @Option(names = "--threads", paramLabel = "T", description = "Runs at once (default: all processors).")
    private Integer threads;

    @Option(
            names = "--coalition",
            paramLabel = "C",
            description = "Group to report for (default: the scenario's, else the dataset's).")
    private Optional<String> coalition = Optional.empty();

    @Option(
            names = "--date",
            paramLabel = "YYYY-MM-DD",
            description = "Date on which coalition membership is evaluated (default: today).")
    private Optional<LocalDate> date = Optional.empty();

    @Option(
            names = "--engine",
            paramLabel = "E",
            defaultValue = "local",
            description =
                    "local (a pool of threads) or spark (Apache Spark in local mode with --threads cores; needs the lodestone-spark "
                            + "module built; docs/spark.md). Default: ${DEFAULT-VALUE}.")
    private String engine;

    @CommandLine.Spec(CommandLine.Spec.Target.MIXEE)
    private CommandLine.Model.CommandSpec command;

    /** {@code --threads}: all processors when not given; a value below 1 is bad input (exit 2). */
    int threads() {
        return Options.threads(command, threads);
    }

    /** {@code --engine local|spark}; anything else is bad input (exit 2). */
    EnsembleRequest.Engine engine() {
        return switch (engine.toLowerCase(Locale.ROOT)) {
            case "local" -> EnsembleRequest.Engine.LOCAL;
            case "spark" -> EnsembleRequest.Engine.SPARK;
            default ->
                throw new CommandLine.ParameterException(
                        command.commandLine(),
                        "Invalid value for option '--engine': '" + engine + "' (expected local or spark)");
        };
    }

    Optional<String> coalition() {
        return coalition;
    }

    /** {@code --date}, today when not given. */
    LocalDate date() {
        return date.orElse(LocalDate.now());
    }

    /** {@code --date} as given, empty when not given. */
    Optional<LocalDate> givenDate() {
        return date;
    }
}
