package org.lodestone.bench;

import java.io.IOException;
import java.lang.management.ManagementFactory;
import java.nio.file.Path;
import java.util.Arrays;
import java.util.function.Supplier;
import org.lodestone.core.ario.ArioModel;
import org.lodestone.core.ario.ArioParameters;
import org.lodestone.core.ario.ArioRun;
import org.lodestone.core.ario.StepListener;
import org.lodestone.core.mrio.IoTable;
import org.lodestone.core.mrio.SyntheticMrio;
import org.lodestone.io.mrio.MrioFolderReader;
import org.lodestone.io.mrio.MrioFolderWriter;

/**
 * Setup time, step time, peak heap and achieved bandwidth of one ARIO run in a fresh JVM, for
 * running under a heap limit ({@code -Xmx2g}) to show what fits. Prints a plain report on standard
 * output; it is a measuring tool, not part of Lodestone's CLI.
 *
 * <pre>
 * java -cp benchmarks.jar org.lodestone.bench.MemoryProbe write-mrio REGIONS SECTORS SEED FOLDER
 * java -Xmx2g -cp benchmarks.jar org.lodestone.bench.MemoryProbe mrio FOLDER STEPS [THREADS]
 * java -Xmx2g -cp benchmarks.jar org.lodestone.bench.MemoryProbe synthetic REGIONS SECTORS SEED STEPS [THREADS]
 * java -Xmx12g -cp benchmarks.jar org.lodestone.bench.MemoryProbe sparse NODES LINKS SECTORS REGIONS SEED STEPS [THREADS]
 * </pre>
 *
 * <p>{@code synthetic} generates the table in memory instead of reading a folder, to tell the
 * reader's share of the peak from the engine's. The run is the benchmarks' scenario ({@link ShockedRuns}): the measured steps start after the
 * capacity loss reached capacity. Threads default to the available processors.
 */
public final class MemoryProbe {

    private static final String USAGE = "usage: MemoryProbe write-mrio REGIONS SECTORS SEED FOLDER\n"
            + "       MemoryProbe mrio FOLDER STEPS [THREADS]\n"
            + "       MemoryProbe synthetic REGIONS SECTORS SEED STEPS [THREADS]\n"
            + "       MemoryProbe sparse NODES LINKS SECTORS REGIONS SEED STEPS [THREADS]";

    private MemoryProbe() {}

    public static void main(String[] args) throws IOException, InterruptedException {
        String command = args.length == 0 ? "" : args[0];
        switch (command) {
            case "write-mrio" -> writeMrio(args);
            case "mrio" -> probe(args, 2, () -> MrioFolderReader.read(Path.of(args[1])), "load MRIO folder");
            case "synthetic" ->
                probe(
                        args,
                        4,
                        () -> SyntheticMrio.generate(
                                Integer.parseInt(args[1]), Integer.parseInt(args[2]), Long.parseLong(args[3])),
                        "generate synthetic MRIO");
            case "sparse" ->
                probe(
                        args,
                        6,
                        () -> SparseNetworks.generate(
                                Integer.parseInt(args[1]),
                                Long.parseLong(args[2]),
                                Integer.parseInt(args[3]),
                                Integer.parseInt(args[4]),
                                Long.parseLong(args[5])),
                        "generate network");
            default -> {
                System.err.println(USAGE);
                System.exit(2);
            }
        }
    }

    private static void writeMrio(String[] args) throws IOException {
        requireArgs(args, 5);
        long start = System.nanoTime();
        IoTable table =
                SyntheticMrio.generate(Integer.parseInt(args[1]), Integer.parseInt(args[2]), Long.parseLong(args[3]));
        double generated = seconds(start);
        MrioFolderWriter.write(table, Path.of(args[4]));
        System.out.printf(
                "generated %d industries, %,d flows in %.1f s; wrote %s in %.1f s%n",
                table.size(), table.z().nonZeros(), generated, args[4], seconds(start) - generated);
    }

