package org.lodestone.bench;

import java.io.IOException;
import java.lang.management.ManagementFactory;
import java.lang.management.ThreadInfo;
import java.lang.management.ThreadMXBean;
import java.nio.file.Files;
import java.nio.file.Path;
import org.lodestone.core.ario.ArioModel;
import org.lodestone.core.ario.ArioParameters;
import org.lodestone.core.ario.ArioRun;
import org.lodestone.core.ario.StepListener;
import org.lodestone.core.ario.StepView;
import org.lodestone.core.ario.SummaryRecorder;
import org.lodestone.core.mrio.IoTable;
import org.lodestone.core.mrio.SyntheticMrio;
import org.lodestone.io.run.OutputFolder;
import org.lodestone.io.run.TrajectoryFormat;
import org.lodestone.io.run.TrajectoryWriter;

/**
 * What {@code lodestone simulate}'s loop adds to the engine's steps: runs the benchmarks' scenario
 * ({@link ShockedRuns}) on a synthetic table from step 0 for STEPS steps, in two rounds, each once
 * with the command's listeners (the summary recorder and the trajectory writer, to a temporary
 * folder deleted afterwards) and then with no listener. Round 0's first run is what a fresh
 * {@code simulate} pays (JIT warm-up included); round 1's run with no listener is what
 * {@code ArioRunBenchmark} measures after its warm-up. Prints, per block of steps, seconds per
 * step, the process's CPU seconds per step (every thread), the trajectory writer thread's own CPU
 * seconds per step and the calling thread's CPU seconds spent in the listeners; and over all steps
 * each kind of thread's CPU ({@link ThreadCpu}: calling thread, fork-join workers, writer, C2 and
 * C1 compilers, GC). CPU times depend little on what else the machine runs; the wall times do.
 * Also prints how many suppliers are rationed (production below total demand) in each block: the
 * supplier pass sums their shortfalls, and their buyers' stocks are near their constraints.
 *
 * <pre>
 * java -Xmx4g -cp benchmarks.jar org.lodestone.bench.LoopProbe REGIONS SECTORS SEED STEPS THREADS [BLOCK]
 * </pre>
 */
public final class LoopProbe {

    private LoopProbe() {}

    public static void main(String[] args) throws IOException {
        if (args.length < 5) {
            System.err.println("usage: LoopProbe REGIONS SECTORS SEED STEPS THREADS [BLOCK]");
            System.exit(2);
        }
        System.out.println(HugePages.state());
        IoTable table =
                SyntheticMrio.generate(Integer.parseInt(args[0]), Integer.parseInt(args[1]), Long.parseLong(args[2]));
        int steps = Integer.parseInt(args[3]);
        int block = args.length > 5 ? Integer.parseInt(args[5]) : 20;
        ArioModel model = ArioModel.of(table, ArioParameters.defaults().withThreads(Integer.parseInt(args[4])));
        for (int round = 0; round < 2; round++) {
            // the command's listeners first: round 0 is what a fresh `simulate` pays, JIT warm-up included
            Path dir = Files.createTempDirectory("loop-probe");
            try (OutputFolder folder = OutputFolder.open(dir.resolve("out"));
                    TrajectoryWriter writer = new TrajectoryWriter(folder, TrajectoryFormat.CSV, table)) {
                System.out.println("round " + round + ": summary + trajectories.csv (the command's listeners)");
                SummaryRecorder summary = SummaryRecorder.of(new int[] {table.size() / 2}, table);
                blocks(model, steps, block, summary.andThen(writer));
            } finally {
                OutputFolder.deleteTree(dir);
            }
            System.out.println("round " + round + ": no listener");
            blocks(model, steps, block, StepListener.none());
        }
    }

    private static void blocks(ArioModel model, int steps, int block, StepListener listener) {
        ThreadMXBean threads = ManagementFactory.getThreadMXBean();
        long processStart = processCpuNanos();
        double[] threadsStart = ThreadCpu.read();
        long[] listenerCpu = new long[1];
        long writerStart = writerCpuNanos(threads);
        int[] rationed = new int[1];
        StepListener timed = step -> {
            long cpu = threads.getCurrentThreadCpuTime();
            listener.onStep(step);
            listenerCpu[0] += threads.getCurrentThreadCpuTime() - cpu;
            rationed[0] += rationed(step);
        };
        ArioRun run = new ArioRun(model, ShockedRuns.events(model));
        for (int done = 0; done < steps; done += block) {
            int n = Math.min(block, steps - done);
            listenerCpu[0] = 0;
            rationed[0] = 0;
            long start = System.nanoTime();
            long cpu = processCpuNanos();
            long writerCpu = writerCpuNanos(threads);
            ShockedRuns.requireCompleted(run.run(n, timed));
            double wall = (System.nanoTime() - start) / 1e9;
            System.out.printf(
                    "  steps %3d-%3d: %.4f s/step, process %.4f CPU s/step, writer thread %.4f CPU s/step,"
                            + " listeners %.4f CPU s/step, rationed suppliers %.0f per step%n",
                    done,
                    done + n - 1,
                    wall / n,
                    (processCpuNanos() - cpu) / 1e9 / n,
                    (writerCpuNanos(threads) - writerCpu) / 1e9 / n,
                    listenerCpu[0] / 1e9 / n,
                    (double) rationed[0] / n);
        }
        System.out.printf(
                "  all %d steps: process %.4f CPU s/step (engine workers, listeners, writer thread, JIT, GC),"
                        + " writer thread %.4f CPU s/step%n",
                steps,
                (processCpuNanos() - processStart) / 1e9 / steps,
                (writerCpuNanos(threads) - writerStart) / 1e9 / steps);
        System.out.println("  by thread: " + ThreadCpu.perStep(ThreadCpu.minus(ThreadCpu.read(), threadsStart), steps));
    }

    /**
     * CPU time of the trajectory writer's thread ({@link TrajectoryWriter#THREAD_NAME}), 0 when there is
     * none; the steps still queued when a block ends are counted in the next block.
     */
    private static long writerCpuNanos(ThreadMXBean threads) {
        for (ThreadInfo info : threads.getThreadInfo(threads.getAllThreadIds())) {
            if (info != null && info.getThreadName().equals(TrajectoryWriter.THREAD_NAME)) {
                return Math.max(0, threads.getThreadCpuTime(info.getThreadId()));
            }
        }
        return 0;
    }

    /** CPU time of every thread of the process, so the writer thread, the JIT and the collector count too. */
    private static long processCpuNanos() {
        return ((com.sun.management.OperatingSystemMXBean) ManagementFactory.getOperatingSystemMXBean())
                .getProcessCpuTime();
    }

    private static int rationed(StepView step) {
        int count = 0;
        for (int i = 0; i < step.industries(); i++) {
            double demand = step.intermediateDemand().get(i)
                    + step.finalDemand().get(i)
                    + step.rebuildDemand().get(i);
            count += step.production().get(i) < demand ? 1 : 0;
        }
        return count;
    }
}
