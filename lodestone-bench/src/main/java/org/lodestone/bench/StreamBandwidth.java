package org.lodestone.bench;

import java.util.SplittableRandom;
import java.util.stream.IntStream;

/**
 * Read bandwidth for the engine's access pattern: one pass over CSR-like arrays (an {@code int}
 * and a {@code double} per entry, 12 bytes), split into contiguous parts over the common fork-join
 * pool as the engine splits its passes. Four independent sums keep the loop bound by memory, not
 * by the latency of floating-point adds. Used by {@link MemoryBandwidthBenchmark} (JMH) and
 * {@link BoundProbe} (the bound beside the step, in one run).
 */
final class StreamBandwidth {

    /** Entries of {@link #ofProbe}: 384 MB, far beyond any cache. */
    static final int PROBE_ENTRIES = 32_000_000;

    private final int[] columns;
    private final double[] values;

    private StreamBandwidth(int entries) {
        SplittableRandom random = new SplittableRandom(42);
        columns = new int[entries];
        values = new double[entries];
        for (int k = 0; k < entries; k++) {
            columns[k] = random.nextInt(1 << 20);
            values[k] = random.nextDouble();
        }
    }

    /** Arrays of {@code entries} entries, filled from a fixed seed. */
    static StreamBandwidth of(int entries) {
        return new StreamBandwidth(entries);
    }

    /** Bytes one pass reads. */
    long bytes() {
        return 12L * values.length;
    }

    /** One pass on {@code threads} workers; the result only keeps the JIT from dropping the loop. */
    double stream(int threads) {
        int entries = values.length;
        if (threads == 1) {
            return sum(0, entries);
        }
        return IntStream.range(0, threads)
                .parallel()
                .mapToDouble(t -> sum((int) ((long) entries * t / threads), (int) ((long) entries * (t + 1) / threads)))
                .sum();
    }

    /**
     * The best of {@code passes} passes on {@code threads} workers, in bytes per second: the
     * bandwidth the machine gives when nothing else gets in the way (a bound, not a mean).
     */
    double bestBytesPerSecond(int threads, int passes) {
        long best = Long.MAX_VALUE;
        double sink = 0;
        for (int n = 0; n < passes; n++) {
            long start = System.nanoTime();
            sink += stream(threads);
            best = Math.min(best, System.nanoTime() - start);
        }
        if (sink == 42) {
            throw new IllegalStateException("unreachable sum " + sink);
        }
        return bytes() / (best / 1e9);
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
