package org.lodestone.bench;

import java.util.concurrent.TimeUnit;
import org.lodestone.core.ario.ArioModel;
import org.lodestone.core.ario.ArioParameters;
import org.lodestone.core.ario.ArioRun;
import org.lodestone.core.ario.RunOutcome;
import org.lodestone.core.ario.StepListener;
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
 * Seconds per ARIO step on a seeded sparse network ({@link SparseNetworks}) of 1,000,000 nodes and
 * 10,000,000 links, 100 sectors in 10,000 regions, with one capacity-loss shock
 * ({@link ShockedRuns}); each measured invocation runs {@value #STEPS} steps of a fresh run already
 * past the shock. The engine keeps a dozen dense product × industry arrays (S × P = 10^8 cells,
 * 800 MB per double array here), hence the large heap; a single shot takes about two minutes.
 */
@State(Scope.Benchmark)
@BenchmarkMode(Mode.SingleShotTime)
@OutputTimeUnit(TimeUnit.SECONDS)
@Fork(
        value = 1,
        jvmArgsAppend = {"-Xms16g", "-Xmx16g", "-XX:+IgnoreUnrecognizedVMOptions", "-XX:+UseTransparentHugePages"})
@Warmup(iterations = 1)
@Measurement(iterations = 2)
public class SparseStepBenchmark {

    /** Steps per measured invocation. */
    static final int STEPS = 30;

    private static final long SEED = 42;

    @Param({"1000000"})
    int nodes;

    @Param({"10000000"})
    long links;

    @Param({"100"})
    int sectors;

    @Param({"10000"})
    int regions;

    @Param({"1", "2"})
    int threads;

    private ArioModel model;
    private ArioRun run;

    @Setup(Level.Trial)
    public void model() {
        model = ArioModel.of(
                SparseNetworks.generate(nodes, links, sectors, regions, SEED),
                ArioParameters.defaults().withThreads(threads));
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
