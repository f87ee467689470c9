package org.lodestone.io.dataset;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.TreeSet;
import org.lodestone.io.csv.CsvReader;
import org.lodestone.io.csv.CsvRow;
import org.lodestone.io.problem.Location;
import org.lodestone.io.problem.Problems;
import org.lodestone.io.yaml.YamlMap;

/**
 * The context of one pass over a dataset: where files come from, the problems found so far, and
 * the typed field readers.
 */
record Reading(DatasetSource source, Problems problems, RowFields fields, Set<String> unreadable) {

    Reading(DatasetSource source) {
        this(source, new Problems(), null, new TreeSet<>());
    }

    Reading {
        fields = fields == null ? new RowFields(problems) : fields;
    }

    /**
     * Rows of a CSV file; a missing required file is an error, a missing optional file has no rows.
     * A file whose header is unusable (or that is empty) is remembered as unreadable.
     */
    List<CsvRow> csv(String fileName, boolean required, List<String> requiredColumns, List<String> optionalColumns) {
        Optional<String> text = text(fileName, required);
        if (text.isEmpty()) {
            return List.of();
        }
        Optional<List<CsvRow>> rows =
                CsvReader.readTable(source.display(fileName), text.get(), requiredColumns, optionalColumns, problems);
        if (rows.isEmpty()) {
            unreadable.add(fileName);
        }
        return rows.orElse(List.of());
    }

    /**
     * Stops here, reporting what was found so far, if a file read so far had an unusable header:
     * the files read next refer to its rows, and every reference would be a follow-on error.
     *
     * @throws org.lodestone.io.problem.InputException with the problems found so far
     */
    void stopIfUnreadable() {
        if (!unreadable.isEmpty()) {
            problems.throwIfErrors();
        }
    }

    /** The top-level mapping of a YAML file; empty with a problem recorded if missing or malformed. */
    Optional<YamlMap> yaml(String fileName) {
        return text(fileName, true).flatMap(text -> YamlMap.parse(source.display(fileName), text, problems));
    }

    /**
     * Records {@code key} as seen; if it was seen before, records a duplicate error pointing at the
     * first occurrence and returns false.
     */
    boolean unique(Map<String, Integer> seen, String key, CsvRow row, String what) {
        Integer first = seen.putIfAbsent(key, row.line());
        if (first == null) {
            return true;
        }
        problems.error(row.start(), "", key, "repeats the " + what + " of line " + first, "one row per " + what, "");
        return false;
    }

    private Optional<String> text(String fileName, boolean required) {
        try {
            Optional<String> text = source.read(fileName);
            if (text.isEmpty() && required) {
                problems.error(
                        Location.file(source.display(fileName)),
                        "",
                        "",
                        "is missing",
                        "the file " + fileName + " in the dataset",
                        "See docs/dataset-format.md for the files a dataset holds");
            }
            return text;
        } catch (IOException e) {
            throw new UncheckedIOException("cannot read " + source.display(fileName), e);
        }
    }
}
