package org.lodestone.spark;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.Arrays;
import java.util.List;
import java.util.Optional;
import java.util.concurrent.atomic.AtomicInteger;
import org.apache.spark.SparkConf;
import org.apache.spark.api.java.JavaSparkContext;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.lodestone.core.ensemble.EnsembleRunner;
import org.lodestone.core.ensemble.MetricValues;
import org.lodestone.core.ensemble.PointDesign;
import org.lodestone.core.reverse.Bisection;
import org.lodestone.core.reverse.BoundaryGrid;
import org.lodestone.core.reverse.Evaluation;
import org.lodestone.core.reverse.PointEvaluator;
import org.lodestone.core.reverse.Replay;
import org.lodestone.core.reverse.SearchAxis;
import org.lodestone.core.reverse.Target;
import org.lodestone.io.reverse.RecordedRuns;
import org.lodestone.io.reverse.SearchAxes;
import org.lodestone.io.scenario.ScenarioReader;

/** Reverse stress tests on Spark in local[2] find exactly the local engine's boundary for the same inputs. */
class SparkReverseIT {

    private static final String SCENARIO = "builtin:korea-hbm-outage";
    private static final Target TARGET = Target.parse("compute-delivered>=97%");
    private static final LocalDate DATE = LocalDate.of(2026, 6, 1);
    private static final List<String> BOTH = List.of("events[0].fraction", "events[0].duration");
    private static JavaSparkContext sc;

    @TempDir
    Path dir;

    @BeforeAll
    static void start() {
        sc = new JavaSparkContext(new SparkConf()
                .setMaster("local[2]")
                .setAppName("lodestone-it")
                .set("spark.ui.enabled", "false")
                .set("spark.driver.host", "127.0.0.1"));
    }

    @AfterAll
    static void stop() {
        sc.close();
    }

    @Test
    void theGridOnSparkFindsTheLocalEnginesBoundary() {
        List<SearchAxis> axes = axes(BOTH);
        MemberJob job = job(axes);
        AtomicInteger localBatches = new AtomicInteger();
        PointEvaluator local = local(job, localBatches);
        SparkPoints spark = new SparkPoints(sc, sc.broadcast(job), 0, TARGET.metric(), 3);

        BoundaryGrid.Result expected = BoundaryGrid.search(local, TARGET, axes.get(0), axes.get(1), 4, 1, 2);
        BoundaryGrid.Result actual = BoundaryGrid.search(spark, TARGET, axes.get(0), axes.get(1), 4, 1, 2);

        assertThat(expected.boundary()).as("the ranges straddle the boundary").isNotEmpty();
        assertSameBoundary(actual.boundary(), expected.boundary());
        assertSameRuns(actual.evaluations(), expected.evaluations());
        assertThat(spark.batches())
                .as("one Spark job per batch the search asks for")
                .isEqualTo(localBatches.get())
                .isGreaterThan(2);
        assertThat(spark.runs()).isEqualTo(expected.evaluations().size());
    }

    @Test
    void bisectionOnSparkEndsOnTheLocalEnginesInterval() {
        List<SearchAxis> axes = axes(List.of("events[0].fraction"));
        MemberJob job = job(axes);

        Bisection.Result expected = Bisection.search(local(job, new AtomicInteger()), TARGET, axes.get(0), 1e-2);
        Bisection.Result actual = Bisection.search(
                new SparkPoints(sc, sc.broadcast(job), 0, TARGET.metric(), 2), TARGET, axes.get(0), 1e-2);

        assertThat(expected.noBoundary()).isFalse();
        assertThat(actual.holding()).isEqualTo(expected.holding());
        assertThat(actual.breaking()).isEqualTo(expected.breaking());
        assertSameRuns(actual.evaluations(), expected.evaluations());
    }

    @Test
    void theJobsRunsReplayIntoTheLocalEnginesBoundary() throws IOException {
        Path file = dir.resolve("runs.csv");
        ReverseJob.Search search = ReverseJob.Search.of(JobOptions.parse(
                new String[] {
                    SCENARIO,
                    "--target",
                    TARGET.toString(),
                    "--vary",
                    String.join(",", BOTH),
                    "--points",
                    "4",
                    "--levels",
                    "1",
                    "--edge-steps",
                    "2",
                    "--date",
                    DATE.toString(),
                    "--evaluations",
                    file.toString()
                },
                List.of(),
                ReverseJob.USAGE));
        ReverseJob.run(sc, search, 4).write(file);

        RecordedRuns read = RecordedRuns.read(file);
        List<SearchAxis> axes = axes(BOTH);
        BoundaryGrid.Result replayed =
                BoundaryGrid.search(new Replay(read.runs()), TARGET, axes.get(0), axes.get(1), 4, 1, 2);
        BoundaryGrid.Result local =
                BoundaryGrid.search(local(job(axes), new AtomicInteger()), TARGET, axes.get(0), axes.get(1), 4, 1, 2);

        assertSameBoundary(replayed.boundary(), local.boundary());
        assertThat(read.get("target")).isEqualTo("compute-delivered>=97%");
        assertThat(read.get("unit")).isEqualTo("pax-silica");
        assertThat(read.get("scenario_hash"))
                .isEqualTo(ScenarioReader.read(Path.of(SCENARIO)).scenario().hash());
        assertThat(read.get("master")).isEqualTo("local[2]");
    }

    private static List<SearchAxis> axes(List<String> paths) {
        return SearchAxes.of(ScenarioReader.read(Path.of(SCENARIO)).scenario(), paths, List.of());
    }

    private static MemberJob job(List<SearchAxis> axes) {
        return MemberJob.of(
                SCENARIO,
                Optional.empty(),
                DATE,
                axes.stream().map(SearchAxis::path).toList());
    }

    /** The local engine as {@code lodestone reverse} runs it: each batch on a pool of two threads. */
    private static PointEvaluator local(MemberJob job, AtomicInteger batches) {
        MemberContext context = MemberContext.of(job);
        return points -> {
            batches.incrementAndGet();
            MetricValues values = EnsembleRunner.run(
                            context.layout(),
                            new PointDesign(points),
                            context.evaluator(),
                            0,
                            points.length,
                            2,
                            k -> {})
                    .values(0, TARGET.metric());
            double[] out = new double[points.length];
            Arrays.setAll(out, values::valueOf);
            return out;
        };
    }

    private static void assertSameBoundary(List<double[]> actual, List<double[]> expected) {
        assertThat(actual).hasSameSizeAs(expected);
        for (int k = 0; k < expected.size(); k++) {
            assertThat(actual.get(k)).containsExactly(expected.get(k));
        }
    }

    private static void assertSameRuns(List<Evaluation> actual, List<Evaluation> expected) {
        assertThat(actual).hasSameSizeAs(expected);
        for (int k = 0; k < expected.size(); k++) {
            assertThat(actual.get(k).point()).containsExactly(expected.get(k).point());
            assertThat(actual.get(k).value())
                    .as("run %d", k)
                    .isEqualTo(expected.get(k).value());
        }
    }
}
