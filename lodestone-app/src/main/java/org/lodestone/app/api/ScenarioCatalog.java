package org.lodestone.app.api;

import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import org.lodestone.app.stresstest.ScenarioEntry;
import org.lodestone.io.scenario.LocatedScenario;
import org.lodestone.io.scenario.ScenarioLibrary;
import org.lodestone.io.scenario.ScenarioReader;
import org.lodestone.store.Refused;
import org.lodestone.store.Store;
import org.lodestone.store.access.Principal;
import org.lodestone.store.library.Stored;

/**
 * Finds the scenario a request names: {@code builtin:NAME} (the bundled library, readable by
 * everyone) or {@code store:ID} / {@code store:ID@VERSION} (a stored scenario the caller may read).
 */
final class ScenarioCatalog {

    static final String STORE = "store:";
    static final String FILE = "scenario.yaml";

    /**
     * A scenario ready to run.
     *
     * @param ref     {@code builtin:NAME} or {@code store:ID}
     * @param version the stored version, 0 for a bundled scenario
     * @param entry   the parsed scenario
     * @param yaml    a stored scenario's text, empty for a bundled one
     */
    record Resolved(String ref, int version, ScenarioEntry entry, String yaml) {}

    private final Store store;

    ScenarioCatalog(Store store) {
        this.store = store;
    }

    /**
     * @throws BadRequest for a reference of neither form
     * @throws Refused    NOT_FOUND or FORBIDDEN for a stored one
     * @throws org.lodestone.io.problem.InputException if the scenario does not parse
     */
    Resolved resolve(Principal caller, String ref) {
        if (ref.startsWith(ScenarioLibrary.PREFIX)) {
            String name = ref.substring(ScenarioLibrary.PREFIX.length());
            String title = ScenarioLibrary.entries().stream()
                    .filter(e -> e.name().equals(name))
                    .map(ScenarioLibrary.Entry::title)
                    .findFirst()
                    .orElseThrow(() -> Refused.notFound("bundled scenario '" + ref + "'"));
            return new Resolved(ref, 0, new ScenarioEntry(ref, title, ScenarioLibrary.read(name)), "");
        }
        if (!ref.startsWith(STORE)) {
            throw new BadRequest("scenario", "'" + ref + "' is neither builtin:NAME nor store:ID[@VERSION]");
        }
        StoredIds.Reference wanted = StoredIds.reference("scenario", ref.substring(STORE.length()));
        Stored stored = store.scenarios().get(caller, wanted.id(), wanted.version());
        LocatedScenario located = parse(
                STORE + stored.id() + "@" + stored.version(),
                "scenario",
                stored.files().get(FILE));
        return new Resolved(
                STORE + stored.id(),
                stored.version(),
                new ScenarioEntry(STORE + stored.id(), located.title(), located),
                stored.files().get(FILE));
    }

    /** Whether the caller may read the scenario a run came from. */
    boolean readable(Principal caller, String ref) {
        if (ref.startsWith(ScenarioLibrary.PREFIX)) {
            return true;
        }
        return ref.startsWith(STORE) && store.scenarios().readable(caller, ref.substring(STORE.length()));
    }

    /** Scenario YAML, at most: 256 KB, fifty times the largest bundled scenario (5 KB). */
    static final int MAX_YAML_BYTES = 256 * 1024;

    /**
     * Parses scenario YAML; problems are located in {@code display} (e.g. {@code store:ree@2}).
     *
     * @throws BadRequest naming {@code field} for YAML over {@link #MAX_YAML_BYTES} (checked before
     *                    parsing) or a scenario name with control or bidirectional formatting characters
     */
    static LocatedScenario parse(String display, String field, String yaml) {
        byte[] bytes = yaml.getBytes(StandardCharsets.UTF_8);
        if (bytes.length > MAX_YAML_BYTES) {
            throw new BadRequest(
                    field,
                    "the scenario YAML is " + bytes.length + " bytes; at most " + MAX_YAML_BYTES
                            + " are accepted (the bundled scenarios are under 6 KB)");
        }
        LocatedScenario located = ScenarioReader.read(display, bytes, Path.of(FILE));
        if (!Names.printable(located.scenario().name())) {
            throw new BadRequest("name", "the scenario's name must be " + Names.EXPECTED);
        }
        return located;
    }
}
