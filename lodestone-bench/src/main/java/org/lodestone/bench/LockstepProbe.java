package org.lodestone.bench;

import java.lang.management.ManagementFactory;
import java.lang.management.ThreadMXBean;
import java.util.Arrays;
import java.util.HashMap;
import java.util.Locale;
import java.util.Map;
import java.util.Random;
import java.util.stream.IntStream;
import org.lodestone.core.mrio.IoTable;

/**
 * An experiment, not the engine: what running K ensemble members in lockstep over one table would
 * buy in the two flow loops that cost most in a member's step (docs/benchmarks.md, issue 18,
 * session 9). On a bundled scenario's table it times, in thread CPU per member-step, (1) the order
 * sums, Σ Z0 · unit over each supplier's row, and (2) the weight and shortfall sums that each
 * supplier's row adds into the per-(product, buyer) entries, once with one member's arrays
 * (scalar, as the engine runs them) and once with K members' values side by side in every state
 * array ({@code [entry * K + member]}), so the inner loop runs over members. The values are
 * synthetic (seeded); the loops' shape, the table and the order of the rows are the engine's. The
 * engine's branches (restricted suppliers, rationing) are left out, so it bounds what the layout
 * can buy in these loops; the per-industry divisions and the rest of a step are not in it.
 *
 * <pre>
 * java -cp lodestone-bench/target/benchmarks.jar org.lodestone.bench.LockstepProbe \
 *      [SCENARIO (builtin:ree-controls-snap-back)] [STEPS (20000)] [K... (1 4 8 16 32)]
 * </pre>
 */
public final class LockstepProbe {

    private static final ThreadMXBean THREADS = ManagementFactory.getThreadMXBean();

    private final int p;
    private final int[] rowStart;
    private final int[] entryOf;
    private final double[] values;
    private final int[] rowsByProduct;
    private final int entries;

    private LockstepProbe(IoTable table) {
        this.p = table.size();
        this.rowStart = table.z().rowStart();
        int[] columns = table.z().columns();
        this.values = table.z().values();
        this.entryOf = new int[values.length];
        Map<Long, Integer> entry = new HashMap<>();
        for (int i = 0; i < p; i++) {
            for (int k = rowStart[i]; k < rowStart[i + 1]; k++) {
                long key = (long) table.productOf(i) * p + columns[k];
                entryOf[k] = entry.computeIfAbsent(key, e -> entry.size());
            }
        }
        this.entries = entry.size();
        this.rowsByProduct = IntStream.range(0, p)
                .boxed()
                .sorted((a, b) -> table.productOf(a) != table.productOf(b)
                        ? Integer.compare(table.productOf(a), table.productOf(b))
                        : Integer.compare(a, b))
                .mapToInt(Integer::intValue)
                .toArray();
    }

    public static void main(String[] args) {
        String reference = args.length > 0 ? args[0] : "builtin:ree-controls-snap-back";
        int steps = args.length > 1 ? Integer.parseInt(args[1]) : 20000;
        int[] ks = args.length > 2
                ? Arrays.stream(args, 2, args.length)
                        .mapToInt(Integer::parseInt)
                        .toArray()
                : new int[] {1, 4, 8, 16, 32};
        BundledEnsemble ensemble = BundledEnsemble.load(reference);
        IoTable table = ensemble.binding.bind(ensemble.scenario).model().table();
        LockstepProbe probe = new LockstepProbe(table);
        System.out.printf(
                Locale.ROOT,
                "%s: %d industries, %d flows, %d entries; %d steps per layout%n",
                reference,
                probe.p,
                probe.values.length,
                probe.entries,
                steps);
        for (int round = 0; round < 2; round++) {
            for (int k : ks) {
                probe.measure(k, steps, round == 1);
            }
        }
    }

