package org.lodestone.spark;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import org.apache.spark.SparkConf;
import org.apache.spark.api.java.JavaSparkContext;
import org.lodestone.core.reverse.Bisection;
import org.lodestone.core.reverse.BoundaryGrid;
import org.lodestone.core.reverse.Evaluation;
import org.lodestone.core.reverse.SearchAxis;
import org.lodestone.core.reverse.Target;
import org.lodestone.io.problem.InputException;
import org.lodestone.io.problem.Problem;
import org.lodestone.io.reverse.RecordedRuns;
import org.lodestone.io.reverse.SearchAxes;
import org.lodestone.io.run.UnitChoice;
import org.lodestone.io.scenario.ScenarioReader;

/**
 * The Spark job of {@code lodestone reverse}: one Spark session for the whole search, every batch
 * of points the search asks for (a bisection step; a grid level, an edge-bisection step) run as one
 * Spark job on the broadcast scenario and dataset ({@link SparkPoints}). The search itself is the
 * local engine's ({@link Bisection}, {@link BoundaryGrid}); the runs are written to a file that
 * {@code lodestone reverse SCENARIO ... --evaluations FILE --out DIR} replays into the report
 * (docs/spark.md).
 *
 * <pre>
 * spark-submit --class org.lodestone.spark.ReverseJob lodestone-spark.jar SCENARIO --target T --vary P[,P] --evaluations FILE
 *     [--range LOW:HIGH[,LOW:HIGH]] [--unit U] [--points N] [--levels L] [--edge-steps B] [--tolerance F]
 *     [--coalition C] [--date YYYY-MM-DD] [--partitions P] [--master URL]
 * </pre>
 *
 * Exit code 2 on bad input (each problem on standard error), checked before Spark starts; 0 when
 * the runs are written.
 */
public final class ReverseJob {

    static final String USAGE =
            "ReverseJob SCENARIO --target T --vary P[,P] --evaluations FILE [--range LOW:HIGH[,LOW:HIGH]] [--unit U] "
                    + "[--points N] [--levels L] [--edge-steps B] [--tolerance F] [--coalition C] [--date YYYY-MM-DD] [--partitions P] [--master URL]";

    private ReverseJob() {}

    public static void main(String[] args) {
        try {
            JobOptions o = JobOptions.parse(args, List.of("--target", "--vary", "--evaluations"), USAGE);
            Search search = Search.of(o);
            SparkConf conf = JobJar.conf("lodestone reverse " + o.scenario(), Optional.ofNullable(o.get("--master")));
            try (JavaSparkContext sc = new JavaSparkContext(conf)) {
                RecordedRuns runs = run(sc, search, o.integer("--partitions", 4 * sc.defaultParallelism()));
                write(runs, Path.of(o.get("--evaluations")));
                System.out.printf(
                        Locale.ROOT,
                        "%s: %d runs in %s Spark jobs on %s in %.1f s; runs in %s%n",
                        o.scenario(),
                        runs.runs().size(),
                        runs.get("batches"),
                        sc.master(),
                        Double.parseDouble(runs.get("run_seconds")),
                        o.get("--evaluations"));
            }
        } catch (InputException e) {
            e.problems().stream().map(Problem::format).forEach(System.err::println);
            System.exit(2);
        } catch (IllegalArgumentException e) {
            System.err.println("lodestone-spark: " + e.getMessage());
            System.exit(2);
        }
    }

