package org.lodestone.bench;

import java.util.concurrent.TimeUnit;
import org.openjdk.jmh.annotations.Benchmark;
import org.openjdk.jmh.annotations.BenchmarkMode;
import org.openjdk.jmh.annotations.Fork;
import org.openjdk.jmh.annotations.Level;
import org.openjdk.jmh.annotations.Measurement;
import org.openjdk.jmh.annotations.Mode;
import org.openjdk.jmh.annotations.OutputTimeUnit;
import org.openjdk.jmh.annotations.Param;
import org.openjdk.jmh.annotations.Scope;
import org.openjdk.jmh.annotations.Setup;
import org.openjdk.jmh.annotations.State;
import org.openjdk.jmh.annotations.Warmup;

/**
 * What memory bandwidth allows on this machine for the engine's access pattern: one read of CSR
 * arrays (an {@code int} column and a {@code double} value per entry, 12 bytes) of the size of the
 * 98 × 100 table's Z (about 87 million entries, 1 GB), split into contiguous parts over the common
 * fork-join pool as the engine splits its passes. Bandwidth = {@code 12 · entries / score}. Four
 * independent sums keep the loop bound by memory, not by the latency of floating-point adds.
 */
@State(Scope.Benchmark)
@BenchmarkMode(Mode.AverageTime)
@OutputTimeUnit(TimeUnit.MILLISECONDS)
@Fork(
        value = 1,
        jvmArgsAppend = {"-Xms3g", "-Xmx3g", "-XX:+IgnoreUnrecognizedVMOptions", "-XX:+UseTransparentHugePages"})
@Warmup(iterations = 3, time = 2)
@Measurement(iterations = 5, time = 2)
public class MemoryBandwidthBenchmark {

    @Param({"87000000"})
    int entries;

    @Param({"1", "2"})
    int threads;

    private StreamBandwidth arrays;

    @Setup(Level.Trial)
    public void arrays() {
        arrays = StreamBandwidth.of(entries);
    }

    @Benchmark
    public double stream() {
        return arrays.stream(threads);
    }
}