    /** Runs {@code steps} lockstep steps of k members (k = 1 is the engine's scalar layout) and prints ns per member-step. */
    private void measure(int k, int steps, boolean print) {
        Random random = new Random(k);
        double[] unit = fill(random, entries * k);
        double[] factor = fill(random, p * k);
        double[] weightNext = fill(random, p * k);
        double[] rationed = fill(random, p * k);
        double[] orders = new double[p * k];
        double[] den = new double[entries * k];
        double[] shortfall = new double[entries * k];
        long t0 = THREADS.getCurrentThreadCpuTime();
        for (int t = 0; t < steps; t++) {
            if (k == 1) {
                scalarOrderSums(unit, factor, orders);
            } else {
                orderSums(k, unit, factor, orders);
            }
        }
        long t1 = THREADS.getCurrentThreadCpuTime();
        for (int t = 0; t < steps; t++) {
            Arrays.fill(den, 0);
            Arrays.fill(shortfall, 0);
            if (k == 1) {
                scalarWeights(weightNext, rationed, den, shortfall);
            } else {
                weights(k, weightNext, rationed, den, shortfall);
            }
        }
        long t2 = THREADS.getCurrentThreadCpuTime();
        double check = orders[p * k - 1] + den[0] + shortfall[entries * k - 1];
        if (print) {
            double members = (double) steps * k;
            System.out.printf(
                    Locale.ROOT,
                    "  K = %2d: order sums %7.1f ns, weights and shortfalls %7.1f ns per member-step (check %.3g)%n",
                    k,
                    (t1 - t0) / members,
                    (t2 - t1) / members,
                    check);
        }
    }

    /** One member, as the engine's order sums run (four partial sums a row, {@code OrderWeights.rowDot}). */
    private void scalarOrderSums(double[] unit, double[] factor, double[] orders) {
        for (int i = 0; i < p; i++) {
            double s0 = 0;
            double s1 = 0;
            double s2 = 0;
            double s3 = 0;
            int f = rowStart[i];
            int last = rowStart[i + 1];
            for (; f + 3 < last; f += 4) {
                s0 += values[f] * unit[entryOf[f]];
                s1 += values[f + 1] * unit[entryOf[f + 1]];
                s2 += values[f + 2] * unit[entryOf[f + 2]];
                s3 += values[f + 3] * unit[entryOf[f + 3]];
            }
            for (; f < last; f++) {
                s0 += values[f] * unit[entryOf[f]];
            }
            orders[i] = ((s0 + s1) + (s2 + s3)) * factor[i];
        }
    }

    /** One member, as the engine's weight and shortfall sums run ({@code OrderWeights.addWeightsAndShortfalls}). */
    private void scalarWeights(double[] weightNext, double[] rationed, double[] den, double[] shortfall) {
        for (int i : rowsByProduct) {
            double w = weightNext[i];
            double r = rationed[i];
            for (int f = rowStart[i]; f < rowStart[i + 1]; f++) {
                int e = entryOf[f];
                double z = values[f];
                den[e] += z * w;
                shortfall[e] += z * r;
            }
        }
    }

    /** orders[i·K + m] = factor[i·K + m] · Σ_row Z0 · unit[e·K + m]. */
    private void orderSums(int k, double[] unit, double[] factor, double[] orders) {
        double[] sum = new double[k];
        for (int i = 0; i < p; i++) {
            Arrays.fill(sum, 0);
            for (int f = rowStart[i]; f < rowStart[i + 1]; f++) {
                double z = values[f];
                int e = entryOf[f] * k;
                for (int m = 0; m < k; m++) {
                    sum[m] += z * unit[e + m];
                }
            }
            for (int m = 0; m < k; m++) {
                orders[i * k + m] = sum[m] * factor[i * k + m];
            }
        }
    }

    /** den[e·K + m] += Z0 · weightNext[i·K + m] and shortfall[e·K + m] += Z0 · rationed[i·K + m], rows by product. */
    private void weights(int k, double[] weightNext, double[] rationed, double[] den, double[] shortfall) {
        for (int i : rowsByProduct) {
            int r = i * k;
            for (int f = rowStart[i]; f < rowStart[i + 1]; f++) {
                double z = values[f];
                int e = entryOf[f] * k;
                for (int m = 0; m < k; m++) {
                    den[e + m] += z * weightNext[r + m];
                    shortfall[e + m] += z * rationed[r + m];
                }
            }
        }
    }

    private static double[] fill(Random random, int n) {
        double[] a = new double[n];
        for (int i = 0; i < n; i++) {
            a[i] = 0.5 + random.nextDouble();
        }
        return a;
    }
}
