package org.lodestone.app.cli;

import java.io.PrintWriter;
import java.nio.file.Path;
import java.util.concurrent.Callable;
import org.lodestone.app.plan.PlanResult;
import org.lodestone.app.plan.PlanText;
import org.lodestone.app.plan.PlanUseCase;
import picocli.CommandLine;
import picocli.CommandLine.Command;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;

/** {@code lodestone plan PLAN.yaml --out DIR}: coalition planning. */
@Command(
        name = "plan",
        header = "Plans the coalition's response: capacity, stocks, partners.",
        mixinStandardHelpOptions = true,
        description = {
            "Plans the coalition's response to its stress scenarios: capacity to build, stockpiles to hold and",
            "partners to bring in (docs/plan-format.md). Prints the plan, re-runs the disruption engine on each scenario",
            "with it, and writes decisions.csv, scenarios.csv, plan.json and index.html to DIR."
        })
final class PlanCommand implements Callable<Integer> {

    @Parameters(paramLabel = "PLAN.yaml", description = "The plan file (docs/plan-format.md).")
    private Path plan;

    @Option(
            names = "--out",
            paramLabel = "DIR",
            required = true,
            description = "Results folder; replaced when the results are complete.")
    private Path out;

    @Option(names = "--threads", paramLabel = "N", description = "Engine worker threads (default: all processors).")
    private Integer threads;

    @CommandLine.Spec
    private CommandLine.Model.CommandSpec spec;

    @Override
    public Integer call() throws Exception {
        PlanResult result = PlanUseCase.run(plan, out, Options.threads(spec, threads), true);
        PrintWriter w = spec.commandLine().getOut();
        w.print(PlanText.render(result));
        w.printf("%nResults in %s (index.html, decisions.csv, scenarios.csv, plan.json)%n", result.out());
        w.flush();
        return ExitCodes.OK;
    }
}