    /** Loads (or generates) the table, initialises the model and runs the steps; {@code stepsAt} is the index of STEPS. */
    private static void probe(String[] args, int stepsAt, Supplier<IoTable> source, String sourceName)
            throws InterruptedException {
        requireArgs(args, stepsAt + 1);
        int steps = Integer.parseInt(args[stepsAt]);
        int threads = args.length > stepsAt + 1
                ? Integer.parseInt(args[stepsAt + 1])
                : Runtime.getRuntime().availableProcessors();
        HeapWatch heap = HeapWatch.start();
        System.out.println(
                "args: " + String.join(" ", Arrays.copyOfRange(args, 1, args.length)) + ", threads " + threads);

        long start = System.nanoTime();
        IoTable table = source.get();
        System.out.printf("%-28s %8.2f s   heap used %s%n", sourceName, seconds(start), HeapWatch.mb(heap.usedNow()));
        start = System.nanoTime();
        ArioModel model = ArioModel.of(table, ArioParameters.defaults().withThreads(threads));
        System.out.printf(
                "%-28s %8.2f s   heap used %s%n", "initialise model", seconds(start), HeapWatch.mb(heap.usedNow()));
        long liveModel = heap.liveAfterFullGc();

        start = System.nanoTime();
        ArioRun run = ShockedRuns.pastShock(model);
        System.out.printf(
                "%-28s %8.2f s   (%d steps, shock at step %d)%n",
                "new run + lead steps", seconds(start), ShockedRuns.LEAD_STEPS, ShockedRuns.SHOCK_STEP);
        start = System.nanoTime();
        long cpuStart = processCpuNanos();
        ShockedRuns.requireCompleted(run.run(steps, StepListener.none()));
        double perStep = seconds(start) / steps;
        double cpuPerStep = (processCpuNanos() - cpuStart) / 1e9 / steps;
        System.out.printf(
                "%-28s %8.4f s   (mean of %d steps; process CPU %.4f s per step)%n",
                "seconds per step", perStep, steps, cpuPerStep);
        long liveRun = heap.liveAfterFullGc();
        heap.settle();

        StepTraffic traffic = StepTraffic.of(model);
        System.out.printf(
                "size: P %,d industries, S %,d products, %,d flows, %,d input entries of S x P %,d%n",
                table.size(),
                table.sectors().size(),
                table.z().nonZeros(),
                traffic.inputEntries(),
                (long) table.sectors().size() * table.size());
        System.out.printf(
                "bytes per step (model): Z %s (%,d rows dense, %,d flows by buyer) + input entries %s + per industry = %s%n",
                HeapWatch.mb(traffic.csrBytes()),
                traffic.denseRows(),
                traffic.byBuyerFlows(),
                HeapWatch.mb(traffic.inputEntryBytes()),
                HeapWatch.mb(traffic.totalBytes()));
        System.out.printf(
                "achieved bandwidth: %.1f GB/s (all modelled bytes), %.1f GB/s (Z bytes only)%n",
                traffic.totalBytes() / perStep / 1e9, traffic.csrBytes() / perStep / 1e9);
        System.out.printf("live heap: table + model %s, with run %s%n", HeapWatch.mb(liveModel), HeapWatch.mb(liveRun));
        System.out.printf(
                "peak heap: %s at collections, %s live after a collection, %s sum of pool peaks%n",
                HeapWatch.mb(heap.peakAtCollections()),
                HeapWatch.mb(heap.peakLiveAfterCollections()),
                HeapWatch.mb(heap.sumOfPoolPeaks()));
        System.out.print(heap.details());
    }

    private static void requireArgs(String[] args, int count) {
        if (args.length < count) {
            System.err.println(USAGE);
            System.exit(2);
        }
    }

    /** CPU time of the whole process: with one engine thread, a step time that other processes cannot inflate. */
    private static long processCpuNanos() {
        return ((com.sun.management.OperatingSystemMXBean) ManagementFactory.getOperatingSystemMXBean())
                .getProcessCpuTime();
    }

    private static double seconds(long startNanos) {
        return (System.nanoTime() - startNanos) / 1e9;
    }
}
