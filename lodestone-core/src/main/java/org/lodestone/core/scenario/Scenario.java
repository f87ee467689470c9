package org.lodestone.core.scenario;

import java.time.LocalDate;
import java.util.Collections;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;
import java.util.TreeMap;
import org.lodestone.core.ario.ArioParameters;
import org.lodestone.core.parameter.DatasetFamilies;
import org.lodestone.core.uncertainty.Uncertainty;

/**
 * A scenario: the dataset to run on, the horizon, the model parameters and the events.
 *
 * @param name      scenario name
 * @param dataset   dataset reference ({@code builtin:NAME}, a folder, or {@code mrio:PATH})
 * @param start     calendar date of step 0, if given
 * @param horizon   number of steps (days) to simulate
 * @param coalition coalition the results are reported for, if given
 * @param model     ARIO parameters
 * @param events      events, in file order
 * @param uncertainty the uncertain inputs and the seed (recorded with every result); {@link Uncertainty#none()} when the file
 *                    has no {@code uncertainty} block
 * @param hash        SHA-256 of the scenario file's bytes, hex
 * @param datasetValues numbers of the dataset this scenario sets, by path
 *                    ({@code dataset.substitution[server,ndfeb-magnet].substitutable}: its
 *                    {@code overrides} block, and an ensemble member's draws), sorted by path;
 *                    each path well formed and its value in its field's range (whether the row
 *                    exists is checked when the scenario is bound to its dataset)
 */
public record Scenario(
        String name,
        String dataset,
        Optional<LocalDate> start,
        int horizon,
        Optional<String> coalition,
        ArioParameters model,
        List<EventSpec> events,
        Uncertainty uncertainty,
        String hash,
        Map<String, Double> datasetValues) {

    public Scenario {
        Objects.requireNonNull(name, "name");
        Objects.requireNonNull(dataset, "dataset");
        Objects.requireNonNull(model, "model");
        events = List.copyOf(events);
        Objects.requireNonNull(uncertainty, "uncertainty");
        if (horizon < 1) {
            throw new IllegalArgumentException("horizon must be >= 1, was " + horizon);
        }
        datasetValues.forEach((path, value) -> DatasetFamilies.field(path).check(value));
        datasetValues = Collections.unmodifiableSortedMap(new TreeMap<>(datasetValues));
    }

    /** A scenario that sets no dataset number. */
    public Scenario(
            String name,
            String dataset,
            Optional<LocalDate> start,
            int horizon,
            Optional<String> coalition,
            ArioParameters model,
            List<EventSpec> events,
            Uncertainty uncertainty,
            String hash) {
        this(name, dataset, start, horizon, coalition, model, events, uncertainty, hash, Map.of());
    }

    /** The seed of the scenario's draws (0 without an {@code uncertainty} block). */
    public long seed() {
        return uncertainty.seed();
    }

    /** The same scenario with other model parameters. */
    public Scenario withModel(ArioParameters value) {
        return new Scenario(name, dataset, start, horizon, coalition, value, events, uncertainty, hash, datasetValues);
    }

    /** The same scenario with other events. */
    public Scenario withEvents(List<EventSpec> value) {
        return new Scenario(name, dataset, start, horizon, coalition, model, value, uncertainty, hash, datasetValues);
    }

    /** The same scenario with other dataset numbers ({@link #datasetValues()}) in place of its own. */
    public Scenario withDatasetValues(Map<String, Double> value) {
        return new Scenario(name, dataset, start, horizon, coalition, model, events, uncertainty, hash, value);
    }

    /** The same scenario with another uncertainty block (or seed). */
    public Scenario withUncertainty(Uncertainty value) {
        return new Scenario(name, dataset, start, horizon, coalition, model, events, value, hash, datasetValues);
    }
}
