package org.lodestone.io.scenario;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import org.lodestone.core.binding.Suggestions;
import org.lodestone.io.csv.CsvReader;
import org.lodestone.io.csv.CsvRow;
import org.lodestone.io.problem.InputException;
import org.lodestone.io.problem.Problem;
import org.lodestone.io.problem.Problems;

/**
 * A folder of YAML files bundled as resources and named {@code builtin:NAME}, listed in order by
 * an {@code index.csv} ({@code name,title}): what the scenario and episode libraries share.
 */
public final class BundledIndex {

    /** Prefix of bundled references. */
    public static final String PREFIX = "builtin:";

    /**
     * One entry of the index.
     *
     * @param name  the name after {@code builtin:}
     * @param title its one-line title
     */
    public record Entry(String name, String title) {}

    private final String root;
    private final String kind;

    /**
     * @param root the resource folder, e.g. {@code /org/lodestone/io/scenarios/}
     * @param kind what its files are, for messages ({@code scenario}, {@code episode})
     */
    public BundledIndex(String root, String kind) {
        this.root = root;
        this.kind = kind;
    }

    /** Every entry of the index, in order (none without an index). */
    public List<Entry> entries() {
        Optional<String> index = text("index.csv");
        if (index.isEmpty()) {
            return List.of();
        }
        Problems problems = new Problems();
        List<Entry> entries = new ArrayList<>();
        for (CsvRow row :
                CsvReader.read(PREFIX + "index.csv", index.get(), List.of("name", "title"), List.of(), problems)) {
            entries.add(new Entry(row.get("name").trim(), row.get("title").trim()));
        }
        problems.throwIfErrors();
        return entries;
    }

    /**
     * The text of {@code NAME.yaml}.
     *
     * @throws InputException if there is none of that name, listing the names and the nearest one
     */
    public String yaml(String name) {
        Optional<String> text = name.matches("[a-z0-9][a-z0-9-]*") ? text(name + ".yaml") : Optional.empty();
        if (text.isPresent()) {
            return text.get();
        }
        List<String> names = entries().stream().map(Entry::name).toList();
        throw InputException.of(new Problem(
                Problem.Severity.ERROR,
                PREFIX + name,
                0,
                0,
                kind,
                name,
                "is not a bundled " + kind,
                "one of "
                        + String.join(", ", names.stream().map(n -> PREFIX + n).toList()),
                Suggestions.hint(name, Set.copyOf(names))));
    }

    /** The text of a file of the folder, if there is one. */
    public Optional<String> text(String file) {
        try (InputStream in = BundledIndex.class.getResourceAsStream(root + file)) {
            return in == null ? Optional.empty() : Optional.of(new String(in.readAllBytes(), StandardCharsets.UTF_8));
        } catch (IOException e) {
            throw new UncheckedIOException("cannot read bundled " + kind + " file " + file, e);
        }
    }
}
