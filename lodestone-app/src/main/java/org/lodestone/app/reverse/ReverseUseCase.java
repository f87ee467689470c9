package org.lodestone.app.reverse;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import java.util.TreeSet;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.lodestone.app.ensemble.MemberBatch;
import org.lodestone.app.ensemble.MemberSetup;
import org.lodestone.core.ensemble.MetricValues;
import org.lodestone.core.ensemble.PointDesign;
import org.lodestone.core.reverse.Bisection;
import org.lodestone.core.reverse.BoundaryGrid;
import org.lodestone.core.reverse.PointEvaluator;
import org.lodestone.core.reverse.SearchAxis;
import org.lodestone.core.reverse.Target;
import org.lodestone.core.scenario.ScenarioField;
import org.lodestone.core.scenario.ScenarioFields;
import org.lodestone.core.uncertainty.Distribution;
import org.lodestone.core.uncertainty.Variation;
import org.lodestone.io.problem.InputException;
import org.lodestone.io.problem.Problem;
import org.lodestone.io.problem.Suggestions;
import org.lodestone.io.run.OutputFolder;

/**
 * {@code lodestone reverse}: finds where a target breaks as one input (bisection) or two (a grid
 * refined near the boundary) move over their ranges, every other input at its scenario value.
 */
public final class ReverseUseCase {

    private static final String NUMBER = "\\s*([-+]?(?:\\d+\\.?\\d*|\\.\\d+)(?:[eE][-+]?\\d+)?)\\s*";
    private static final Pattern RANGE = Pattern.compile(NUMBER + ":" + NUMBER);

    private ReverseUseCase() {}

    /**
     * @throws InputException for a bad target, path, range, unit or scenario (before anything runs)
     * @throws IOException    if the report cannot be written
     */
    public static ReverseResult run(ReverseRequest request) throws IOException {
        Target target = target(request.target());
        MemberSetup setup = MemberSetup.load(request.scenario(), request.coalition(), request.date());
        List<SearchAxis> axes = axes(setup, request);
        int u = MemberBatch.unit(setup, request.unit(), target.metric());
        List<String> paths = axes.stream().map(SearchAxis::path).toList();
        double[] seconds = {0};
        PointEvaluator f = points -> {
            MemberBatch.Run run = MemberBatch.run(setup, new PointDesign(points), paths, request.threads(), request.progress(), "reverse");
            seconds[0] += run.seconds();
            MetricValues values = run.summary().values(u, target.metric());
            double[] out = new double[points.length];
            for (int k = 0; k < out.length; k++) {
                out[k] = values.valueOf(k);
            }
            return out;
        };
        Optional<Bisection.Result> line = axes.size() == 1 ? Optional.of(Bisection.search(f, target, axes.get(0), request.tolerance()))
                : Optional.empty();
        Optional<BoundaryGrid.Result> grid = axes.size() == 2 ? Optional.of(BoundaryGrid.search(f, target, axes.get(0), axes.get(1),
                request.points(), request.levels(), request.edgeSteps())) : Optional.empty();
        ReverseResult result = new ReverseResult(setup, target, setup.units().units().get(u).label(), line, grid, request.threads(), seconds[0],
                request.version(), request.out().toAbsolutePath().normalize());
        write(result);
        return result;
    }

    private static Target target(String text) {
        try {
            return Target.parse(text);
        } catch (IllegalArgumentException e) {
            throw InputException.of(problem("--target", "target", text, e.getMessage(), "e.g. compute-delivered>=0.9", ""));
        }
    }

    /** One axis per path, over the given range or the default one; every problem reported together. */
    private static List<SearchAxis> axes(MemberSetup setup, ReverseRequest request) {
        List<Problem> problems = new ArrayList<>();
        if (request.vary().isEmpty() || request.vary().size() > 2) {
            throw InputException.of(problem("--vary", "vary", String.join(",", request.vary()), "names " + request.vary().size() + " inputs",
                    "one input (bisection) or two (boundary curve)", ""));
        }
        if (!request.ranges().isEmpty() && request.ranges().size() != request.vary().size()) {
            problems.add(problem("--range", "range", String.join(",", request.ranges()), "gives " + request.ranges().size() + " ranges for "
                    + request.vary().size() + " inputs", "one LOW:HIGH per input of --vary", ""));
        }
        List<SearchAxis> axes = new ArrayList<>();
        for (int k = 0; k < request.vary().size(); k++) {
            Optional<String> range = request.ranges().size() == request.vary().size() ? Optional.of(request.ranges().get(k)) : Optional.empty();
            axis(setup, request.vary().get(k), range, problems).ifPresent(axes::add);
        }
        if (problems.isEmpty()) {
            corners(setup, axes, problems);
        }
        if (!problems.isEmpty()) {
            throw new InputException(problems);
        }
        return axes;
    }

