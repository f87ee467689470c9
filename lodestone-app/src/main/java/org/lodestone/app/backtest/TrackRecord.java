package org.lodestone.app.backtest;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;

/**
 * The model's recorded backtest score on a bundled dataset ({@code track-record.csv}): what
 * {@code lodestone backtest} prints for the bundled episodes, shown next to the stress test's
 * forecasts, and what it prints for each calibration run the record keeps ({@code --psi}). The
 * regression guard checks the record against a replay, so it cannot drift.
 *
 * @param dataset      the dataset reference, {@code builtin:NAME}
 * @param score        the score line, e.g. {@code 10 of 31 metrics inside their bands}
 * @param calibrations the score of each recorded calibration run, in the file's order
 */
public record TrackRecord(String dataset, String score, List<Calibration> calibrations) {

    public TrackRecord {
        calibrations = List.copyOf(calibrations);
    }

    /**
     * The score of every episode run with one ψ instead of its scenario's.
     *
     * @param psi   the ψ of the run, in (0, 1]
     * @param score its score line
     * @param note  what the run changes, measured when it was recorded (docs/validation.md)
     */
    public record Calibration(double psi, String score, String note) {}

    /** The record of {@code dataset}; empty for a dataset the bundled episodes do not run on. */
    public static Optional<TrackRecord> of(String dataset) {
        String score = null;
        List<Calibration> calibrations = new ArrayList<>();
        for (String line : lines()) {
            String[] f = line.split(",", 4);
            if (line.startsWith("#") || f.length < 4 || !f[0].equals(dataset)) {
                continue;
            }
            if (f[1].isBlank()) {
                score = f[2].trim();
            } else {
                calibrations.add(new Calibration(Double.parseDouble(f[1]), f[2].trim(), f[3].trim()));
            }
        }
        return score == null ? Optional.empty() : Optional.of(new TrackRecord(dataset, score, calibrations));
    }

    private static String[] lines() {
        try (InputStream in = TrackRecord.class.getResourceAsStream("track-record.csv")) {
            if (in == null) {
                throw new IllegalStateException("track-record.csv is missing from the build");
            }
            return new String(in.readAllBytes(), StandardCharsets.UTF_8).split("\n");
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }
}
