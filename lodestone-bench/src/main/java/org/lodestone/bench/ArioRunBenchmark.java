package org.lodestone.bench;

import java.util.concurrent.TimeUnit;
import org.lodestone.core.ario.ArioModel;
import org.lodestone.core.ario.ArioParameters;
import org.lodestone.core.ario.ArioRun;
import org.lodestone.core.ario.RunOutcome;
import org.lodestone.core.ario.StepListener;
import org.lodestone.core.mrio.IoTable;
import org.lodestone.core.mrio.SyntheticMrio;
import org.openjdk.jmh.annotations.Benchmark;
import org.openjdk.jmh.annotations.BenchmarkMode;
import org.openjdk.jmh.annotations.Fork;
import org.openjdk.jmh.annotations.Level;
import org.openjdk.jmh.annotations.Measurement;
import org.openjdk.jmh.annotations.Mode;
import org.openjdk.jmh.annotations.OperationsPerInvocation;
import org.openjdk.jmh.annotations.OutputTimeUnit;
import org.openjdk.jmh.annotations.Param;
import org.openjdk.jmh.annotations.Scope;
import org.openjdk.jmh.annotations.Setup;
import org.openjdk.jmh.annotations.State;
import org.openjdk.jmh.annotations.Warmup;

/**
 * Seconds per step of the whole run {@code lodestone simulate} makes of the same scenario: the
 * {@link ShockedRuns} capacity loss on the synthetic table, {@value #STEPS} steps from step 0, so
 * the score compares with {@code run.json}'s {@code loop_seconds / steps} for
 * {@code lodestone-bench/scenarios/synthetic-49x100.yaml}: the same steps with the same values
 * (their trajectories are byte for byte the command's), timed as {@code loop_seconds} times them,
 * without making the run (about 0.07 s of CPU at 49 × 100, 2 % of the score when it was inside).
 * {@link ArioStepBenchmark} times 20 steps just after the shock instead, while about 1% of
 * suppliers are rationed; later in the run
 * (recovery) every supplier is, the supplier pass also sums every flow's shortfall and most
 * buyers' inputs are checked one by one, so the steps of a whole run cost more on average.
 */
@State(Scope.Benchmark)
@BenchmarkMode(Mode.SingleShotTime)
@OutputTimeUnit(TimeUnit.SECONDS)
@Fork(
        value = 1,
        jvmArgsAppend = {"-Xms4g", "-Xmx4g", "-XX:+IgnoreUnrecognizedVMOptions", "-XX:+UseTransparentHugePages"})
@Warmup(iterations = 2)
@Measurement(iterations = 3)
public class ArioRunBenchmark {

    /** Steps of the run, as the scenario's horizon. */
    static final int STEPS = 200;

    private static final long SEED = 42;

    @Param({"49"})
    int regions;

    @Param({"100"})
    int sectors;

    @Param({"1", "2"})
    int threads;

    private ArioModel model;
    private ArioRun fresh;

    @Setup(Level.Trial)
    public void model() {
        IoTable table = SyntheticMrio.generate(regions, sectors, SEED);
        model = ArioModel.of(table, ArioParameters.defaults().withThreads(threads));
    }

    /** A new run at step 0 before each shot, outside the timing, as the command makes it before its loop. */
    @Setup(Level.Invocation)
    public void freshRun() {
        fresh = new ArioRun(model, ShockedRuns.events(model));
    }

    @Benchmark
    @OperationsPerInvocation(STEPS)
    public RunOutcome run() {
        return ShockedRuns.requireCompleted(fresh.run(STEPS, StepListener.none()));
    }
}
