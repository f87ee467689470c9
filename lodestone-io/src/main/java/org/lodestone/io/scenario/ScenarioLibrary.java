package org.lodestone.io.scenario;

import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.util.List;
import org.lodestone.io.problem.InputException;

/**
 * The scenarios bundled with Lodestone ({@code builtin:NAME}), stored as resources under
 * {@code /org/lodestone/io/scenarios/}: one YAML file per scenario and an {@code index.csv}
 * ({@code name,title}) listing them in order.
 */
public final class ScenarioLibrary {

    /** Prefix of bundled scenario references. */
    public static final String PREFIX = BundledIndex.PREFIX;

    private static final BundledIndex INDEX = new BundledIndex("/org/lodestone/io/scenarios/", "scenario");

    /**
     * One entry of the library.
     *
     * @param name  the name after {@code builtin:}
     * @param title one line saying what it models
     */
    public record Entry(String name, String title) {}

    private ScenarioLibrary() {}

    /** Every bundled scenario, in index order. */
    public static List<Entry> entries() {
        return INDEX.entries().stream().map(e -> new Entry(e.name(), e.title())).toList();
    }

    /**
     * The YAML text of {@code builtin:NAME}, as bundled (comments included).
     *
     * @throws InputException if there is no such scenario (listing the names)
     */
    public static String text(String name) {
        return INDEX.yaml(name);
    }

    /**
     * Reads {@code builtin:NAME}.
     *
     * @throws InputException if there is no such scenario (listing the names) or it is invalid
     */
    public static LocatedScenario read(String name) {
        String text = INDEX.yaml(name);
        return ScenarioReader.read(PREFIX + name, text.getBytes(StandardCharsets.UTF_8), Path.of(PREFIX + name));
    }
}
