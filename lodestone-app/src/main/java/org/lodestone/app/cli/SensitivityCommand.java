package org.lodestone.app.cli;

import java.io.PrintWriter;
import java.nio.file.Path;
import java.util.Optional;
import java.util.OptionalLong;
import java.util.concurrent.Callable;
import org.lodestone.app.sensitivity.SensitivityRequest;
import org.lodestone.app.sensitivity.SensitivityResult;
import org.lodestone.app.sensitivity.SensitivityTable;
import org.lodestone.app.sensitivity.SensitivityUseCase;
import picocli.CommandLine;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;

/** {@code lodestone sensitivity SCENARIO.yaml}: ranks the uncertain inputs by their effect on one metric. */
@Command(
        name = "sensitivity",
        header = "Ranks a scenario's uncertain inputs by their effect.",
        mixinStandardHelpOptions = true,
        description = {
            "Ranks the inputs varied in the scenario's uncertainty block by their effect on one metric: first-order and",
            "total Sobol indices from a Saltelli design of N (d + 2) runs (d inputs), with 95%% bootstrap intervals, and a",
            "tornado chart (each input from its P5 to its P95, the others at their medians). Writes OUT/index.html,",
            "sensitivity.csv and sensitivity.json. See docs/methods-uncertainty.md."
        })
final class SensitivityCommand implements Callable<Integer> {

    @Parameters(
            paramLabel = "SCENARIO.yaml",
            description = "A scenario file or builtin:NAME with an uncertainty block.")
    private String scenario;

    @Option(
            names = "--metric",
            paramLabel = "M",
            defaultValue = "compute-delivered",
            description =
                    "compute-delivered, compute-deepest, most-hit-lost-days or value-added-lost (USD of the dataset's "
                            + "price year; the coalition or a member with a valued final measure) (default: ${DEFAULT-VALUE}).")
    private String metric;

    @Option(names = "--unit", paramLabel = "U", description = "The coalition (default) or a region reported for.")
    private Optional<String> unit = Optional.empty();

    @Option(
            names = "--samples",
            paramLabel = "N",
            defaultValue = "" + SensitivityRequest.DEFAULT_SAMPLES,
            description = "Base samples N (default: ${DEFAULT-VALUE}); the analysis runs N (d + 2) + 2d + 1 members.")
    private int samples;

    @Option(
            names = "--out",
            paramLabel = "DIR",
            defaultValue = "lodestone-sensitivity",
            description = "Report folder (default: ${DEFAULT-VALUE}).")
    private Path out;

    @Option(names = "--seed", paramLabel = "S", description = "Seed (default: the scenario's uncertainty.seed).")
    private Long seed;

    @Mixin
    private MemberRunOptions run;

    @CommandLine.Spec
    private CommandLine.Model.CommandSpec spec;

    @Override
    public Integer call() throws Exception {
        int workers = run.threads();
        if (samples < 2) {
            throw new CommandLine.ParameterException(
                    spec.commandLine(), "Invalid value for option '--samples': " + samples + " (expected >= 2)");
        }
        SensitivityResult result = SensitivityUseCase.run(new SensitivityRequest(
                scenario,
                metric,
                unit,
                samples,
                seed == null ? OptionalLong.empty() : OptionalLong.of(seed),
                workers,
                out,
                run.coalition(),
                run.date(),
                true,
                Options.version(),
                run.engine()));
        PrintWriter w = spec.commandLine().getOut();
        w.print(SensitivityTable.render(result));
        w.printf(
                "%nReport: %s (also sensitivity.csv and sensitivity.json)%n",
                result.out().resolve("index.html"));
        w.flush();
        return ExitCodes.OK;
    }
}
