package org.lodestone.bench;

import java.util.SplittableRandom;
import java.util.concurrent.TimeUnit;
import java.util.stream.IntStream;
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
        jvmArgsAppend = {"-Xms3g", "-Xmx3g"})
@Warmup(iterations = 3, time = 2)
@Measurement(iterations = 5, time = 2)
public class MemoryBandwidthBenchmark {

    @Param({"87000000"})
    int entries;

    @Param({"1", "2"})
    int threads;

    private int[] columns;
    private double[] values;

    @Setup(Level.Trial)
    public void arrays() {
        SplittableRandom random = new SplittableRandom(42);
        columns = new int[entries];
        values = new double[entries];
        for (int k = 0; k < entries; k++) {
            columns[k] = random.nextInt(1 << 20);
            values[k] = random.nextDouble();
        }
    }

    @Benchmark
    public double stream() {
        if (threads == 1) {
            return sum(0, entries);
        }
        return IntStream.range(0, threads)
                .parallel()
                .mapToDouble(t -> sum((int) ((long) entries * t / threads), (int) ((long) entries * (t + 1) / threads)))
                .sum();
    }

    private double sum(int from, int to) {
        double s0 = 0;
        double s1 = 0;
        double s2 = 0;
        double s3 = 0;
        long c = 0;
        int k = from;
        for (; k + 3 < to; k += 4) {
            s0 += values[k];
            s1 += values[k + 1];
            s2 += values[k + 2];
            s3 += values[k + 3];
            c += columns[k] + columns[k + 1] + columns[k + 2] + columns[k + 3];
        }
        for (; k < to; k++) {
            s0 += values[k];
            c += columns[k];
        }
        return s0 + s1 + s2 + s3 + c;
    }
}
