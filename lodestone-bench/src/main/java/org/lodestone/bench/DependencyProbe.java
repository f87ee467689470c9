package org.lodestone.bench;

import java.lang.management.ManagementFactory;
import java.util.List;
import java.util.Set;
import java.util.TreeSet;
import org.lodestone.core.dependency.OriginShares;
import org.lodestone.core.dependency.StackTable;
import org.lodestone.core.extraction.ExtractionRanking;
import org.lodestone.core.extraction.RankedCut;
import org.lodestone.core.leontief.LeontiefSolver;
import org.lodestone.core.mrio.IoTable;
import org.lodestone.core.mrio.SyntheticMrio;

/**
 * Wall time and peak heap of the dependency analytics at MRIO scale in a fresh JVM: generates the
 * synthetic table, then runs the multi-tier origins of every industry and the exact top of the
 * extraction ranking once each, as {@link DependencyBenchmark} does, with the process CPU time of
 * each (wall time overstates the work on a shared machine), and reports the heap the way
 * {@link MemoryProbe} does. A measuring tool, not part of Lodestone's CLI.
 *
 * <pre>
 * java -Xmx4g -cp benchmarks.jar org.lodestone.bench.DependencyProbe REGIONS SECTORS SEED [TOP]
 * </pre>
 */
public final class DependencyProbe {

    private static final int COALITION_REGIONS = 10;

    private DependencyProbe() {}

    public static void main(String[] args) throws InterruptedException {
        if (args.length < 3) {
            System.err.println("usage: DependencyProbe REGIONS SECTORS SEED [TOP]");
            System.exit(2);
        }
        int top = args.length > 3 ? Integer.parseInt(args[3]) : 20;
        HeapWatch heap = HeapWatch.start();
        long start = System.nanoTime();
        IoTable table =
                SyntheticMrio.generate(Integer.parseInt(args[0]), Integer.parseInt(args[1]), Long.parseLong(args[2]));
        StackTable stack = StackTable.monetary(table);
        LeontiefSolver solver = new LeontiefSolver(table);
        System.out.printf(
                "%-34s %8.2f s   %,d industries, %,d flows, heap used %s%n",
                "generate table", seconds(start), table.size(), table.z().nonZeros(), HeapWatch.mb(heap.usedNow()));
        long liveTable = heap.liveAfterFullGc();

        start = System.nanoTime();
        long cpu = processCpuNanos();
        OriginShares origins = OriginShares.byRegion(stack, solver);
        System.out.printf(
                "%-34s %8.2f s   process CPU %.1f s; share of R000 in industry 0: %.4f%n",
                "origins of every industry (98 RHS)",
                seconds(start),
                (processCpuNanos() - cpu) / 1e9,
                origins.share(0, 0));

        Set<String> coalition = new TreeSet<>(stack.regions()
                .subList(0, Math.min(COALITION_REGIONS, stack.regions().size())));
        start = System.nanoTime();
        cpu = processCpuNanos();
        List<RankedCut> ranking =
                new ExtractionRanking(stack, solver).rank(stack.outputOf(-1, coalition), Set.of(), 1, top);
        System.out.printf(
                "%-34s %8.2f s   process CPU %.1f s; first %s, %.4f%% of the coalition's output%n",
                "extraction ranking, exact top " + top,
                seconds(start),
                (processCpuNanos() - cpu) / 1e9,
                stack.label(ranking.get(0).industry()),
                100 * ranking.get(0).targetShare());
        heap.settle();
        System.out.printf("live heap after generating the table: %s%n", HeapWatch.mb(liveTable));
        System.out.printf(
                "peak heap: %s at collections, %s live after a collection, %s sum of pool peaks%n",
                HeapWatch.mb(heap.peakAtCollections()),
                HeapWatch.mb(heap.peakLiveAfterCollections()),
                HeapWatch.mb(heap.sumOfPoolPeaks()));
        System.out.print(heap.details());
    }

    /** CPU time of the whole process: with other jobs on the machine, wall time overstates the work. */
    private static long processCpuNanos() {
        return ((com.sun.management.OperatingSystemMXBean) ManagementFactory.getOperatingSystemMXBean())
                .getProcessCpuTime();
    }

    private static double seconds(long start) {
        return (System.nanoTime() - start) / 1e9;
    }
}
