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
import org.openjdk.jmh.annotations.TearDown;
import org.openjdk.jmh.annotations.Warmup;

/**
 * Seconds per ARIO step on the synthetic MRIO tables of the issue: 49 × 100 (4,900 industries) and
 * 98 × 100 (9,800), seed 42, default parameters, one capacity-loss shock ({@link ShockedRuns}).
 * Each measured invocation runs {@value #STEPS} steps of a fresh run that is already past the
 * shock (made outside the timing), so the score is seconds per step of the same 20 steps every
 * time.
 */
@State(Scope.Benchmark)
@BenchmarkMode(Mode.SingleShotTime)
@OutputTimeUnit(TimeUnit.SECONDS)
@Fork(
        value = 1,
        jvmArgsAppend = {"-Xms4g", "-Xmx4g", "-XX:+IgnoreUnrecognizedVMOptions", "-XX:+UseTransparentHugePages"})
@Warmup(iterations = 3)
@Measurement(iterations = 5)
public class ArioStepBenchmark {

    /** Steps per measured invocation. */
    static final int STEPS = 20;

    private static final long SEED = 42;

    @Param({"49", "98"})
    int regions;

    @Param({"100"})
    int sectors;

    @Param({"1", "2"})
    int threads;

    private ArioModel model;
    private ArioRun run;

    @Setup(Level.Trial)
    public void model() {
        IoTable table = SyntheticMrio.generate(regions, sectors, SEED);
        model = ArioModel.of(table, ArioParameters.defaults().withThreads(threads));
    }

    @Setup(Level.Invocation)
    public void run() {
        run = ShockedRuns.pastShock(model);
    }

    @TearDown(Level.Invocation)
    public void dropRun() {
        run = null;
    }

    @Benchmark
    @OperationsPerInvocation(STEPS)
    public RunOutcome steps() {
        return ShockedRuns.requireCompleted(run.run(STEPS, StepListener.none()));
    }
}
