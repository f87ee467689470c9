package org.lodestone.bench;

import java.lang.management.ManagementFactory;
import java.util.Arrays;
import java.util.Locale;
import org.lodestone.core.ensemble.EnsembleRunner;
import org.lodestone.core.ensemble.EnsembleSummary;
import org.lodestone.core.ensemble.Metric;

/**
 * Ensemble members per second, measured the way {@code lodestone ensemble} runs them
 * ({@link BundledEnsemble}: the scenario's uncertainty block, {@link EnsembleRunner} on a pool of
 * threads, the stress-test recorder on every member), without the report. A timing harness rather
 * than a JMH benchmark: the quantity asked for is the wall-clock time of a whole ensemble
 * ({@link EnsembleMemberBenchmark} gives members per second under JMH). Each thread count first
 * runs a warm-up ensemble (other member indices), then the timed one; the summaries of the timed
 * runs must be equal whatever the thread count, and the harness says so. Beside the wall-clock
 * time it prints the process's CPU time per member (all threads, JIT and GC included), which a
 * loaded machine changes far less.
 *
 * <pre>
 * java -cp lodestone-bench/target/benchmarks.jar org.lodestone.bench.EnsembleThroughput \
 *      [SCENARIO (builtin:taiwan-strait-closure)] [MEMBERS (10000)] [THREADS (1,2)] [WARM-UP MEMBERS (1000)]
 * </pre>
 */
public final class EnsembleThroughput {

    private EnsembleThroughput() {}

    public static void main(String[] args) {
        String reference = args.length > 0 ? args[0] : "builtin:taiwan-strait-closure";
        int members = args.length > 1 ? Integer.parseInt(args[1]) : 10_000;
        int[] threads = args.length > 2
                ? Arrays.stream(args[2].split(",")).mapToInt(Integer::parseInt).toArray()
                : new int[] {1, 2};
        int warmUp = args.length > 3 ? Integer.parseInt(args[3]) : 1_000;
        BundledEnsemble ensemble = BundledEnsemble.load(reference);
        System.out.printf(
                Locale.ROOT,
                "%s, %d processors, Java %s%n",
                ensemble.description(),
                Runtime.getRuntime().availableProcessors(),
                System.getProperty("java.version"));
        long size = (long) warmUp + members;
        EnsembleSummary first = null;
        for (int t : threads) {
            ensemble.run(size, members, size, t);
            long cpu = processCpuNanos();
            long started = System.nanoTime();
            EnsembleSummary summary = ensemble.run(size, 0, members, t);
            double seconds = (System.nanoTime() - started) / 1e9;
            double cpuMs = (processCpuNanos() - cpu) / 1e6;
            System.out.printf(
                    Locale.ROOT,
                    "threads %d: %d members in %.1f s, %.1f members/s, process CPU %.2f ms per member"
                            + " (coalition delivered P50 %.4f)%n",
                    t,
                    members,
                    seconds,
                    members / seconds,
                    cpuMs / members,
                    summary.summary(0, Metric.COMPUTE_DELIVERED).p50());
            if (first == null) {
                first = summary;
            } else {
                System.out.println("  summary identical to the first thread count's: " + summary.equals(first));
            }
        }
    }

    /** CPU time of the whole process so far, in ns; -1 where the JVM does not say. */
    private static long processCpuNanos() {
        return ManagementFactory.getOperatingSystemMXBean() instanceof com.sun.management.OperatingSystemMXBean os
                ? os.getProcessCpuTime()
                : -1;
    }
}
