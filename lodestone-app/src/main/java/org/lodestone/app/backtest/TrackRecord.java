package org.lodestone.app.backtest;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.util.Optional;

/**
 * The model's recorded backtest score on a bundled dataset ({@code track-record.csv}): what
 * {@code lodestone backtest} prints for the bundled episodes, shown next to the stress test's
 * forecasts. The regression guard checks the record against a replay, so it cannot drift.
 *
 * @param dataset the dataset reference, {@code builtin:NAME}
 * @param score   the score line, e.g. {@code 10 of 31 metrics inside their bands}
 */
public record TrackRecord(String dataset, String score) {

    /** The record of {@code dataset}; empty for a dataset the bundled episodes do not run on. */
    public static Optional<TrackRecord> of(String dataset) {
        try (InputStream in = TrackRecord.class.getResourceAsStream("track-record.csv")) {
            if (in == null) {
                throw new IllegalStateException("track-record.csv is missing from the build");
            }
            for (String line : new String(in.readAllBytes(), StandardCharsets.UTF_8).split("\n")) {
                int comma = line.indexOf(',');
                if (!line.startsWith("#")
                        && comma > 0
                        && line.substring(0, comma).equals(dataset)) {
                    return Optional.of(
                            new TrackRecord(dataset, line.substring(comma + 1).trim()));
                }
            }
            return Optional.empty();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }
}
