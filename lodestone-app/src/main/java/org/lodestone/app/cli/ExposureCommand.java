package org.lodestone.app.cli;

import java.io.PrintWriter;
import java.time.LocalDate;
import java.util.concurrent.Callable;
import org.lodestone.app.exposure.ExposureReport;
import org.lodestone.app.exposure.ExposureUseCase;
import picocli.CommandLine;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;

/** {@code lodestone exposure}: concentration and coalition share of every commodity. */
@Command(
        name = "exposure",
        mixinStandardHelpOptions = true,
        description = {"One row per commodity: world production and unit, HHI of production, top producer and its share,",
                "the share held by the coalition's members on the date, the share held by the countries of concern,",
                "and a flag where one country outside the coalition holds more than half."})
final class ExposureCommand implements Callable<Integer> {

    @Mixin
    private ExposureOptions options;

    @CommandLine.Spec
    private CommandLine.Model.CommandSpec spec;

    @Override
    public Integer call() {
        ExposureReport report = ExposureUseCase.run(options.dataset, options.coalition, options.date.orElse(LocalDate.now()));
        PrintWriter out = spec.commandLine().getOut();
        out.print(switch (options.format) {
            case TABLE -> report.table();
            case CSV -> report.csv();
            case JSON -> report.json();
        });
        out.flush();
        return ExitCodes.OK;
    }
}
