package org.lodestone.io.csv;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.TreeSet;
import org.lodestone.core.binding.Suggestions;
import org.lodestone.io.problem.Location;
import org.lodestone.io.problem.Problems;

/**
 * Reads RFC 4180 CSV text (comma separator, {@code "} quoting with doubled quotes, CRLF or LF)
 * and checks the header against a schema: an unknown column is an error listing the valid ones,
 * a missing required column is an error. Blank lines are skipped. Every field keeps its line and
 * column so later checks can point at it.
 */
public final class CsvReader {

    private final String file;
    private final String text;
    private final Problems problems;
    private int pos;
    private int line = 1;
    private int lineStart;

    private CsvReader(String file, String text, Problems problems) {
        this.file = file;
        this.text = text.startsWith("\uFEFF") ? text.substring(1) : text;
        this.problems = problems;
    }

    /**
     * Parses {@code text} and returns its data rows; problems go to {@code problems}. Returns no
     * rows when the header is unusable.
     *
     * @param file     the file name used in locations
     * @param text     the file's content
     * @param required columns that must be present
     * @param optional columns that may be present
     */
    public static List<CsvRow> read(
            String file, String text, List<String> required, List<String> optional, Problems problems) {
        return readTable(file, text, required, optional, problems).orElse(List.of());
    }

    /**
     * Like {@link #read}, but empty (rather than no rows) when the file is empty or its header is
     * unusable, so that a caller can skip the checks that depend on this file's rows instead of
     * reporting every one of them as a follow-on error.
     */
    public static Optional<List<CsvRow>> readTable(
            String file, String text, List<String> required, List<String> optional, Problems problems) {
        return new CsvReader(file, text, problems).rows(required, optional);
    }

    private Optional<List<CsvRow>> rows(List<String> required, List<String> optional) {
        List<Integer> columns = new ArrayList<>();
        int[] startLine = new int[1];
        List<String> header = nextRecord(columns, startLine);
        if (header == null) {
            problems.error(Location.file(file), "", "", "is empty", "a header row: " + String.join(",", required), "");
            return Optional.empty();
        }
        if (otherSeparator(header, startLine[0], required)) {
            return Optional.empty();
        }
        Map<String, Integer> index = header(header, columns, startLine[0], required, optional);
        if (index == null) {
            return Optional.empty();
        }
        List<CsvRow> rows = new ArrayList<>();
        List<String> fields;
        while ((fields = nextRecord(columns, startLine)) != null) {
            if (fields.size() == 1 && fields.get(0).isBlank()) {
                continue;
            }
            int[] cols = columns.stream().mapToInt(Integer::intValue).toArray();
            if (fields.size() != header.size()) {
                problems.error(
                        new Location(file, startLine[0], 1),
                        "",
                        "",
                        "row has " + fields.size() + " fields",
                        header.size() + " fields as in the header",
                        "Maybe a field with a comma is not quoted");
                continue;
            }
            rows.add(new CsvRow(file, startLine[0], fields, cols, index));
        }
        return Optional.of(rows);
    }

    /** A header of one field holding {@code ;} or a tab: the file is not comma-separated; one error says so. */
    private boolean otherSeparator(List<String> header, int headerLine, List<String> required) {
        if (header.size() != 1) {
            return false;
        }
        String only = header.get(0);
        String separator = only.contains(";") ? ";" : only.contains("\t") ? "tab" : "";
        if (separator.isEmpty()) {
            return false;
        }
        problems.error(
                new Location(file, headerLine, 1),
                "",
                "",
                "is separated by " + (separator.equals(";") ? "semicolons (;)" : "tabs") + ", not commas",
                "a comma-separated header: " + String.join(",", required),
                "Maybe save it as comma-separated CSV (in Excel: CSV UTF-8), or replace each " + separator
                        + " with a comma");
        return true;
    }

    private Map<String, Integer> header(
            List<String> header, List<Integer> columns, int headerLine, List<String> required, List<String> optional) {
        Set<String> valid = new TreeSet<>(required);
        valid.addAll(optional);
        Set<String> names = new TreeSet<>();
        header.forEach(n -> names.add(n.trim()));
        List<String> missing = required.stream().filter(n -> !names.contains(n)).toList();
        String renamed = renamed(header, valid, missing);
        Map<String, Integer> index = new HashMap<>();
        boolean ok = true;
        for (int i = 0; i < header.size(); i++) {
            String name = header.get(i).trim();
            Location at = new Location(file, headerLine, columns.get(i));
            if (!valid.contains(name)) {
                problems.error(
                        at,
                        "column",
                        name,
                        "is not a known column" + (renamed.isEmpty() ? "" : " and '" + renamed + "' is missing"),
                        "one of " + String.join(", ", valid),
                        renamed.isEmpty()
                                ? Suggestions.hint(name, new TreeSet<>(missing))
                                : "Maybe rename it to " + renamed);
                ok = false;
            } else if (index.putIfAbsent(name, i) != null) {
                problems.error(at, "column", name, "appears twice in the header", "each column once", "");
                ok = false;
            }
        }
        for (String name : renamed.isEmpty() ? missing : List.<String>of()) {
            problems.error(
                    new Location(file, headerLine, 1),
                    "column",
                    name,
                    "is missing from the header",
                    "the columns " + String.join(",", required),
                    "");
            ok = false;
        }
        return ok ? index : null;
    }

    /**
     * The missing column that the one unknown column stands for, when exactly one is unknown and one
     * missing: one mistake (a renamed column), so one error. Empty otherwise.
     */
    private static String renamed(List<String> header, Set<String> valid, List<String> missing) {
        long unknown = header.stream()
                .map(String::trim)
                .filter(n -> !valid.contains(n))
                .count();
        return unknown == 1 && missing.size() == 1 ? missing.get(0) : "";
    }

    /** Reads one record; fills {@code columns} with each field's start column. Null at end of text. */
    private List<String> nextRecord(List<Integer> columns, int[] startLine) {
        if (pos >= text.length()) {
            return null;
        }
        columns.clear();
        startLine[0] = line;
        List<String> fields = new ArrayList<>();
        StringBuilder field = new StringBuilder();
        columns.add(pos - lineStart + 1);
        boolean quoted = false;
        boolean wasQuoted = false;
        while (pos < text.length()) {
            char c = text.charAt(pos++);
            if (quoted) {
                if (c == '"' && pos < text.length() && text.charAt(pos) == '"') {
                    field.append('"');
                    pos++;
                } else if (c == '"') {
                    quoted = false;
                } else {
                    if (c == '\n') {
                        newLine();
                    }
                    field.append(c);
                }
            } else if (c == '"' && field.length() == 0 && !wasQuoted) {
                quoted = true;
                wasQuoted = true;
            } else if (c == ',') {
                fields.add(field.toString());
                field.setLength(0);
                wasQuoted = false;
                columns.add(pos - lineStart + 1);
            } else if (c == '\n' || c == '\r') {
                if (c == '\r' && pos < text.length() && text.charAt(pos) == '\n') {
                    pos++;
                }
                newLine();
                break;
            } else {
                field.append(c);
            }
        }
        if (quoted) {
            problems.error(
                    new Location(file, startLine[0], columns.get(columns.size() - 1)),
                    "",
                    "",
                    "has a quoted field that is never closed",
                    "a closing \"",
                    "");
        }
        fields.add(field.toString());
        return fields;
    }

    private void newLine() {
        line++;
        lineStart = pos;
    }
}