    /**
     * A reverse stress test checked on the driver: target, axes, unit and search options.
     *
     * @param job    what the executors need to run members
     * @param target the target
     * @param axes   one input (bisection) or two (grid)
     * @param unit   index of the reporting unit the target is for
     * @param points grid points per axis; {@code levels}, {@code edgeSteps} and {@code tolerance} as {@code lodestone reverse}
     */
    record Search(
            MemberJob job,
            Target target,
            List<SearchAxis> axes,
            int unit,
            int points,
            int levels,
            int edgeSteps,
            double tolerance) {

        /** @throws InputException or IllegalArgumentException for bad input, before any run */
        static Search of(JobOptions o) {
            Target target;
            try {
                target = Target.parse(o.get("--target"));
            } catch (IllegalArgumentException e) {
                throw InputException.of(new Problem(
                        Problem.Severity.ERROR,
                        "--target",
                        0,
                        0,
                        "target",
                        o.get("--target"),
                        e.getMessage(),
                        "e.g. compute-delivered>=90%",
                        ""));
            }
            List<SearchAxis> axes = SearchAxes.of(
                    ScenarioReader.read(Path.of(o.scenario())).scenario(), o.list("--vary"), o.list("--range"));
            MemberJob job = MemberJob.of(
                    o.scenario(),
                    Optional.ofNullable(o.get("--coalition")),
                    o.date("--date", LocalDate.now()),
                    axes.stream().map(SearchAxis::path).toList());
            MemberContext context = MemberContext.of(job);
            int unit = UnitChoice.index(
                    context.units(), context.values(), Optional.ofNullable(o.get("--unit")), target.metric());
            Search s = new Search(
                    job,
                    target,
                    axes,
                    unit,
                    o.integer("--points", BoundaryGrid.DEFAULT_POINTS),
                    o.integer("--levels", BoundaryGrid.DEFAULT_LEVELS),
                    o.integer("--edge-steps", BoundaryGrid.DEFAULT_EDGE_STEPS),
                    o.number("--tolerance", Bisection.DEFAULT_TOLERANCE));
            if (s.points < 2
                    || s.levels < 0
                    || s.levels > 6
                    || s.edgeSteps < 0
                    || !(s.tolerance > 0 && s.tolerance < 1)) {
                throw new IllegalArgumentException(
                        "need --points >= 2, 0 <= --levels <= 6, --edge-steps >= 0 and 0 < --tolerance < 1; got "
                                + s.points + ", " + s.levels + ", " + s.edgeSteps + ", " + s.tolerance);
            }
            return s;
        }
    }

    /** Runs the search on {@code sc}, the job broadcast once, and returns its runs with a header saying how they were made. */
    static RecordedRuns run(JavaSparkContext sc, Search s, int partitions) {
        long started = System.nanoTime();
        SparkPoints f =
                new SparkPoints(sc, sc.broadcast(s.job()), s.unit(), s.target().metric(), partitions);
        List<Evaluation> runs = s.axes().size() == 1
                ? Bisection.search(f, s.target(), s.axes().get(0), s.tolerance())
                        .evaluations()
                : BoundaryGrid.search(
                                f, s.target(), s.axes().get(0), s.axes().get(1), s.points(), s.levels(), s.edgeSteps())
                        .evaluations();
        MemberContext context = MemberContext.of(s.job());
        Map<String, String> header = new LinkedHashMap<>();
        header.put("scenario", s.job().scenario());
        header.put("scenario_hash", context.scenarioHash());
        header.put("coalition", context.units().units().get(0).label());
        header.put("date", s.job().date().toString());
        header.put("unit", context.units().units().get(s.unit()).label());
        header.put("target", s.target().toString());
        header.put(
                "ranges",
                String.join(",", s.axes().stream().map(SearchAxes::range).toList()));
        header.put(
                "search",
                s.axes().size() == 1
                        ? "bisection tolerance " + s.tolerance()
                        : "grid points " + s.points() + " levels " + s.levels() + " edge-steps " + s.edgeSteps());
        header.put("engine", "spark");
        header.putAll(SparkCluster.of(sc).header());
        header.put("partitions", String.valueOf(partitions));
        header.put("batches", String.valueOf(f.batches()));
        header.put("run_seconds", String.valueOf((System.nanoTime() - started) / 1e9));
        return new RecordedRuns(header, s.axes().stream().map(SearchAxis::path).toList(), runs);
    }

    private static void write(RecordedRuns runs, Path file) {
        try {
            runs.write(file);
        } catch (IOException e) {
            throw new UncheckedIOException("cannot write the runs to " + file, e);
        }
    }
}
