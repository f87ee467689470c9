package org.lodestone.app.reverse;

import java.io.IOException;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.function.Function;
import org.lodestone.app.ensemble.MemberSetup;
import org.lodestone.app.ensemble.SparkEngine;
import org.lodestone.core.reverse.PointEvaluator;
import org.lodestone.core.reverse.Replay;
import org.lodestone.core.reverse.SearchAxis;
import org.lodestone.core.reverse.Target;
import org.lodestone.io.problem.InputException;
import org.lodestone.io.problem.Problem;
import org.lodestone.io.reverse.RecordedRuns;
import org.lodestone.io.reverse.SearchAxes;

/**
 * The runs of a reverse stress test made by the Spark job {@code ReverseJob}: in local mode for
 * {@code --engine spark}, or on a cluster and read from {@code --evaluations FILE}. The search is
 * then replayed on them ({@link Replay}), so the result is the one the local engine's search finds,
 * and runs of another scenario, target or search are refused.
 */
final class SparkSearch {

    private final RecordedRuns runs;
    private final String source;
    private final double seconds;

    private SparkSearch(RecordedRuns runs, String source, double seconds) {
        this.runs = runs;
        this.source = source;
        this.seconds = seconds;
    }

    /** Runs the search on Spark {@code local[threads]}; the seconds include starting the JVM and the Spark session. */
    static SparkSearch run(ReverseRequest request, List<SearchAxis> axes) throws IOException {
        long started = System.nanoTime();
        List<String> args = new ArrayList<>(List.of(
                "--target",
                request.target(),
                "--vary",
                String.join(",", axes.stream().map(SearchAxis::path).toList()),
                "--range",
                String.join(",", axes.stream().map(SearchAxes::range).toList()),
                "--points",
                String.valueOf(request.points()),
                "--levels",
                String.valueOf(request.levels()),
                "--edge-steps",
                String.valueOf(request.edgeSteps()),
                "--tolerance",
                String.valueOf(request.tolerance()),
                "--date",
                request.date().toString()));
        request.unit().ifPresent(u -> args.addAll(List.of("--unit", u)));
        request.coalition().ifPresent(c -> args.addAll(List.of("--coalition", c)));
        RecordedRuns runs = SparkEngine.reverse(request.scenario(), args, request.threads());
        return new SparkSearch(runs, "--engine", (System.nanoTime() - started) / 1e9);
    }

    /** Reads runs a job wrote; the seconds are the job's own (from its first batch to its last). */
    static SparkSearch read(Path file) {
        RecordedRuns runs = RecordedRuns.read(file);
        double seconds;
        try {
            seconds = Double.parseDouble(runs.get("run_seconds"));
        } catch (NumberFormatException e) {
            seconds = Double.NaN;
        }
        return new SparkSearch(runs, file.toString(), seconds);
    }

    /**
     * Checks the runs were made for this scenario file, coalition, date, unit and target.
     *
     * @throws InputException naming every header field that differs
     */
    void requireMadeFor(MemberSetup setup, Target target, int unit) {
        List<Problem> problems = new ArrayList<>();
        check("scenario_hash", setup.scenario().hash(), "the SHA-256 of " + setup.reference(), problems);
        check("coalition", setup.units().units().get(0).label(), "the coalition reported for", problems);
        check("date", setup.scope().date().toString(), "the date membership is evaluated on (--date)", problems);
        check("unit", setup.units().units().get(unit).label(), "the unit of the target (--unit)", problems);
        check("target", target.toString(), "the target (--target)", problems);
        if (!problems.isEmpty()) {
            throw new InputException(problems);
        }
    }

    private void check(String field, String expected, String what, List<Problem> problems) {
        String recorded = runs.get(field);
        if (!recorded.equals(expected)) {
            problems.add(new Problem(
                    Problem.Severity.ERROR,
                    source,
                    0,
                    0,
                    field,
                    recorded,
                    "differs from " + what + " of this search",
                    expected,
                    "Maybe the runs were made for another scenario or with other options"));
        }
    }

    /**
     * The search, its points answered from the runs.
     *
     * @throws InputException if the search asks for a point that was not run (other ranges or search options)
     */
    ReverseUseCase.Searched replay(Function<PointEvaluator, ReverseUseCase.Search> search) {
        try {
            return new ReverseUseCase.Searched(search.apply(new Replay(runs.runs())), "spark", seconds);
        } catch (IllegalArgumentException e) {
            throw InputException.of(new Problem(
                    Problem.Severity.ERROR,
                    source,
                    0,
                    0,
                    "runs",
                    "",
                    "do not include every point of this search: " + e.getMessage(),
                    "runs made with the same --vary, --range, --points, --levels, --edge-steps and --tolerance",
                    "The file's header says how its runs were made"));
        }
    }
}
