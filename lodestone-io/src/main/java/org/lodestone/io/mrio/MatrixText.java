package org.lodestone.io.mrio;

import java.io.BufferedReader;
import java.io.Closeable;
import java.io.IOException;
import java.io.InputStreamReader;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import org.lodestone.io.problem.Location;
import org.lodestone.io.problem.Problems;

/**
 * One delimited text file of numbers, streamed a line at a time (never the whole file in memory):
 * splits lines into fields, counts or parses number cells without a String per cell
 * ({@link DecimalText}), and records located problems. A file full of bad cells reports its first
 * {@value #MAX_PROBLEMS} problems and then how many more it has.
 */
final class MatrixText implements Closeable {

    /** Problems reported per file; the rest are counted. */
    static final int MAX_PROBLEMS = 20;

    private static final int BUFFER_CHARS = 1 << 20;

    private final BufferedReader in;
    private final String file;
    private final char separator;
    private final Problems problems;
    private int lineNumber;
    private int reported;
    private int hidden;

    private MatrixText(BufferedReader in, String file, char separator, Problems problems) {
        this.in = in;
        this.file = file;
        this.separator = separator;
        this.problems = problems;
    }

    /** Opens a UTF-8 file; {@code file} is the name shown in locations. */
    static MatrixText open(Path path, String file, char separator, Problems problems) throws IOException {
        InputStreamReader reader = new InputStreamReader(Files.newInputStream(path), StandardCharsets.UTF_8);
        return new MatrixText(new BufferedReader(reader, BUFFER_CHARS), file, separator, problems);
    }

    /** The next line that is not blank, without its line break; null at the end of the file. */
    String nextLine() throws IOException {
        String line;
        do {
            line = in.readLine();
            lineNumber++;
            if (line != null && lineNumber == 1 && line.startsWith("\uFEFF")) {
                line = line.substring(1);
            }
        } while (line != null && line.isBlank());
        return line;
    }

    /** The 1-based number of the line last returned. */
    int lineNumber() {
        return lineNumber;
    }

    /** The file as shown in locations. */
    String file() {
        return file;
    }

    /** Where a character offset of the current line is. */
    Location at(int offset) {
        return new Location(file, lineNumber, offset + 1);
    }

    /** Every field of a line, trimmed and unquoted. */
    List<String> fields(String line) {
        return fields(line, Integer.MAX_VALUE);
    }

    /** The first {@code count} fields of a line (fewer if the line is shorter), trimmed and unquoted. */
    List<String> fields(String line, int count) {
        List<String> fields = new ArrayList<>();
        int start = 0;
        while (fields.size() < count && start <= line.length()) {
            int end = fieldEnd(line, start);
            fields.add(unquote(line.substring(start, end).trim()));
            start = end + 1;
        }
        return fields;
    }

    /** The character offset at which field {@code index} starts, or -1 if the line is shorter. */
    int fieldStart(String line, int index) {
        int start = 0;
        for (int k = 0; k < index; k++) {
            start = fieldEnd(line, start) + 1;
            if (start > line.length()) {
                return -1;
            }
        }
        return start;
    }

    /**
     * Parses the number cells of a line, from field {@code skip} on, into {@code row}; records a
     * problem for each cell that is not a finite plain decimal number.
     *
     * @return the number of cells found, which may differ from {@code row.length} (extra cells are
     *         counted but not parsed)
     */
    int numbers(String line, int skip, double[] row) {
        int start = fieldStart(line, skip);
        if (start < 0) {
            return 0;
        }
        int count = 0;
        while (start <= line.length()) {
            int end = fieldEnd(line, start);
            if (count < row.length) {
                row[count] = number(line, start, end);
            }
            count++;
            start = end + 1;
        }
        return count;
    }

    /**
     * The number of cells, from field {@code skip} on, whose digits before any exponent include a
     * non-zero one: every cell that may read as a non-zero number. A quick scan, no parsing.
     */
    int nonZeroCells(String line, int skip) {
        int start = fieldStart(line, skip);
        if (start < 0) {
            return 0;
        }
        int count = 0;
        boolean nonZero = false;
        boolean exponent = false;
        for (int i = start; i < line.length(); i++) {
            char c = line.charAt(i);
            if (c == separator) {
                count += nonZero ? 1 : 0;
                nonZero = false;
                exponent = false;
            } else if (c == 'e' || c == 'E') {
                exponent = true;
            } else if (c >= '1' && c <= '9' && !exponent) {
                nonZero = true;
            }
        }
        return count + (nonZero ? 1 : 0);
    }

    private double number(String line, int start, int end) {
        double value = DecimalText.parse(line, start, end);
        if (Double.isFinite(value)) {
            return value;
        }
        String text = line.substring(start, end).trim();
        if (Double.isNaN(value)) {
            error(
                    at(start),
                    text,
                    text.isEmpty() ? "is an empty cell" : "is not a number",
                    "a plain decimal number such as 1250 or 0.37",
                    "");
        } else {
            error(at(start), text, "is too large", "a finite number (at most about 1.8e308)", "");
        }
        return 0;
    }

    /** Records an error unless this file has already reported {@value #MAX_PROBLEMS}. */
    void error(Location at, String value, String message, String expected, String hint) {
        if (reported >= MAX_PROBLEMS) {
            hidden++;
            return;
        }
        reported++;
        problems.error(at, "", value, message, expected, hint);
    }

    /** Records how many problems were not shown; closes the file. */
    @Override
    public void close() throws IOException {
        if (hidden > 0) {
            problems.error(
                    Location.file(file), "", "", "has " + hidden + " more problems like these, not shown", "", "");
        }
        in.close();
    }

    private int fieldEnd(String line, int start) {
        int end = line.indexOf(separator, start);
        return end < 0 ? line.length() : end;
    }

    /** Fields quoted by a CSV writer ({@code "a ""b"""}) lose their quotes. */
    private static String unquote(String field) {
        if (field.length() >= 2 && field.charAt(0) == '"' && field.charAt(field.length() - 1) == '"') {
            return field.substring(1, field.length() - 1).replace("\"\"", "\"");
        }
        return field;
    }
}
