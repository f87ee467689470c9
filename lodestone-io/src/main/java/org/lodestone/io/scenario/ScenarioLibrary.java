package org.lodestone.io.scenario;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Set;
import org.lodestone.io.problem.InputException;
import org.lodestone.io.problem.Problem;
import org.lodestone.io.problem.Suggestions;

/**
 * The scenarios bundled with Lodestone ({@code builtin:NAME}), stored as resources under
 * {@code /org/lodestone/io/scenarios/}: one YAML file per scenario and an {@code index.csv}
 * ({@code name,title}) listing them in order.
 */
public final class ScenarioLibrary {

    /** Prefix of bundled scenario references. */
    public static final String PREFIX = "builtin:";
    private static final String ROOT = "/org/lodestone/io/scenarios/";

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
        String index = resource("index.csv");
        if (index == null) {
            return List.of();
        }
        List<Entry> entries = new ArrayList<>();
        for (String line : index.lines().skip(1).toList()) {
            if (!line.isBlank()) {
                int comma = line.indexOf(',');
                String title = line.substring(comma + 1).trim();
                entries.add(new Entry(line.substring(0, comma).trim(), title.startsWith("\"") ? title.substring(1, title.length() - 1) : title));
            }
        }
        return entries;
    }

    /**
     * Reads {@code builtin:NAME}.
     *
     * @throws InputException if there is no such scenario (listing the names) or it is invalid
     */
    public static LocatedScenario read(String name) {
        String text = resource(name + ".yaml");
        if (text == null) {
            var names = entries().stream().map(Entry::name).toList();
            throw InputException.of(new Problem(Problem.Severity.ERROR, PREFIX + name, 0, 0, "scenario", name, "is not a bundled scenario",
                    "one of " + String.join(", ", names.stream().map(n -> PREFIX + n).toList()),
                    Suggestions.hint(name, Set.copyOf(names))));
        }
        return ScenarioReader.read(PREFIX + name, text.getBytes(StandardCharsets.UTF_8), Path.of(PREFIX + name));
    }

    private static String resource(String file) {
        try (InputStream in = ScenarioLibrary.class.getResourceAsStream(ROOT + file)) {
            return in == null ? null : new String(in.readAllBytes(), StandardCharsets.UTF_8);
        } catch (IOException e) {
            throw new UncheckedIOException("cannot read bundled scenario " + file, e);
        }
    }
}
