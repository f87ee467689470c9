package org.lodestone.app.simulate;

import java.io.IOException;
import java.nio.file.Path;
import org.lodestone.app.run.ScenarioRun;
import org.lodestone.app.run.ScenarioRuns;
import org.lodestone.app.run.TableSource;
import org.lodestone.core.ario.RunOutcome;
import org.lodestone.core.ario.StepListener;
import org.lodestone.core.ario.SummaryRecorder;
import org.lodestone.io.run.OutputFolder;
import org.lodestone.io.run.RunReport;
import org.lodestone.io.run.TrajectoryFormat;
import org.lodestone.io.run.TrajectoryWriter;
import org.lodestone.io.scenario.LocatedScenario;
import org.lodestone.io.scenario.ScenarioReader;

/**
 * Runs one scenario and writes its results: {@code run.json}, {@code summary.csv} and the
 * trajectories, into a temporary folder that replaces {@code out} only once complete.
 */
public final class SimulateUseCase {

    /**
     * What a run produced.
     *
     * @param outcome      how the run ended
     * @param out          the results folder
     * @param setupSeconds loading and initialisation
     * @param loopSeconds  stepping
     * @param industries   number of industries
     */
    public record Result(RunOutcome outcome, Path out, double setupSeconds, double loopSeconds, int industries) {}

    private SimulateUseCase() {}

    /**
     * @param scenarioFile the scenario YAML
     * @param out          results folder (replaced when the run completes)
     * @param format       trajectory format
     * @param threads      worker threads for the engine
     * @param version      Lodestone version, recorded in run.json
     * @param progress     also show a progress bar on a terminal
     * @throws org.lodestone.io.problem.InputException for a bad scenario, dataset or table
     */
    @SuppressWarnings("try") // trajectories are closed before the folder commits; the second close is a no-op
    public static Result run(
            Path scenarioFile, Path out, TrajectoryFormat format, int threads, String version, boolean progress)
            throws IOException {
        long started = System.nanoTime();
        LocatedScenario located = ScenarioReader.read(scenarioFile);
        var scenario = located.scenario();
        TableSource source = TableSource.load(
                scenario.dataset(), scenarioFile.toAbsolutePath().getParent());
        ScenarioRun run = ScenarioRuns.bind(located, source, threads);
        double setup = seconds(started);
        SummaryRecorder summary = SummaryRecorder.of(run.shockedIndustries(), source.table());
        try (OutputFolder folder = OutputFolder.open(out);
                TrajectoryWriter trajectories = new TrajectoryWriter(folder, format, source.table())) {
            StepListener bar = progress
                    ? ProgressListener.forTerminal("simulate " + scenario.name(), scenario.horizon())
                    : StepListener.none();
            ScenarioRun.Finished finished;
            try {
                finished = run.run(summary.andThen(trajectories).andThen(bar));
            } finally {
                if (bar instanceof AutoCloseable closeable) {
                    closeQuietly(closeable);
                }
            }
            long loopEnded = System.nanoTime();
            trajectories.close();
            double write = seconds(loopEnded);
            if (format == TrajectoryFormat.PARQUET) {
                TrajectoryParquet.convert(folder, scenario.start());
            }
            RunReport.writeSummary(folder, summary.rows());
            RunReport.writeRunJson(
                    folder,
                    scenario,
                    new RunReport.Facts(
                            version,
                            source.id(),
                            source.version(),
                            source.table().size(),
                            run.threads(),
                            setup,
                            finished.seconds(),
                            write),
                    finished.outcome());
            folder.commit();
            return new Result(
                    finished.outcome(),
                    folder.target(),
                    setup,
                    finished.seconds(),
                    source.table().size());
        }
    }

    private static void closeQuietly(AutoCloseable closeable) {
        try {
            closeable.close();
        } catch (Exception e) {
            throw new IllegalStateException("cannot close the progress bar", e);
        }
    }

    private static double seconds(long since) {
        return (System.nanoTime() - since) / 1e9;
    }
}
