package org.lodestone.io.backtest;

import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.util.List;
import java.util.Optional;
import org.lodestone.io.problem.InputException;
import org.lodestone.io.problem.Problem;
import org.lodestone.io.scenario.BundledIndex;
import org.lodestone.io.scenario.LocatedScenario;
import org.lodestone.io.scenario.ScenarioReader;

/**
 * The historical episodes bundled with Lodestone ({@code builtin:NAME}), stored as resources under
 * {@code /org/lodestone/io/episodes/}: an {@code index.csv} ({@code name,title}) listing them in
 * order, and per episode {@code NAME.yaml} and the scenario file it names beside it.
 */
public final class EpisodeLibrary {

    /** Prefix of bundled episode references. */
    public static final String PREFIX = BundledIndex.PREFIX;

    private static final BundledIndex INDEX = new BundledIndex("/org/lodestone/io/episodes/", "episode");

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
        return INDEX.entries().stream().map(e -> new Entry(e.name(), e.title())).toList();
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
        String text = INDEX.yaml(name);
        return EpisodeReader.read(PREFIX + name, text, EpisodeLibrary::scenario);
    }

    private static LocatedScenario scenario(String reference) {
        if (reference.startsWith(PREFIX)) {
            return ScenarioReader.read(Path.of(reference));
        }
        Optional<String> text =
                reference.matches("[a-z0-9][a-z0-9.-]*\\.yaml") ? INDEX.text(reference) : Optional.empty();
        if (text.isEmpty()) {
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
                text.get().getBytes(StandardCharsets.UTF_8),
                Path.of(PREFIX + "episodes/" + reference));
    }
}
