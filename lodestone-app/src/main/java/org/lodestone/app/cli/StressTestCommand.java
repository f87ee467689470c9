package org.lodestone.app.cli;

import java.io.PrintWriter;
import java.time.LocalDate;
import java.util.Optional;
import java.util.concurrent.Callable;
import org.lodestone.app.exposure.ExposureReport;
import org.lodestone.app.exposure.ExposureUseCase;
import picocli.CommandLine;
import picocli.CommandLine.Command;
import picocli.CommandLine.Option;

/**
 * {@code lodestone stress-test}: the main job on the bundled dataset and default coalition. Until
 * the disruption engine and scenario library land, it prints the coalition's exposure summary.
 */
@Command(
        name = "stress-test",
        mixinStandardHelpOptions = true,
        description = {"The main job: stress-tests the default coalition on the bundled AI-stack dataset.",
                "For now it prints the coalition's exposure summary; disruption scenarios come with the engine."})
final class StressTestCommand implements Callable<Integer> {

    @Option(names = "--dataset", paramLabel = "D", defaultValue = "builtin:ai-stack",
            description = "Dataset folder or builtin:NAME (default: ${DEFAULT-VALUE}).")
    private String dataset;

    @Option(names = "--date", paramLabel = "YYYY-MM-DD", description = "Date of coalition membership (default: today).")
    private Optional<LocalDate> date = Optional.empty();

    @CommandLine.Spec
    private CommandLine.Model.CommandSpec spec;

    @Override
    public Integer call() {
        ExposureReport report = ExposureUseCase.run(dataset, Optional.empty(), date.orElse(LocalDate.now()));
        PrintWriter out = spec.commandLine().getOut();
        out.println("Lodestone stress test: " + report.dataset().name() + ", coalition " + report.coalition().name());
        out.println("(Disruption scenarios arrive with the engine; this run reports first-tier exposure.)");
        out.println();
        out.print(report.table());
        long flagged = report.rows().stream().filter(r -> r.dominantNonMember().isPresent()).count();
        out.printf("%n%d of %d commodities have one country outside %s holding more than half of world production.%n",
                flagged, report.rows().size(), report.coalition().id());
        out.flush();
        return ExitCodes.OK;
    }
}
