package org.lodestone.io.scenario;

import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import org.lodestone.core.scenario.Scenario;
import org.lodestone.io.problem.Location;

/**
 * A scenario read from a file, with where each event and each node it names was written, so that
 * binding it to a table can point at the offending line.
 *
 * @param scenario   the scenario
 * @param file       the scenario file
 * @param events     location of each event
 * @param nodes      location of each node of each event's {@code at}
 * @param coalition  where {@code coalition:} is written (the whole file when it is not)
 * @param datasetPaths where each dataset path the scenario overrides or varies is written
 * @param description the file's {@code description:} (one line saying what it models), or empty
 */
public record LocatedScenario(
        Scenario scenario,
        Path file,
        List<Location> events,
        List<List<Location>> nodes,
        Location coalition,
        Map<String, Location> datasetPaths,
        String description) {

    public LocatedScenario {
        Objects.requireNonNull(scenario, "scenario");
        Objects.requireNonNull(file, "file");
        Objects.requireNonNull(coalition, "coalition");
        Objects.requireNonNull(description, "description");
        events = List.copyOf(events);
        nodes = nodes.stream().map(List::copyOf).toList();
        datasetPaths = Map.copyOf(datasetPaths);
    }

    /** A scenario without a description. */
    public LocatedScenario(
            Scenario scenario,
            Path file,
            List<Location> events,
            List<List<Location>> nodes,
            Location coalition,
            Map<String, Location> datasetPaths) {
        this(scenario, file, events, nodes, coalition, datasetPaths, "");
    }

    /** A scenario without dataset paths. */
    public LocatedScenario(
            Scenario scenario, Path file, List<Location> events, List<List<Location>> nodes, Location coalition) {
        this(scenario, file, events, nodes, coalition, Map.of());
    }

    /** A scenario whose {@code coalition:} is located at the whole file. */
    public LocatedScenario(Scenario scenario, Path file, List<Location> events, List<List<Location>> nodes) {
        this(scenario, file, events, nodes, Location.file(file.toString()));
    }

    /** The same locations for another version of the scenario (the same events with other numbers). */
    public LocatedScenario withScenario(Scenario value) {
        if (value.events().size() != scenario.events().size()) {
            throw new IllegalArgumentException(
                    "the scenario has " + value.events().size() + " events, the located one " + events.size());
        }
        return new LocatedScenario(value, file, events, nodes, coalition, datasetPaths, description);
    }

    /** What the scenario models in one line: its description, else its name. */
    public String title() {
        return description.isBlank() ? scenario.name() : description;
    }
}
