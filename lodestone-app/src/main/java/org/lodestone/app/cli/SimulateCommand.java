package org.lodestone.app.cli;

import java.io.PrintWriter;
import java.nio.file.Path;
import java.util.Locale;
import java.util.concurrent.Callable;
import org.lodestone.app.simulate.SimulateUseCase;
import org.lodestone.io.run.TrajectoryFormat;
import picocli.CommandLine;
import picocli.CommandLine.Command;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;

/** {@code lodestone simulate SCENARIO.yaml --out DIR}: one run of the disruption engine. */
@Command(
        name = "simulate",
        header = "Runs one scenario with the ARIO engine and writes its results.",
        mixinStandardHelpOptions = true,
        description = {
            "Runs one scenario with the ARIO disruption engine and writes run.json, summary.csv and the",
            "trajectories to DIR (written to a temporary folder, moved into place when complete)."
        })
final class SimulateCommand implements Callable<Integer> {

    @Parameters(paramLabel = "SCENARIO.yaml", description = "The scenario file (docs/scenario-format.md).")
    private Path scenario;

    @Option(
            names = "--out",
            paramLabel = "DIR",
            required = true,
            description = "Results folder; replaced when the run completes.")
    private Path out;

    @Option(
            names = {"--format", "--trajectories"},
            paramLabel = "F",
            defaultValue = "csv",
            description = "Trajectories: csv (long trajectories.csv), parquet (the same as trajectories.parquet and "
                    + "final_demand_unmet.parquet, with a date column when the scenario has a start date) or ario-csv "
                    + "(the reference implementation's wide files, with ario_columns.csv naming each numbered column). "
                    + "Default: ${DEFAULT-VALUE}.")
    private String format;

    @Option(names = "--threads", paramLabel = "N", description = "Engine worker threads (default: all processors).")
    private Integer threads;

    @CommandLine.Spec
    private CommandLine.Model.CommandSpec spec;

    @Override
    public Integer call() throws Exception {
        TrajectoryFormat trajectoryFormat = switch (format.toLowerCase(Locale.ROOT)) {
            case "csv" -> TrajectoryFormat.CSV;
            case "ario-csv" -> TrajectoryFormat.ARIO_CSV;
            case "parquet" -> TrajectoryFormat.PARQUET;
            default ->
                throw new CommandLine.ParameterException(
                        spec.commandLine(),
                        "Invalid value for option '--format': '" + format + "' (expected csv, parquet or ario-csv)");
        };
        int workers = Options.threads(spec, threads);
        String version = new LodestoneCommand.Version().getVersion()[0].replace("lodestone ", "");
        SimulateUseCase.Result result = SimulateUseCase.run(scenario, out, trajectoryFormat, workers, version, true);
        PrintWriter w = spec.commandLine().getOut();
        w.printf(
                Locale.ROOT,
                "%s: %d steps on %d industries%s; setup %.2f s, loop %.2f s (%.4f s/step). Results in %s%n",
                scenario.getFileName(),
                result.outcome().steps(),
                result.industries(),
                result.outcome().crashed()
                        ? " (stopped: " + result.outcome().reason().orElse("") + ")"
                        : "",
                result.setupSeconds(),
                result.loopSeconds(),
                result.loopSeconds() / Math.max(1, result.outcome().steps()),
                result.out());
        w.flush();
        return ExitCodes.OK;
    }
}
