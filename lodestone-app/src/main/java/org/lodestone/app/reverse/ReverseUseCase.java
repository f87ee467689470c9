package org.lodestone.app.reverse;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.util.List;
import java.util.Optional;
import org.lodestone.app.ensemble.EnsembleRequest;
import org.lodestone.app.ensemble.MemberBatch;
import org.lodestone.app.ensemble.MemberSetup;
import org.lodestone.core.ensemble.MetricValues;
import org.lodestone.core.ensemble.PointDesign;
import org.lodestone.core.reverse.Bisection;
import org.lodestone.core.reverse.BoundaryGrid;
import org.lodestone.core.reverse.PointEvaluator;
import org.lodestone.core.reverse.SearchAxis;
import org.lodestone.core.reverse.Target;
import org.lodestone.io.problem.InputException;
import org.lodestone.io.problem.Problem;
import org.lodestone.io.reverse.SearchAxes;
import org.lodestone.io.run.OutputFolder;

/**
 * {@code lodestone reverse}: finds where a target breaks as one input (bisection) or two (a grid
 * refined near the boundary) move over their ranges, every other input at its scenario value. The
 * points run on the local engine, or on Spark (the search's runs are made by the Spark job and
 * replayed here: {@link SparkSearch}).
 */
public final class ReverseUseCase {

    private ReverseUseCase() {}

    /**
     * @throws InputException for a bad target, path, range, unit or scenario (before anything runs), or runs of another search
     * @throws IOException    if the report cannot be written
     */
    public static ReverseResult run(ReverseRequest request) throws IOException {
        Target target = target(request.target());
        MemberSetup setup = MemberSetup.load(request.scenario(), request.coalition(), request.date());
        List<SearchAxis> axes = SearchAxes.of(setup.scenario(), request.vary(), request.ranges());
        int u = MemberBatch.unit(setup, request.unit(), target.metric());
        Searched searched;
        if (request.evaluations().isPresent() || request.engine() == EnsembleRequest.Engine.SPARK) {
            SparkSearch spark = request.evaluations().isPresent()
                    ? SparkSearch.read(request.evaluations().get())
                    : SparkSearch.run(request, axes);
            spark.requireMadeFor(setup, target, u);
            searched = spark.replay(f -> search(f, target, axes, request));
        } else {
            double[] seconds = {0};
            Search search = search(local(setup, axes, u, target, request, seconds), target, axes, request);
            searched = new Searched(search, "local", seconds[0]);
        }
        ReverseResult result = new ReverseResult(
                setup,
                target,
                setup.units().units().get(u).label(),
                searched.search().line(),
                searched.search().grid(),
                request.threads(),
                searched.engine(),
                searched.seconds(),
                request.version(),
                request.out().toAbsolutePath().normalize());
        write(result);
        return result;
    }

    /** The outcome of a search: a bisection or a grid. */
    record Search(Optional<Bisection.Result> line, Optional<BoundaryGrid.Result> grid) {}

    /** A search, where its points ran and their wall-clock seconds. */
    record Searched(Search search, String engine, double seconds) {}

    /** Bisection for one input, the refined grid for two, on whatever evaluates the points. */
    static Search search(PointEvaluator f, Target target, List<SearchAxis> axes, ReverseRequest request) {
        return axes.size() == 1
                ? new Search(
                        Optional.of(Bisection.search(f, target, axes.get(0), request.tolerance())), Optional.empty())
                : new Search(
                        Optional.empty(),
                        Optional.of(BoundaryGrid.search(
                                f,
                                target,
                                axes.get(0),
                                axes.get(1),
                                request.points(),
                                request.levels(),
                                request.edgeSteps())));
    }

    /** Each batch on the pool of threads, with a progress bar; adds the batches' seconds to {@code seconds[0]}. */
    private static PointEvaluator local(
            MemberSetup setup, List<SearchAxis> axes, int u, Target target, ReverseRequest request, double[] seconds) {
        List<String> paths = axes.stream().map(SearchAxis::path).toList();
        return points -> {
            MemberBatch.Run run = MemberBatch.run(
                    setup, new PointDesign(points), paths, request.threads(), request.progress(), "reverse");
            seconds[0] += run.seconds();
            MetricValues values = run.summary().values(u, target.metric());
            double[] out = new double[points.length];
            for (int k = 0; k < out.length; k++) {
                out[k] = values.valueOf(k);
            }
            return out;
        };
    }

    private static Target target(String text) {
        try {
            return Target.parse(text);
        } catch (IllegalArgumentException e) {
            throw InputException.of(
                    problem("--target", "target", text, e.getMessage(), "e.g. compute-delivered>=90%", ""));
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
