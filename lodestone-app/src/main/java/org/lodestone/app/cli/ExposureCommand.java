package org.lodestone.app.cli;

import java.io.IOException;
import java.io.PrintWriter;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.concurrent.Callable;
import org.lodestone.app.exposure.ExposureRequest;
import org.lodestone.app.exposure.ExposureUseCase;
import org.lodestone.app.exposure.ExposureWorkbook;
import org.lodestone.app.exposure.ViewReport;
import picocli.CommandLine;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;

/** {@code lodestone exposure}: who depends on whom, at the first tier and through the whole chain. */
@Command(
        name = "exposure",
        header = "Measures a coalition's dependencies across the AI stack.",
        mixinStandardHelpOptions = true,
        description = {
            "Measures a coalition's dependency on the AI stack, in one of five views:",
            "  summary      per commodity: world output, HHI, top producer, coalition and",
            "               concern shares, flag where one non-member holds >50%%",
            "  tiers        what the target (ai-compute) needs at every tier, by origin",
            "  extraction   chokepoint ranking: target lost when each producer is cut;",
            "               --cut REGION:SECTOR shows one cut in detail",
            "  chokepoints  stages one non-member or country of concern controls",
            "  criticality  supply risk x importance per commodity (docs/methods.md)",
            "--add/--remove change the coalition (a what-if) and show the baseline too."
        })
final class ExposureCommand implements Callable<Integer> {

    @Mixin
    private ExposureOptions options;

    @CommandLine.Spec
    private CommandLine.Model.CommandSpec spec;

    @Override
    public Integer call() throws IOException {
        ExposureRequest request = options.request();
        ViewReport report = ExposureUseCase.run(request);
        PrintWriter out = spec.commandLine().getOut();
        out.print(
                switch (options.format) {
                    case TABLE, XLSX -> report.table();
                    case CSV -> report.csv();
                    case JSON -> report.json();
                });
        if (options.format == ExposureOptions.Format.XLSX) {
            Path file = options.out.orElse(Path.of("exposure-" + request.view().key() + ".xlsx"));
            Files.write(file, ExposureWorkbook.bytes(request, report));
            out.printf("%nWorkbook: %s%n", file.toAbsolutePath());
        }
        out.flush();
        return ExitCodes.OK;
    }
}
