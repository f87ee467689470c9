package org.lodestone.io.reverse;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.NoSuchFileException;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;
import org.lodestone.core.reverse.Evaluation;
import org.lodestone.io.problem.InputException;
import org.lodestone.io.problem.Problem;

/**
 * The runs of a reverse stress test in a file, with a header saying how they were made: what the
 * Spark job {@code ReverseJob} writes and {@code lodestone reverse --evaluations FILE} replays. Text:
 * header lines {@code # key: value}, then a CSV with one column per input, the metric and whether the
 * target held; numbers are written as the shortest text that reads back as the same double, so a
 * replay asks for exactly the points that were run.
 *
 * @param header how the runs were made, by key (scenario, scenario_hash, target, unit, inputs, ...)
 * @param inputs the inputs' paths, in point order
 * @param runs   every run, in the order the search made them
 */
public record RecordedRuns(Map<String, String> header, List<String> inputs, List<Evaluation> runs) {

    private static final String FIRST = "# lodestone reverse runs";

    public RecordedRuns {
        header = Collections.unmodifiableMap(new LinkedHashMap<>(header));
        inputs = List.copyOf(inputs);
        runs = List.copyOf(runs);
        for (String key : header.keySet()) {
            if (!key.matches("[a-z_]+") || header.get(key).contains("\n")) {
                throw new IllegalArgumentException("header keys are lower-case words and values one line, got " + key);
            }
        }
    }

    /** Writes the file (through a temporary file, so a reader never sees half of it). */
    public void write(Path file) throws IOException {
        StringBuilder text = new StringBuilder(FIRST).append('\n');
        header.forEach(
                (k, v) -> text.append("# ").append(k).append(": ").append(v).append('\n'));
        text.append(String.join(",", inputs)).append(",value,target_holds\n");
        for (Evaluation e : runs) {
            for (double v : e.point()) {
                text.append(v).append(',');
            }
            text.append(e.value()).append(',').append(e.holds()).append('\n');
        }
        Path parent = file.toAbsolutePath().getParent();
        Files.createDirectories(parent);
        Path temporary = Files.createTempFile(parent, "." + file.getFileName(), ".tmp");
        Files.writeString(temporary, text, StandardCharsets.UTF_8);
        Files.move(temporary, file, StandardCopyOption.REPLACE_EXISTING);
    }

    /**
     * Reads a file.
     *
     * @throws InputException if the file is missing or not a file of reverse runs, located to the line
     */
    public static RecordedRuns read(Path file) {
        List<String> lines;
        try {
            lines = Files.readAllLines(file, StandardCharsets.UTF_8);
        } catch (NoSuchFileException e) {
            throw InputException.of(
                    problem(file, 0, "", "does not exist", "a file written by ReverseJob --evaluations FILE"));
        } catch (IOException e) {
            throw InputException.of(problem(file, 0, "", "cannot be read: " + e.getMessage(), "a readable file"));
        }
        if (lines.isEmpty() || !lines.get(0).equals(FIRST)) {
            throw InputException.of(problem(
                    file,
                    1,
                    lines.isEmpty() ? "" : lines.get(0),
                    "is not a file of reverse runs",
                    "'" + FIRST + "' on the first line (a file written by ReverseJob --evaluations FILE)"));
        }
        Map<String, String> header = new LinkedHashMap<>();
        int n = 1;
        for (; n < lines.size() && lines.get(n).startsWith("# "); n++) {
            String[] kv = lines.get(n).substring(2).split(": ", 2);
            header.put(kv[0], kv.length > 1 ? kv[1] : "");
        }
        if (n == lines.size()) {
            throw InputException.of(
                    problem(file, n, "", "has no column line", "the inputs' paths, value, target_holds"));
        }
        List<String> columns = List.of(lines.get(n).split(",", -1));
        List<String> inputs = columns.subList(0, Math.max(0, columns.size() - 2));
        List<Evaluation> runs = new ArrayList<>();
        List<Problem> problems = new ArrayList<>();
        for (int k = n + 1; k < lines.size(); k++) {
            if (!lines.get(k).isBlank()) {
                row(file, k + 1, lines.get(k), columns.size(), problems).ifPresent(runs::add);
            }
        }
        if (!problems.isEmpty()) {
            throw new InputException(problems);
        }
        return new RecordedRuns(header, inputs, runs);
    }

    private static Optional<Evaluation> row(Path file, int line, String text, int columns, List<Problem> problems) {
        String[] cells = text.split(",", -1);
        if (cells.length != columns) {
            problems.add(problem(file, line, text, "has " + cells.length + " cells", columns + ", as the column line"));
            return Optional.empty();
        }
        double[] numbers = new double[columns - 1];
        for (int c = 0; c < numbers.length; c++) {
            try {
                numbers[c] = Double.parseDouble(cells[c]);
            } catch (NumberFormatException e) {
                problems.add(new Problem(
                        Problem.Severity.ERROR,
                        file.toString(),
                        line,
                        column(cells, c),
                        "",
                        cells[c],
                        "is not a number",
                        "a decimal number",
                        ""));
                return Optional.empty();
            }
        }
        String holds = cells[columns - 1];
        if (!holds.equals("true") && !holds.equals("false")) {
            problems.add(new Problem(
                    Problem.Severity.ERROR,
                    file.toString(),
                    line,
                    column(cells, columns - 1),
                    "target_holds",
                    holds,
                    "is not true or false",
                    "true or false",
                    ""));
            return Optional.empty();
        }
        double[] point = Arrays.copyOf(numbers, columns - 2);
        return Optional.of(new Evaluation(point, numbers[columns - 2], Boolean.parseBoolean(holds)));
    }

    private static int column(String[] cells, int c) {
        int at = 1;
        for (int k = 0; k < c; k++) {
            at += cells[k].length() + 1;
        }
        return at;
    }

    /** The header value of {@code key}, empty when absent. */
    public String get(String key) {
        return Objects.toString(header.get(key), "");
    }

    private static Problem problem(Path file, int line, String value, String message, String expected) {
        return new Problem(Problem.Severity.ERROR, file.toString(), line, 0, "", value, message, expected, "");
    }
}
