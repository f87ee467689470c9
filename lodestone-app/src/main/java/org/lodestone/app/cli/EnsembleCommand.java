package org.lodestone.app.cli;

import java.io.PrintWriter;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.OptionalInt;
import java.util.OptionalLong;
import java.util.concurrent.Callable;
import org.lodestone.app.ensemble.EnsembleRequest;
import org.lodestone.app.ensemble.EnsembleResult;
import org.lodestone.app.ensemble.EnsembleTable;
import org.lodestone.app.ensemble.EnsembleUseCase;
import org.lodestone.app.ensemble.SummaryArchives;
import picocli.CommandLine;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;

/** {@code lodestone ensemble SCENARIO.yaml --runs N --out DIR}: Monte Carlo over the scenario's uncertainty block. */
@Command(
        name = "ensemble",
        header = "Runs a scenario many times, drawing its uncertain inputs.",
        mixinStandardHelpOptions = true,
        description = {
            "Runs N members of a scenario, each with its uncertain inputs drawn from the scenario's uncertainty block,",
            "and writes the distribution of the stress-test metrics (mean, sd, P5/P50/P95, min, max) for the coalition and",
            "each member, the P5-P95 bands of AI compute, and an HTML report to DIR (replaced when complete).",
            "The same seed gives the same result whatever the number of threads. See docs/methods-uncertainty.md."
        })
final class EnsembleCommand implements Callable<Integer> {

    @Parameters(
            paramLabel = "SCENARIO.yaml",
            description = "A scenario file or builtin:NAME (lodestone scenarios lists them).")
    private String scenario;

    @Option(
            names = "--runs",
            paramLabel = "N",
            description = "Members (default: the scenario's uncertainty.runs, else 1000).")
    private Integer runs;

    @Option(
            names = "--out",
            paramLabel = "DIR",
            required = true,
            description = "Report folder; replaced when the ensemble is complete.")
    private Path out;

    @Option(
            names = "--seed",
            paramLabel = "S",
            description = "Seed (default: the scenario's uncertainty.seed, else 0).")
    private Long seed;

    @Option(
            names = "--summary",
            paramLabel = "FILE",
            split = ",",
            description = "Report on summaries written by Spark jobs (EnsembleJob --summary FILE), combined, instead of"
                    + " running, for the date and coalition they were run for (--date and --coalition must agree).")
    private List<Path> summaries = new ArrayList<>();

    @Option(
            names = "--format",
            paramLabel = "F",
            split = ",",
            description =
                    "Output formats: html (the report and the CSV and JSON files; always written) and xlsx (adds"
                            + " ensemble.xlsx: metrics, most_hit, bands and members, and a sheet of units, definitions and sources).")
    private List<String> formats = new ArrayList<>();

    @Mixin
    private MemberRunOptions run;

    @CommandLine.Spec
    private CommandLine.Model.CommandSpec spec;

    @Override
    public Integer call() throws Exception {
        int workers = run.threads();
        if (runs != null && runs < 1) {
            throw new CommandLine.ParameterException(
                    spec.commandLine(), "Invalid value for option '--runs': " + runs + " (expected >= 1)");
        }
        boolean workbook = Options.workbook(spec, formats);
        EnsembleRequest.Engine where = run.engine();
        Optional<String> coalition = run.coalition();
        LocalDate date = run.date();
        if (!summaries.isEmpty()) {
            // a report on summaries is for the date and coalition they were run for, unless both are given
            SummaryArchives.Recorded recorded = SummaryArchives.Recorded.of(summaries.get(0));
            coalition = coalition.or(() -> Optional.of(recorded.coalition()));
            date = run.givenDate().orElse(recorded.date());
        }
        EnsembleResult result = EnsembleUseCase.run(
                new EnsembleRequest(
                        scenario,
                        runs == null ? OptionalInt.empty() : OptionalInt.of(runs),
                        seed == null ? OptionalLong.empty() : OptionalLong.of(seed),
                        workers,
                        out,
                        coalition,
                        date,
                        true,
                        Options.version(),
                        where,
                        summaries),
                workbook);
        PrintWriter w = spec.commandLine().getOut();
        w.print(EnsembleTable.render(result));
        w.printf(
                "%nReport: %s (also metrics.csv, bands.csv, most_hit.csv, members.csv, ensemble.json%s)%n",
                result.out().resolve("index.html"), workbook ? ", ensemble.xlsx" : "");
        w.flush();
        return ExitCodes.OK;
    }
}