    private static Optional<SearchAxis> axis(MemberSetup setup, String path, Optional<String> range, List<Problem> problems) {
        Optional<ScenarioField> field = ScenarioFields.find(setup.scenario(), path);
        if (field.isEmpty()) {
            Set<String> valid = new TreeSet<>(ScenarioFields.of(setup.scenario()).stream().map(ScenarioField::path).toList());
            problems.add(problem("--vary", "vary", path, "is not a numeric field of " + setup.scenario().name(), "one of " + String.join(", ",
                    valid), Suggestions.hint(path, valid)));
            return Optional.empty();
        }
        double[] bounds = range.map(r -> parse(r, path, problems)).orElseGet(() -> defaultRange(setup, field.get()));
        if (bounds == null) {
            if (range.isEmpty()) {
                problems.add(problem("--vary", "vary", path, "has no finite range of its own and is not in the uncertainty block",
                        "a --range LOW:HIGH for it", ""));
            }
            return Optional.empty();
        }
        if (!field.get().allowsSupport(bounds[0], bounds[1]) || !(bounds[0] < bounds[1])) {
            problems.add(problem("--range", path, bounds[0] + ":" + bounds[1], "is not an interval within the field's range",
                    "LOW < HIGH within " + field.get().range(), ""));
            return Optional.empty();
        }
        return Optional.of(new SearchAxis(path, bounds[0], bounds[1], field.get().integer()));
    }

    /** The distribution's support when the uncertainty block varies the field, else the field's range when finite; null otherwise. */
    private static double[] defaultRange(MemberSetup setup, ScenarioField field) {
        for (Variation v : setup.scenario().uncertainty().vary()) {
            Distribution d = v.distribution();
            if (v.path().equals(field.path()) && Double.isFinite(d.min()) && Double.isFinite(d.max())) {
                return new double[] {d.min(), d.max()};
            }
        }
        return Double.isFinite(field.min()) && Double.isFinite(field.max()) ? new double[] {field.min(), field.max()} : null;
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
    private static void corners(MemberSetup setup, List<SearchAxis> axes, List<Problem> problems) {
        List<String> paths = axes.stream().map(SearchAxis::path).toList();
        for (int corner = 0; corner < 1 << axes.size(); corner++) {
            double[] values = new double[axes.size()];
            for (int k = 0; k < values.length; k++) {
                values[k] = (corner >> k & 1) == 1 ? axes.get(k).max() : axes.get(k).min();
            }
            try {
                ScenarioFields.apply(setup.scenario(), paths, values);
            } catch (IllegalArgumentException e) {
                problems.add(problem("--range", "range", "", "includes a combination the scenario refuses: " + e.getMessage(),
                        "ranges valid together", "Maybe narrow them with --range"));
                return;
            }
        }
    }

    private static void write(ReverseResult result) throws IOException {
        try (OutputFolder folder = OutputFolder.open(result.out())) {
            Files.writeString(folder.resolve("runs.csv"), ReverseFiles.runs(result), StandardCharsets.UTF_8);
            Files.writeString(folder.resolve("boundary.csv"), ReverseFiles.boundary(result), StandardCharsets.UTF_8);
            Files.writeString(folder.resolve("reverse.json"), ReverseFiles.json(result), StandardCharsets.UTF_8);
            Files.writeString(folder.resolve("index.html"), ReverseReport.render(result), StandardCharsets.UTF_8);
            folder.commit();
        }
    }

    static Problem problem(String file, String field, String value, String message, String expected, String hint) {
        return new Problem(Problem.Severity.ERROR, file, 0, 0, field, value, message, expected, hint);
    }
}
