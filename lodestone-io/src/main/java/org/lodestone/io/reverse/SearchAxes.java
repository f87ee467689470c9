package org.lodestone.io.reverse;

import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import java.util.TreeSet;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.lodestone.core.binding.Suggestions;
import org.lodestone.core.reverse.SearchAxis;
import org.lodestone.core.scenario.Scenario;
import org.lodestone.core.scenario.ScenarioField;
import org.lodestone.core.scenario.ScenarioFields;
import org.lodestone.core.uncertainty.Distribution;
import org.lodestone.core.uncertainty.Variation;
import org.lodestone.io.problem.InputException;
import org.lodestone.io.problem.Problem;

/**
 * The inputs a reverse stress test moves, from {@code --vary PATH[,PATH]} and {@code --range
 * LOW:HIGH[,LOW:HIGH]}: each path must be a numeric field of the scenario; its range is the one
 * given, else its distribution's support in the uncertainty block, else the field's own range when
 * finite; every corner of the ranges must be a scenario the scenario's checks accept. Shared by
 * {@code lodestone reverse} and the Spark job, so both search the same axes.
 */
public final class SearchAxes {

    private static final String NUMBER = "\\s*([-+]?(?:\\d+\\.?\\d*|\\.\\d+)(?:[eE][-+]?\\d+)?)\\s*";
    private static final Pattern RANGE = Pattern.compile(NUMBER + ":" + NUMBER);

    private SearchAxes() {}

    /**
     * One axis per path, every problem reported together.
     *
     * @param ranges one {@code LOW:HIGH} per path, or none for the default ranges
     * @throws InputException naming the option ({@code --vary}, {@code --range}), the value and what was expected
     */
    public static List<SearchAxis> of(Scenario scenario, List<String> vary, List<String> ranges) {
        List<Problem> problems = new ArrayList<>();
        if (vary.isEmpty() || vary.size() > 2) {
            throw InputException.of(problem(
                    "--vary",
                    "vary",
                    String.join(",", vary),
                    "names " + vary.size() + " inputs",
                    "one input (bisection) or two (boundary curve)",
                    ""));
        }
        if (!ranges.isEmpty() && ranges.size() != vary.size()) {
            problems.add(problem(
                    "--range",
                    "range",
                    String.join(",", ranges),
                    "gives " + ranges.size() + " ranges for " + vary.size() + " inputs",
                    "one LOW:HIGH per input of --vary",
                    ""));
        }
        List<SearchAxis> axes = new ArrayList<>();
        for (int k = 0; k < vary.size(); k++) {
            Optional<String> range = ranges.size() == vary.size() ? Optional.of(ranges.get(k)) : Optional.empty();
            axis(scenario, vary.get(k), range, problems).ifPresent(axes::add);
        }
        if (problems.isEmpty()) {
            corners(scenario, axes, problems);
        }
        if (!problems.isEmpty()) {
            throw new InputException(problems);
        }
        return axes;
    }

    /** {@code LOW:HIGH} as {@code --range} takes it, exactly (the shortest text that reads back as the same doubles). */
    public static String range(SearchAxis axis) {
        return axis.min() + ":" + axis.max();
    }

    private static Optional<SearchAxis> axis(
            Scenario scenario, String path, Optional<String> range, List<Problem> problems) {
        Optional<ScenarioField> field = ScenarioFields.find(scenario, path);
        if (field.isEmpty()) {
            Set<String> valid = new TreeSet<>(ScenarioFields.of(scenario).stream()
                    .map(ScenarioField::path)
                    .toList());
            problems.add(problem(
                    "--vary",
                    "vary",
                    path,
                    "is not a numeric field of " + scenario.name(),
                    "one of " + String.join(", ", valid),
                    Suggestions.hint(path, valid)));
            return Optional.empty();
        }
        double[] bounds = range.map(r -> parse(r, path, problems)).orElseGet(() -> defaultRange(scenario, field.get()));
        if (bounds == null) {
            if (range.isEmpty()) {
                problems.add(problem(
                        "--vary",
                        "vary",
                        path,
                        "has no finite range of its own and is not in the uncertainty block",
                        "a --range LOW:HIGH for it",
                        ""));
            }
            return Optional.empty();
        }
        if (!field.get().allowsSupport(bounds[0], bounds[1]) || !(bounds[0] < bounds[1])) {
            problems.add(problem(
                    "--range",
                    path,
                    bounds[0] + ":" + bounds[1],
                    "is not an interval within the field's range",
                    "LOW < HIGH within " + field.get().range(),
                    ""));
            return Optional.empty();
        }
        return Optional.of(
                new SearchAxis(path, bounds[0], bounds[1], field.get().integer()));
    }

    /** The distribution's support when the uncertainty block varies the field, else the field's range when finite; null otherwise. */
    private static double[] defaultRange(Scenario scenario, ScenarioField field) {
        for (Variation v : scenario.uncertainty().vary()) {
            Distribution d = v.distribution();
            if (v.path().equals(field.path()) && Double.isFinite(d.min()) && Double.isFinite(d.max())) {
                return new double[] {d.min(), d.max()};
            }
        }
        return Double.isFinite(field.min()) && Double.isFinite(field.max())
                ? new double[] {field.min(), field.max()}
                : null;
    }

    private static double[] parse(String range, String path, List<Problem> problems) {
        Matcher m = RANGE.matcher(range);
        if (!m.matches()) {
            problems.add(problem("--range", path, range, "is not LOW:HIGH", "two numbers, e.g. 0.2:1", ""));
            return null;
        }
        return new double[] {Double.parseDouble(m.group(1)), Double.parseDouble(m.group(2))};
    }

    /** The scenario must accept every corner of the ranges together (e.g. start + duration within the horizon). */
    private static void corners(Scenario scenario, List<SearchAxis> axes, List<Problem> problems) {
        List<String> paths = axes.stream().map(SearchAxis::path).toList();
        for (int corner = 0; corner < 1 << axes.size(); corner++) {
            double[] values = new double[axes.size()];
            for (int k = 0; k < values.length; k++) {
                values[k] =
                        (corner >> k & 1) == 1 ? axes.get(k).max() : axes.get(k).min();
            }
            try {
                ScenarioFields.apply(scenario, paths, values);
            } catch (IllegalArgumentException e) {
                problems.add(problem(
                        "--range",
                        "range",
                        "",
                        "includes a combination the scenario refuses: " + e.getMessage(),
                        "ranges valid together",
                        "Maybe narrow them with --range"));
                return;
            }
        }
    }

    static Problem problem(String file, String field, String value, String message, String expected, String hint) {
        return new Problem(Problem.Severity.ERROR, file, 0, 0, field, value, message, expected, hint);
    }
}
