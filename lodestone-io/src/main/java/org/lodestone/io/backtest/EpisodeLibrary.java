package org.lodestone.io.backtest;

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
import org.lodestone.io.scenario.LocatedScenario;
import org.lodestone.io.scenario.ScenarioReader;

/**
 * The historical episodes bundled with Lodestone ({@code builtin:NAME}), stored as resources under
 * {@code /org/lodestone/io/episodes/}: an {@code index.csv} ({@code name,title}) listing them in
 * order, and per episode {@code NAME.yaml} and the scenario file it names beside it.
 */
public final class EpisodeLibrary {

    /** Prefix of bundled episode references. */
    public static final String PREFIX = "builtin:";

    private static final String ROOT = "/org/lodestone/io/episodes/";

    /**
     * One entry of the library.
     *
     * @param name  the name after {@code builtin:}
     * @param title one line saying what happened
     */
    public record Entry(String name, String title) {}

    private EpisodeLibrary() {}

    /** Every bundled episode, in index order. */
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

    /** Every bundled episode, read, in index order. */
    public static List<Episode> readAll() {
        return entries().stream().map(e -> read(e.name())).toList();
    }

    /**
     * Reads an episode: {@code builtin:NAME} from the library, anything else as an episode file.
     *
     * @throws InputException with every problem found
     */
    public static Episode open(String reference) {
        return reference.startsWith(PREFIX)
                ? read(reference.substring(PREFIX.length()))
                : EpisodeReader.read(Path.of(reference));
    }

    /**
     * Reads the bundled episode {@code NAME}.
     *
     * @throws InputException if there is none of that name (listing the names) or it is invalid
     */
    public static Episode read(String name) {
        String text = name.matches("[a-z0-9][a-z0-9-]*") ? resource(name + ".yaml") : null;
        if (text == null) {
            List<String> names = entries().stream().map(Entry::name).toList();
            throw InputException.of(new Problem(
                    Problem.Severity.ERROR,
                    PREFIX + name,
                    0,
                    0,
                    "episode",
                    name,
                    "is not a bundled episode",
                    "one of "
                            + String.join(
                                    ", ", names.stream().map(n -> PREFIX + n).toList()),
                    Suggestions.hint(name, Set.copyOf(names))));
        }
        return EpisodeReader.read(PREFIX + name, text, EpisodeLibrary::scenario);
    }

    private static LocatedScenario scenario(String reference) {
        if (reference.startsWith(PREFIX)) {
            return ScenarioReader.read(Path.of(reference));
        }
        String text = reference.matches("[a-z0-9][a-z0-9.-]*\\.yaml") ? resource(reference) : null;
        if (text == null) {
            throw InputException.of(new Problem(
                    Problem.Severity.ERROR,
                    PREFIX + reference,
                    0,
                    0,
                    "scenario",
                    reference,
                    "is not a scenario file of the episode library",
                    "NAME.scenario.yaml beside the episode",
                    ""));
        }
        return ScenarioReader.read(
                PREFIX + "episodes/" + reference,
                text.getBytes(StandardCharsets.UTF_8),
                Path.of(PREFIX + "episodes/" + reference));
    }

    private static String resource(String file) {
        try (InputStream in = EpisodeLibrary.class.getResourceAsStream(ROOT + file)) {
            return in == null ? null : new String(in.readAllBytes(), StandardCharsets.UTF_8);
        } catch (IOException e) {
            throw new UncheckedIOException("cannot read bundled episode file " + file, e);
        }
    }
}
