package org.lodestone.bench;

import java.lang.management.ManagementFactory;
import java.lang.management.ThreadMXBean;
import java.util.Locale;
import org.lodestone.core.ario.ArioRun;
import org.lodestone.core.binding.BoundEvents;
import org.lodestone.core.scenario.Scenario;
import org.lodestone.core.scenario.ScenarioFields;
import org.lodestone.core.shortfall.ShortfallRecorder;

/**
 * The thread CPU and the bytes allocated of one ensemble member of a bundled scenario
 * ({@link BundledEnsemble}), by part, on the calling thread: binding the member's scenario (its
 * fields set, events bound to the table), making the run, the steps alone (no listener), and the
 * stress-test recorder (a second run with it, less the steps alone). Thread CPU of one thread,
 * unlike {@link EnsembleThroughput}'s process CPU, leaves out JIT and GC threads and other
 * processes, so it is steady on a loaded machine (about 5 %); it is not the wall-clock time of an
 * ensemble, and the garbage collector's work on what a member allocates is not in it.
 *
 * <pre>
 * java -cp lodestone-bench/target/benchmarks.jar org.lodestone.bench.MemberCpu \
 *      [SCENARIO (builtin:ree-controls-snap-back)] [MEMBERS (300)] [WARM-UP MEMBERS (600)]
 * </pre>
 */
public final class MemberCpu {

    private static final ThreadMXBean THREADS = ManagementFactory.getThreadMXBean();
    private static final String[] PARTS = {"binding", "making the run", "steps", "recorder"};

    private MemberCpu() {}

    public static void main(String[] args) {
        String reference = args.length > 0 ? args[0] : "builtin:ree-controls-snap-back";
        int members = args.length > 1 ? Integer.parseInt(args[1]) : 300;
        int warmUp = args.length > 2 ? Integer.parseInt(args[2]) : 600;
        BundledEnsemble ensemble = BundledEnsemble.load(reference);
        System.out.println(ensemble.description());
        long size = (long) warmUp + members;
        time(ensemble, size, members, size);
        long[][] parts = time(ensemble, size, 0, members);
        double total = 0;
        double bytes = 0;
        for (int k = 0; k < PARTS.length; k++) {
            double ms = parts[0][k] / 1e6 / members;
            double kib = parts[1][k] / 1024.0 / members;
            total += ms;
            bytes += kib;
            System.out.printf(
                    Locale.ROOT, "  %-15s %7.3f ms thread CPU, %8.1f KiB allocated per member%n", PARTS[k], ms, kib);
        }
        System.out.printf(
                Locale.ROOT,
                "  %-15s %7.3f ms thread CPU, %8.1f KiB allocated per member (%d members)%n",
                "whole member",
                total,
                bytes,
                members);
    }

    /** The thread CPU (ns) and the bytes allocated of each part over members {@code [from, to)} (wrapping at {@code size}). */
    private static long[][] time(BundledEnsemble ensemble, long size, long from, long to) {
        long[][] parts = new long[2][PARTS.length];
        Scenario base = ensemble.scenario;
        int horizon = base.horizon();
        for (long k = from; k < to; k++) {
            long[] t0 = now();
            double[] values = ensemble.memberValues(size, k % size);
            Scenario member = values.length == 0
                    ? base
                    : ScenarioFields.apply(base, base.uncertainty().paths(), values);
            BoundEvents bound = ensemble.binding.bind(member);
            long[] t1 = now();
            ArioRun run = new ArioRun(bound.model(), bound.events());
            long[] t2 = now();
            run.run(horizon, view -> {});
            long[] t3 = now();
            ArioRun recorded = new ArioRun(bound.model(), bound.events());
            long[] t4 = now();
            recorded.run(horizon, new ShortfallRecorder(ensemble.units, horizon, ensemble.values));
            long[] t5 = now();
            for (int m = 0; m < 2; m++) {
                parts[m][0] += t1[m] - t0[m];
                parts[m][1] += t2[m] - t1[m];
                parts[m][2] += t3[m] - t2[m];
                parts[m][3] += (t5[m] - t4[m]) - (t3[m] - t2[m]);
            }
        }
        return parts;
    }

    /** This thread's CPU time (ns) and the bytes it has allocated (-1 where the JVM does not say). */
    private static long[] now() {
        long bytes = THREADS instanceof com.sun.management.ThreadMXBean sun ? sun.getCurrentThreadAllocatedBytes() : -1;
        return new long[] {THREADS.getCurrentThreadCpuTime(), bytes};
    }
}
