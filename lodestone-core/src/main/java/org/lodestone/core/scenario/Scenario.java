package org.lodestone.core.scenario;

import java.time.LocalDate;
import java.util.List;
import java.util.Objects;
import java.util.Optional;
import org.lodestone.core.ario.ArioParameters;

/**
 * A scenario: the dataset to run on, the horizon, the model parameters and the events.
 *
 * @param name      scenario name
 * @param dataset   dataset reference ({@code builtin:NAME}, a folder, or {@code mrio:PATH})
 * @param start     calendar date of step 0, if given
 * @param horizon   number of steps (days) to simulate
 * @param coalition coalition the results are reported for, if given
 * @param model     ARIO parameters
 * @param events    events, in file order
 * @param seed      the run's seed (recorded with every result)
 * @param hash      SHA-256 of the scenario file's bytes, hex
 */
public record Scenario(String name, String dataset, Optional<LocalDate> start, int horizon, Optional<String> coalition,
        ArioParameters model, List<EventSpec> events, long seed, String hash) {

    public Scenario {
        Objects.requireNonNull(name, "name");
        Objects.requireNonNull(dataset, "dataset");
        Objects.requireNonNull(model, "model");
        events = List.copyOf(events);
        if (horizon < 1) {
            throw new IllegalArgumentException("horizon must be >= 1, was " + horizon);
        }
    }
}
