package org.lodestone.app.stresstest;

import java.util.Objects;
import org.lodestone.core.scenario.Scenario;
import org.lodestone.io.scenario.LocatedScenario;

/**
 * A scenario of the stress test.
 *
 * @param reference how it was named ({@code builtin:NAME} or a file)
 * @param title     one line saying what it models (the library's title, else the scenario's name)
 * @param located   the scenario with the locations of its events
 */
public record ScenarioEntry(String reference, String title, LocatedScenario located) {

    public ScenarioEntry {
        Objects.requireNonNull(reference, "reference");
        Objects.requireNonNull(title, "title");
        Objects.requireNonNull(located, "located");
    }

    public Scenario scenario() {
        return located.scenario();
    }

    public String name() {
        return located.scenario().name();
    }
}
