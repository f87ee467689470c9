package org.lodestone.bench;

import java.util.concurrent.TimeUnit;
import org.lodestone.core.ensemble.EnsembleSummary;
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
 * Ensemble members per second of a bundled scenario (365 days each), as {@code lodestone ensemble}
 * runs them ({@link BundledEnsemble}): each invocation runs the next {@value #BATCH} members of the
 * design on {@code threads} workers, so a score of N ops/s is N members per second and 10,000
 * members take 10,000 / N s. Run with {@code -prof gc} for the bytes allocated per member.
 */
@State(Scope.Benchmark)
@BenchmarkMode(Mode.Throughput)
@OutputTimeUnit(TimeUnit.SECONDS)
@Fork(value = 1)
@Warmup(iterations = 3, time = 10)
@Measurement(iterations = 5, time = 10)
public class EnsembleMemberBenchmark {

    /** Members per invocation. */
    static final int BATCH = 200;

    /** Design size: member indices wrap around after it. */
    private static final long DESIGN = 200L << 12;

    @Param({"builtin:taiwan-strait-closure", "builtin:ree-controls-snap-back"})
    String scenario;

    @Param({"1", "2"})
    int threads;

    private BundledEnsemble ensemble;
    private long next;

    @Setup(Level.Trial)
    public void load() {
        ensemble = BundledEnsemble.load(scenario);
        next = 0;
    }

    @Benchmark
    @OperationsPerInvocation(BATCH)
    public EnsembleSummary members() {
        long from = next;
        next = (next + BATCH) % DESIGN;
        return ensemble.run(DESIGN, from, from + BATCH, threads);
    }
}
