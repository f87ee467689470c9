package org.lodestone.app.cli;

import java.io.PrintWriter;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.concurrent.Callable;
import org.lodestone.app.stresstest.MeasureTable;
import org.lodestone.app.stresstest.StressTestRequest;
import org.lodestone.app.stresstest.StressTestResult;
import org.lodestone.app.stresstest.StressTestUseCase;
import org.lodestone.app.stresstest.SummaryTable;
import picocli.CommandLine;
import picocli.CommandLine.Command;
import picocli.CommandLine.Option;

/**
 * {@code lodestone stress-test}: the main job. Runs the scenario library (or the scenarios given)
 * on the dataset for the coalition, prints one table and writes the report folder.
 */
@Command(
        name = "stress-test",
        header = "Runs every bundled scenario for a coalition and writes a report.",
        mixinStandardHelpOptions = true,
        description = {
            "The main job: runs every disruption scenario of the bundled library (or those given) on the dataset and",
            "reports, for the coalition and each member, the AI compute delivered over the horizon (%% of baseline), the days",
            "until the first shortfall, the deepest shortfall, the days to recover and the most-hit layer of the stack.",
            "Writes OUT/index.html (a self-contained report), OUT/summary.csv and OUT/summary.json (and OUT/summary.xlsx",
            "with --format xlsx); OUT is replaced only when everything is written. See docs/stress-test.md."
        })
final class StressTestCommand implements Callable<Integer> {

    @Option(
            names = "--dataset",
            paramLabel = "D",
            defaultValue = "builtin:ai-stack",
            description = "Dataset folder or builtin:NAME (default: ${DEFAULT-VALUE}).")
    private String dataset;

    @Option(
            names = "--scenarios",
            paramLabel = "S",
            split = ",",
            description =
                    "Comma-separated scenarios: builtin:NAME or scenario files (default: the whole bundled library; "
                            + "see lodestone scenarios).")
    private List<String> scenarios = new ArrayList<>();

    @Option(
            names = "--coalition",
            paramLabel = "C",
            description = "Group to report for (default: the dataset's default coalition).")
    private Optional<String> coalition = Optional.empty();

    @Option(
            names = "--date",
            paramLabel = "YYYY-MM-DD",
            description = "Date on which coalition membership is evaluated (default: today).")
    private Optional<LocalDate> date = Optional.empty();

    @Option(
            names = "--out",
            paramLabel = "DIR",
            defaultValue = "lodestone-out",
            description = "Report folder, replaced when the report is complete (default: ${DEFAULT-VALUE}).")
    private Path out;

    @Option(names = "--threads", paramLabel = "N", description = "Scenarios run at once (default: all processors).")
    private Integer threads;

    @Option(
            names = "--format",
            paramLabel = "F",
            split = ",",
            description =
                    "Output formats: html (the report, summary.csv and summary.json; always written) and xlsx "
                            + "(adds summary.xlsx: the summary rows, the brief, and a sheet of units, definitions and sources).")
    private List<String> formats = new ArrayList<>();

    @CommandLine.Spec
    private CommandLine.Model.CommandSpec spec;

    @Override
    public Integer call() throws Exception {
        int workers = Options.threads(spec, threads);
        List<String> chosen =
                scenarios.stream().map(String::trim).filter(s -> !s.isEmpty()).toList();
        String version = new LodestoneCommand.Version().getVersion()[0].replace("lodestone ", "");
        boolean workbook = Options.workbook(spec, formats);
        StressTestResult result = StressTestUseCase.run(
                new StressTestRequest(
                        dataset, chosen, coalition, date.orElse(LocalDate.now()), out, workers, true, version),
                workbook);
        PrintWriter w = spec.commandLine().getOut();
        w.print(SummaryTable.render(result));
        w.print(MeasureTable.render(result));
        w.printf(
                "%nReport: %s (also summary.csv, summary.json, measures.csv%s)%n",
                result.out().resolve("index.html"), workbook ? " and " + StressTestUseCase.WORKBOOK : "");
        w.flush();
        return ExitCodes.OK;
    }
}
