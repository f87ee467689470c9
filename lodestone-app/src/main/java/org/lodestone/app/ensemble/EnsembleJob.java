package org.lodestone.app.ensemble;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.Optional;
import java.util.OptionalInt;
import java.util.OptionalLong;
import java.util.function.LongConsumer;
import org.lodestone.app.run.RunSeries;
import org.lodestone.core.ensemble.EnsembleSummary;
import org.lodestone.core.ensemble.TrajectoryBands;
import org.lodestone.io.run.OutputFolder;

/**
 * One ensemble for the server: {@link EnsembleUseCase} on one thread into a scratch folder, kept as
 * the {@code ensemble.json} document and the P5/P50/P95 bands of each reporting unit as series
 * {@code band:UNIT:p5|p50|p95} (x/x0 per day).
 */
public final class EnsembleJob {

    /** Prefix of the band series. */
    public static final String BAND = "band:";

    private EnsembleJob() {}

    /**
     * @param scenario  {@code builtin:NAME} or a scenario file
     * @param runs      members
     * @param seed      the seed, the scenario's when empty
     * @param scratch   a folder for the report files, deleted afterwards
     * @param membersDone told of each member run (from the worker)
     * @throws org.lodestone.io.problem.InputException for a bad scenario or dataset
     */
    public static RunSeries run(
            String scenario,
            int runs,
            OptionalLong seed,
            Optional<String> coalition,
            LocalDate date,
            String version,
            Path scratch,
            LongConsumer membersDone)
            throws IOException {
        Path out = scratch.resolve("ensemble-" + System.nanoTime());
        try {
            EnsembleResult result = EnsembleUseCase.run(
                    EnsembleRequest.local(
                            scenario, OptionalInt.of(runs), seed, 1, out, coalition, date, false, version),
                    membersDone);
            EnsembleSummary summary = result.summary();
            Map<String, double[]> series = new LinkedHashMap<>();
            for (int u = 0; u < summary.layout().units().size(); u++) {
                TrajectoryBands bands = summary.bands(u);
                if (bands == null) {
                    continue;
                }
                String unit = summary.layout().units().get(u);
                for (double p : new double[] {0.05, 0.5, 0.95}) {
                    double[] values = new double[bands.days()];
                    for (int t = 0; t < values.length; t++) {
                        values[t] = bands.quantile(t, p);
                    }
                    series.put(BAND + unit + ":p" + Math.round(p * 100), values);
                }
            }
            return new RunSeries(EnsembleFiles.json(result), series);
        } finally {
            delete(out);
        }
    }

    private static void delete(Path folder) {
        try {
            OutputFolder.deleteTree(folder);
        } catch (IOException e) {
            throw new UncheckedIOException("cannot delete the ensemble scratch folder " + folder, e);
        }
    }
}
