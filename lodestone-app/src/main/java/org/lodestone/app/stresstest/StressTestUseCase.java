package org.lodestone.app.stresstest;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Optional;
import java.util.function.Function;
import org.lodestone.app.exposure.ExposureReport;
import org.lodestone.app.exposure.ExposureUseCase;
import org.lodestone.app.run.Scope;
import org.lodestone.io.run.OutputFolder;

/**
 * The main job: runs every scenario on the dataset for the coalition, then writes
 * {@code index.html}, {@code summary.csv}, {@code summary.json} and {@code measures.csv} (and
 * {@code summary.xlsx} when asked) to a temporary folder that replaces the report folder only once
 * all of them are written.
 */
public final class StressTestUseCase {

    /**
     * One file of the report.
     *
     * @param name    file name
     * @param content the file's text, made from the result
     */
    record ReportFile(String name, Function<StressTestResult, String> content) {}

    static final List<ReportFile> FILES = List.of(
            new ReportFile("index.html", ReportPage::render),
            new ReportFile("summary.csv", SummaryFiles::csv),
            new ReportFile("summary.json", SummaryFiles::json),
            new ReportFile("measures.csv", MeasureFiles::csv));

    /** The workbook written with {@code --format xlsx}. */
    public static final String WORKBOOK = "summary.xlsx";

    private StressTestUseCase() {}

    /**
     * Runs the stress test and writes its report.
     *
     * @throws org.lodestone.io.problem.InputException for a bad dataset, coalition or scenario (before anything is written)
     * @throws IOException if the report cannot be written; the previous report is then left as it was
     */
    public static StressTestResult run(StressTestRequest request) throws IOException {
        return run(request, false);
    }

    /**
     * Runs the stress test and writes its report, with {@code summary.xlsx} too when {@code workbook}.
     *
     * @throws org.lodestone.io.problem.InputException for a bad dataset, coalition or scenario (before anything is written)
     * @throws IOException if the report cannot be written; the previous report is then left as it was
     */
    public static StressTestResult run(StressTestRequest request, boolean workbook) throws IOException {
        long started = System.nanoTime();
        Scope scope = Scope.load(request.dataset(), request.coalition(), request.date());
        List<ScenarioEntry> entries = ScenarioSet.read(request.scenarios(), request.dataset());
        ExposureReport exposure = ExposureUseCase.run(
                request.dataset(), Optional.of(scope.coalition().id()), request.date());
        List<ScenarioResult> results;
        try (Progress progress = Progress.of(
                request.progress(),
                entries.stream().mapToLong(e -> e.scenario().horizon()).sum())) {
            results = ScenarioRunner.run(scope, entries, request.threads(), progress);
        }
        Optional<InputSwing> swing = Brief.worst(results).flatMap(w -> InputSwing.of(scope, w, request.threads()));
        StressTestResult result = new StressTestResult(
                scope,
                results,
                exposure,
                request.version(),
                request.out().toAbsolutePath().normalize(),
                (System.nanoTime() - started) / 1e9,
                swing);
        write(result, FILES, workbook);
        return result;
    }

    /** Writes {@code files} into a temporary folder and moves it into place when all are written. */
    static void write(StressTestResult result, List<ReportFile> files) throws IOException {
        write(result, files, false);
    }

    /** As {@link #write(StressTestResult, List)}, with {@code summary.xlsx} when {@code workbook}. */
    static void write(StressTestResult result, List<ReportFile> files, boolean workbook) throws IOException {
        try (OutputFolder folder = OutputFolder.open(result.out())) {
            for (ReportFile file : files) {
                Path path = folder.resolve(file.name());
                Files.writeString(path, file.content().apply(result), StandardCharsets.UTF_8);
            }
            if (workbook) {
                Files.write(folder.resolve(WORKBOOK), SummaryWorkbook.bytes(result));
            }
            folder.commit();
        }
    }
}
