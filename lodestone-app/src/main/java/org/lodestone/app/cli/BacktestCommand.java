package org.lodestone.app.cli;

import java.io.PrintWriter;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.OptionalDouble;
import java.util.concurrent.Callable;
import org.lodestone.app.backtest.BacktestRequest;
import org.lodestone.app.backtest.BacktestResult;
import org.lodestone.app.backtest.BacktestTable;
import org.lodestone.app.backtest.BacktestUseCase;
import org.lodestone.io.backtest.EpisodeLibrary;
import picocli.CommandLine;
import picocli.CommandLine.Command;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;

/**
 * {@code lodestone backtest}: replays historical episodes and scores the model against what
 * happened. Prints one row per episode and metric, then the score; writes the page and tables.
 */
@Command(
        name = "backtest",
        header = "Replays real disruptions and scores the model against them.",
        mixinStandardHelpOptions = true,
        description = {
            "Runs every bundled episode (or those given: builtin:NAME or episode files) on its dataset and prints, per",
            "episode and metric, the observed value, its band, the simulated value, inside or outside and the error",
            "(simulated - observed, in the metric's unit), then the score: metrics inside their bands out of those scored.",
            "Writes OUT/index.html (observed against simulated, one chart per metric), OUT/backtest.csv and",
            "OUT/backtest.json. See docs/backtest-format.md and docs/validation.md."
        })
final class BacktestCommand implements Callable<Integer> {

    /** Output formats. */
    enum Format {
        TABLE,
        CSV,
        JSON,
        XLSX
    }

    @Parameters(
            paramLabel = "EPISODE",
            arity = "0..*",
            description = "builtin:NAME or episode files (default: all bundled).")
    private List<String> episodes = new ArrayList<>();

    @Option(
            names = "--format",
            paramLabel = "F",
            defaultValue = "table",
            description =
                    "table, csv, json or xlsx (prints the table and adds OUT/backtest.xlsx: the rows, and a sheet of "
                            + "units, definitions and sources) (default: ${DEFAULT-VALUE}).")
    private Format format;

    @Option(
            names = "--out",
            paramLabel = "DIR",
            defaultValue = "lodestone-backtest",
            description = "Folder for the page and tables, replaced when complete (default: ${DEFAULT-VALUE}).")
    private Path out;

    @Option(names = "--threads", paramLabel = "N", description = "Engine threads (default: all processors).")
    private Integer threads;

    @Option(
            names = "--psi",
            paramLabel = "PSI",
            description = "Calibration run: every episode with this psi (share of the inventory target below which"
                    + " production is rationed, in (0, 1]) instead of its scenario's; the recorded score uses 0.8.")
    private Double psi;

    @Option(names = "--list", description = "List the bundled episodes and exit.")
    private boolean list;

    @CommandLine.Spec
    private CommandLine.Model.CommandSpec spec;

    @Override
    public Integer call() throws Exception {
        PrintWriter w = spec.commandLine().getOut();
        if (list) {
            EpisodeLibrary.entries().forEach(e -> w.println(EpisodeLibrary.PREFIX + e.name() + "  " + e.title()));
            w.flush();
            return ExitCodes.OK;
        }
        BacktestResult result = BacktestUseCase.run(new BacktestRequest(
                episodes.stream().map(String::trim).filter(s -> !s.isEmpty()).toList(),
                out,
                Options.threads(spec, threads),
                true,
                format == Format.XLSX,
                psi(psi)));
        switch (format) {
            case TABLE, XLSX -> {
                w.print(BacktestTable.text(result.episodes()));
                if (!result.calibrationLine().isEmpty()) {
                    w.println(result.calibrationLine());
                }
                w.printf(
                        "Page: %s (also backtest.csv, backtest.json%s)%n",
                        result.out().resolve("index.html"), format == Format.XLSX ? " and backtest.xlsx" : "");
            }
            case CSV -> w.print(BacktestTable.csv(result.episodes()));
            case JSON -> w.print(BacktestTable.json(result));
        }
        w.flush();
        return ExitCodes.OK;
    }

    /** The calibration ψ, refused with the option's name and the range when outside (0, 1]. */
    private OptionalDouble psi(Double value) {
        if (value == null) {
            return OptionalDouble.empty();
        }
        if (!(value > 0 && value <= 1)) {
            throw new CommandLine.ParameterException(
                    spec.commandLine(),
                    "Invalid value for option '--psi': " + value + " (expected a number in (0, 1])");
        }
        return OptionalDouble.of(value);
    }
}
