package org.lodestone.app.cli;

import java.io.PrintWriter;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.concurrent.Callable;
import org.lodestone.app.reverse.ReverseRequest;
import org.lodestone.app.reverse.ReverseResult;
import org.lodestone.app.reverse.ReverseTable;
import org.lodestone.app.reverse.ReverseUseCase;
import org.lodestone.core.reverse.Bisection;
import org.lodestone.core.reverse.BoundaryGrid;
import picocli.CommandLine;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;

/** {@code lodestone reverse SCENARIO.yaml --target T --vary P[,P]}: where the target breaks. */
@Command(
        name = "reverse",
        header = "Finds where a target such as compute-delivered>=90%% breaks.",
        mixinStandardHelpOptions = true,
        description = {
            "Reverse stress test: finds where a target (e.g. compute-delivered>=90%%) breaks as one input (bisection) or two",
            "(a grid refined near the boundary) move over their ranges, every other input at its scenario value. Writes",
            "OUT/index.html, runs.csv, boundary.csv and reverse.json. See docs/methods-uncertainty.md and, for Spark, docs/spark.md."
        })
final class ReverseCommand implements Callable<Integer> {

    @Parameters(paramLabel = "SCENARIO.yaml", description = "A scenario file or builtin:NAME.")
    private String scenario;

    @Option(
            names = "--target",
            paramLabel = "T",
            required = true,
            description =
                    "METRIC>=NUMBER (or <=, >, <); metrics: compute-delivered, compute-deepest (in %% of baseline: 90 or 90%%), "
                            + "first-shortfall-day, "
                            + "most-hit-lost-days, value-added-lost (USD of the dataset's price year, e.g. "
                            + "value-added-lost<=5e9).")
    private String target;

    @Option(
            names = "--vary",
            paramLabel = "PATH",
            split = ",",
            required = true,
            description = "One or two scenario fields, e.g. " + "events[0].share-blocked,events[0].duration.")
    private List<String> vary = new ArrayList<>();

    @Option(
            names = "--range",
            paramLabel = "LOW:HIGH",
            split = ",",
            description = "One range per input (default: the uncertainty block's "
                    + "distribution, else the field's own range).")
    private List<String> ranges = new ArrayList<>();

    @Option(names = "--unit", paramLabel = "U", description = "The coalition (default) or a region the target is for.")
    private Optional<String> unit = Optional.empty();

    @Option(
            names = "--points",
            paramLabel = "N",
            defaultValue = "" + BoundaryGrid.DEFAULT_POINTS,
            description = "Two inputs: coarse grid points per axis (default: ${DEFAULT-VALUE}).")
    private int points;

    @Option(
            names = "--levels",
            paramLabel = "L",
            defaultValue = "" + BoundaryGrid.DEFAULT_LEVELS,
            description = "Two inputs: refinements near the boundary (default: ${DEFAULT-VALUE}).")
    private int levels;

    @Option(
            names = "--edge-steps",
            paramLabel = "B",
            defaultValue = "" + BoundaryGrid.DEFAULT_EDGE_STEPS,
            description = "Two inputs: bisection steps along each crossing edge (default: ${DEFAULT-VALUE}).")
    private int edgeSteps;

    @Option(
            names = "--tolerance",
            paramLabel = "F",
            defaultValue = "" + Bisection.DEFAULT_TOLERANCE,
            description = "One input: final interval as a share of the range (default: ${DEFAULT-VALUE}).")
    private double tolerance;

    @Option(
            names = "--out",
            paramLabel = "DIR",
            defaultValue = "lodestone-reverse",
            description = "Report folder (default: ${DEFAULT-VALUE}).")
    private Path out;

    @Option(
            names = "--evaluations",
            paramLabel = "FILE",
            description =
                    "Report on the runs written by the Spark job (ReverseJob --evaluations FILE) instead of running.")
    private Optional<Path> evaluations = Optional.empty();

    @Mixin
    private MemberRunOptions run;

    @CommandLine.Spec
    private CommandLine.Model.CommandSpec spec;

    @Override
    public Integer call() throws Exception {
        int workers = run.threads();
        if (points < 2 || levels < 0 || levels > 6 || edgeSteps < 0 || !(tolerance > 0 && tolerance < 1)) {
            throw new CommandLine.ParameterException(
                    spec.commandLine(),
                    "Invalid grid or tolerance: need --points >= 2, 0 <= --levels <= 6, "
                            + "--edge-steps >= 0 and 0 < --tolerance < 1");
        }
        ReverseResult result = ReverseUseCase.run(new ReverseRequest(
                scenario,
                target,
                vary.stream().map(String::trim).toList(),
                ranges.stream().map(String::trim).toList(),
                unit,
                points,
                levels,
                edgeSteps,
                tolerance,
                workers,
                out,
                run.coalition(),
                run.date(),
                true,
                Options.version(),
                run.engine(),
                evaluations));
        PrintWriter w = spec.commandLine().getOut();
        w.print(ReverseTable.render(result));
        w.printf(
                "%nReport: %s (also runs.csv, boundary.csv and reverse.json)%n",
                result.out().resolve("index.html"));
        w.flush();
        return ExitCodes.OK;
    }
}
