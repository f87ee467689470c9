package org.lodestone.bench;

import org.lodestone.core.ario.ArioModel;
import org.lodestone.core.ario.ArioParameters;
import org.lodestone.core.ario.ArioRun;
import org.lodestone.core.ario.StepListener;
import org.lodestone.core.mrio.IoTable;
import org.lodestone.core.mrio.SyntheticMrio;

/**
 * The engine's step against the memory-bandwidth bound, in one run: the machine's read bandwidth
 * for the passes' access pattern ({@link StreamBandwidth}, best of several passes, measured before
 * and after the steps), the bytes a step must move ({@link StepTraffic}), the bound (bytes /
 * bandwidth), the step time ({@link ShockedRuns}' scenario, the steps {@code ArioStepBenchmark}
 * times, in blocks) and the ratio of the two. Prints a plain report on standard output.
 *
 * <pre>
 * java -Xmx4g -cp benchmarks.jar org.lodestone.bench.BoundProbe REGIONS SECTORS SEED STEPS THREADS
 * java -Xmx12g -cp benchmarks.jar org.lodestone.bench.BoundProbe sparse NODES LINKS SECTORS REGIONS SEED STEPS THREADS
 * </pre>
 *
 * <p>The first form runs the synthetic MRIO table ({@link SyntheticMrio}), the second the sparse
 * network of {@link SparseNetworks}; the report then also gives the bytes per link.
 */
public final class BoundProbe {

    private static final int PASSES = 10;
    private static final int BLOCK = 10;

    private BoundProbe() {}

    public static void main(String[] args) {
        boolean sparse = args.length > 0 && args[0].equals("sparse");
        if (args.length < (sparse ? 8 : 5)) {
            System.err.println("usage: BoundProbe REGIONS SECTORS SEED STEPS THREADS\n"
                    + "       BoundProbe sparse NODES LINKS SECTORS REGIONS SEED STEPS THREADS");
            System.exit(2);
        }
        System.out.println(HugePages.state());
        IoTable table = sparse
                ? SparseNetworks.generate(
                        Integer.parseInt(args[1]),
                        Long.parseLong(args[2]),
                        Integer.parseInt(args[3]),
                        Integer.parseInt(args[4]),
                        Long.parseLong(args[5]))
                : SyntheticMrio.generate(Integer.parseInt(args[0]), Integer.parseInt(args[1]), Long.parseLong(args[2]));
        int steps = Integer.parseInt(args[sparse ? 6 : 3]);
        int threads = Integer.parseInt(args[sparse ? 7 : 4]);
        ArioModel model = ArioModel.of(table, ArioParameters.defaults().withThreads(threads));
        StepTraffic traffic = StepTraffic.of(model);
        StreamBandwidth stream = StreamBandwidth.of(StreamBandwidth.PROBE_ENTRIES);

        double before = stream.bestBytesPerSecond(threads, PASSES);
        double[] step = stepSeconds(model, steps);
        double after = stream.bestBytesPerSecond(threads, PASSES);
        double oneThread = stream.bestBytesPerSecond(1, PASSES);
        double bandwidth = Math.max(before, after);

        System.out.printf(
                "table: %,d industries, %,d flows, %,d input entries; %d threads%n",
                table.size(), table.z().nonZeros(), traffic.inputEntries(), threads);
        System.out.printf(
                "read bandwidth (best of %d passes over %.0f MB): %.1f GB/s on %d threads (%.1f before the steps,"
                        + " %.1f after), %.1f GB/s on 1 thread%n",
                PASSES, stream.bytes() / 1e6, bandwidth / 1e9, threads, before / 1e9, after / 1e9, oneThread / 1e9);
        System.out.printf(
                "bytes a step must move: %.0f MB (the flows once: %.0f MB, %,d of %,d rows dense at 8 bytes per buyer,"
                        + " %,d flows by buyer at 16 bytes, the others 12 bytes per flow; input entries %.0f MB)%n",
                traffic.totalBytes() / 1e6,
                traffic.csrBytes() / 1e6,
                traffic.denseRows(),
                table.size(),
                traffic.byBuyerFlows(),
                traffic.inputEntryBytes() / 1e6);
        double bound = traffic.totalBytes() / bandwidth;
        System.out.printf("bound: %.4f s per step (flows only: %.4f s)%n", bound, traffic.csrBytes() / bandwidth);
        System.out.printf("step: %.4f s mean over %d steps, %.4f s best block of %d%n", step[0], steps, step[1], BLOCK);
        System.out.printf("ratio step / bound: %.2f mean, %.2f best block%n", step[0] / bound, step[1] / bound);
        System.out.printf(
                "per link: %.1f bytes modelled; the mean step lasts as long as %.1f bytes per link take at the measured bandwidth%n",
                (double) traffic.totalBytes() / table.z().nonZeros(),
                step[0] * bandwidth / table.z().nonZeros());
    }

    /** Mean seconds per step over {@code steps} steps after the shock, and the best block's. */
    private static double[] stepSeconds(ArioModel model, int steps) {
        ArioRun run = ShockedRuns.pastShock(model);
        double best = Double.MAX_VALUE;
        long total = 0;
        for (int done = 0; done < steps; done += BLOCK) {
            int n = Math.min(BLOCK, steps - done);
            long start = System.nanoTime();
            ShockedRuns.requireCompleted(run.run(n, StepListener.none()));
            long took = System.nanoTime() - start;
            total += took;
            best = Math.min(best, took / 1e9 / n);
        }
        return new double[] {total / 1e9 / steps, best};
    }
}
