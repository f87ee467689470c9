package org.lodestone.io.scenario;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Set;
import org.lodestone.core.binding.Suggestions;
import org.lodestone.io.csv.CsvReader;
import org.lodestone.io.csv.CsvRow;
import org.lodestone.io.problem.InputException;
import org.lodestone.io.problem.Problem;
import org.lodestone.io.problem.Problems;

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
        Problems problems = new Problems();
        List<Entry> entries = new ArrayList<>();
        for (CsvRow row : CsvReader.read(PREFIX + "index.csv", index, List.of("name", "title"), List.of(), problems)) {
            entries.add(new Entry(row.get("name").trim(), row.get("title").trim()));
        }
        problems.throwIfErrors();
        return entries;
    }

    /**
     * Reads {@code builtin:NAME}.
     *
     * @throws InputException if there is no such scenario (listing the names) or it is invalid
     */
    public static LocatedScenario read(String name) {
        String text = name.matches("[a-z0-9][a-z0-9-]*") ? resource(name + ".yaml") : null;
        if (text == null) {
            var names = entries().stream().map(Entry::name).toList();
            throw InputException.of(new Problem(
                    Problem.Severity.ERROR,
                    PREFIX + name,
                    0,
                    0,
                    "scenario",
                    name,
                    "is not a bundled scenario",
                    "one of "
                            + String.join(
                                    ", ", names.stream().map(n -> PREFIX + n).toList()),
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
