package org.lodestone.io.dataset;

import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import java.util.OptionalDouble;
import java.util.Set;
import java.util.regex.Pattern;
import org.lodestone.core.binding.Suggestions;
import org.lodestone.core.model.Provenance;
import org.lodestone.core.model.SourceId;
import org.lodestone.core.model.Status;
import org.lodestone.io.csv.CsvRow;
import org.lodestone.io.problem.Problems;

/**
 * Typed reading of CSV fields: each method checks one field, records a located problem when it is
 * wrong, and returns empty so that the rest of the row (and file) can still be checked.
 */
final class RowFields {

    static final Pattern KEBAB_ID = Pattern.compile("[a-z0-9]+(-[a-z0-9]+)*");
    static final Pattern REGION_CODE = Pattern.compile("[A-Z][A-Z0-9]{2}");
    static final Pattern SOURCE_ID = Pattern.compile("[A-Za-z0-9][A-Za-z0-9._-]*");
    static final Pattern PLAIN_NUMBER = Pattern.compile("[-+]?(\\d+\\.?\\d*|\\.\\d+)([eE][-+]?\\d+)?");

    private final Problems problems;

    RowFields(Problems problems) {
        this.problems = problems;
    }

    /** A non-empty text field. */
    Optional<String> text(CsvRow row, String column) {
        String value = row.get(column).trim();
        if (value.isEmpty()) {
            problems.error(row.at(column), column, "", "is empty", "a value", "");
            return Optional.empty();
        }
        return Optional.of(value);
    }

    /** A non-empty field matching {@code pattern}. */
    Optional<String> id(CsvRow row, String column, Pattern pattern, String expected) {
        return text(row, column).filter(value -> {
            if (pattern.matcher(value).matches()) {
                return true;
            }
            problems.error(row.at(column), column, value, "is not a valid id", expected, "");
            return false;
        });
    }

    /** An id that must be one of {@code known}; the error lists up to a few close names. */
    Optional<String> reference(CsvRow row, String column, Set<String> known, String what) {
        return text(row, column).filter(value -> {
            if (known.contains(value)) {
                return true;
            }
            problems.error(
                    row.at(column),
                    column,
                    value,
                    "is not a known " + what,
                    what + " defined in the dataset",
                    Suggestions.hint(value, known));
            return false;
        });
    }

    /** A plain decimal number ≥ 0. */
    OptionalDouble quantity(CsvRow row, String column) {
        Optional<String> text = text(row, column);
        if (text.isEmpty()) {
            return OptionalDouble.empty();
        }
        String value = text.get();
        if (!PLAIN_NUMBER.matcher(value).matches()) {
            problems.error(
                    row.at(column),
                    column,
                    value,
                    "is not a number",
                    "a plain decimal number such as 12000 or 0.015",
                    "Give one value and explain ranges or bounds in note");
            return OptionalDouble.empty();
        }
        double number = Double.parseDouble(value);
        if (number < 0 || Double.isInfinite(number)) {
            problems.error(
                    row.at(column), column, value, number < 0 ? "is negative" : "is too large", "a number >= 0", "");
            return OptionalDouble.empty();
        }
        return OptionalDouble.of(number);
    }

    /** A number in [0, 1]. */
    OptionalDouble fraction(CsvRow row, String column) {
        OptionalDouble value = quantity(row, column);
        if (value.isPresent() && value.getAsDouble() > 1) {
            problems.error(
                    row.at(column), column, row.get(column).trim(), "is above 1", "a fraction between 0 and 1", "");
            return OptionalDouble.empty();
        }
        return value;
    }

    /** {@code true} or {@code false}. */
    Optional<Boolean> bool(CsvRow row, String column) {
        return text(row, column).flatMap(value -> switch (value.toLowerCase(Locale.ROOT)) {
            case "true" -> Optional.of(true);
            case "false" -> Optional.of(false);
            default -> {
                problems.error(row.at(column), column, value, "is not a boolean", "true or false", "");
                yield Optional.empty();
            }
        });
    }

    /** The source, status and note columns, checked together: an assumption needs a note. */
    Optional<Provenance> provenance(CsvRow row, Set<String> knownSources) {
        List<SourceId> sources = new ArrayList<>();
        boolean ok = true;
        for (String id : text(row, "source").map(s -> s.split(";", -1)).orElse(new String[0])) {
            String trimmed = id.trim();
            if (!knownSources.contains(trimmed)) {
                problems.error(
                        row.at("source"),
                        "source",
                        trimmed,
                        "is not a known source",
                        "an id from sources.csv",
                        Suggestions.hint(trimmed, knownSources));
                ok = false;
            } else {
                sources.add(SourceId.of(trimmed));
            }
        }
        Optional<Status> status = status(row);
        String note = row.get("note").trim();
        if (status.orElse(null) == Status.ASSUMED && note.isEmpty()) {
            problems.error(
                    row.at("note"),
                    "note",
                    "",
                    "is empty for an assumed value",
                    "a one-line rationale saying why the value was chosen",
                    "");
            ok = false;
        }
        if (!ok || sources.isEmpty() || status.isEmpty()) {
            return Optional.empty();
        }
        return Optional.of(new Provenance(sources, status.get(), note));
    }

    private Optional<Status> status(CsvRow row) {
        return text(row, "status").flatMap(value -> {
            for (Status s : Status.values()) {
                if (s.key().equals(value)) {
                    return Optional.of(s);
                }
            }
            problems.error(
                    row.at("status"), "status", value, "is not a known status", "observed, estimated or assumed", "");
            return Optional.empty();
        });
    }
}
