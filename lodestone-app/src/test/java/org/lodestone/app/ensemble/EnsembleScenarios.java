package org.lodestone.app.ensemble;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;

/** Short scenarios on the bundled dataset with uncertainty blocks, written to a test folder. */
public final class EnsembleScenarios {

    /** A 120-day Taiwan Strait closure whose blocked share, duration and inventory days vary. */
    public static final String TAIWAN = """
            lodestone: 1
            name: taiwan-short
            dataset: builtin:ai-stack
            start: 2026-11-10
            horizon: 120
            coalition: pax-silica
            events:
              - {type: logistics-disruption, chokepoint: taiwan-strait, share-blocked: 0.5,
                 start: 2026-11-11, duration: 30}
            uncertainty:
              runs: 12
              seed: 7
              vary:
                events[0].share-blocked: {dist: uniform, min: 0.2, max: 0.9}
                events[0].duration: {dist: triangular, min: 10, mode: 30, max: 60}
                model.inventory-days: {dist: choice, values: [60, 90, 120]}
            """;

    private EnsembleScenarios() {}

    /** Writes {@code text} as {@code name} in {@code dir}. */
    public static String write(Path dir, String name, String text) {
        try {
            return Files.writeString(dir.resolve(name), text).toString();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }
}
