package org.lodestone.core.ario;

import java.util.Arrays;
import java.util.function.IntConsumer;
import java.util.stream.IntStream;

/**
 * The two streaming passes over the intermediate flows that make a step O(non-zeros): no order
 * matrix is materialised. Orders are implied by {@code need} (S × P) and supplier weights:
 * {@code O[i,j] = need[p(i), j] · w[i,j]} with, for "alt" orders,
 * {@code w[i,j] = Z0[i,j]·r[i] / Σ_{i' of p(i)} Z0[i',j]·r[i']} and, for fixed orders,
 * {@code w[i,j] = Z[i,j] / Z_C[p(i), j]} (ARIO-SPEC 4.10). Under export controls or logistics
 * disruptions each weight is also multiplied by the share of the flow that can be bought
 * ({@link Availability}) before normalising, so orders shift to the suppliers still reachable.
 *
 * <p>Pass A (deliveries, 4.6–4.7) recomputes O(t) entry by entry from the same inputs that made
 * it, so the values are identical to pass B's; it also accumulates next step's weight
 * denominators. Pass A splits columns among workers, pass B rows, so every sum is taken in the
 * same order whatever the number of workers.
 */
final class FlowPasses {

    private final ArioModel m;
    private final boolean alt;

    FlowPasses(ArioModel model) {
        this.m = model;
        this.alt = model.parameters.orderType() == ArioParameters.OrderType.ALT;
    }

    /**
     * Pass A: {@code add[s,j] = Σ_{i of s} O[i,j] / D_tot[i] · x[i]} and, for alt orders,
     * {@code denNext[s,j] = Σ_{i of s} Z0[i,j] · rNext[i]}.
     *
     * @param initial true while the orders are still the initial Z0
     */
    void deliveries(boolean initial, double[] need, double[] den, double[] r, double[] totalDemand, double[] x,
            double[] rNext, double[] add, double[] denNext, Availability now, Availability next) {
        Arrays.fill(add, 0);
        Arrays.fill(denNext, 0);
        parts(m.split.parts, t -> deliveriesPart(t, initial, need, den, r, totalDemand, x, rNext, add, denNext, now, next));
    }

    private void deliveriesPart(int part, boolean initial, double[] need, double[] den, double[] r, double[] totalDemand,
            double[] x, double[] rNext, double[] add, double[] denNext, Availability now, Availability next) {
        int p = m.p;
        double sigma = m.sigma;
        int[] from = m.split.start[part];
        int[] to = m.split.start[part + 1];
        for (int i = 0; i < p; i++) {
            int row = m.productOf[i] * p;
            double perUnit = totalDemand[i] == 0 ? 0 : x[i];
            double dTot = totalDemand[i];
            double ri = alt ? r[i] : 1;
            double riNext = alt ? rNext[i] : 1;
            boolean restrictedNow = now.restricted(i);
            boolean restrictedNext = next.restricted(i);
            for (int k = from[i]; k < to[i]; k++) {
                int j = m.zColumns[k];
                int sj = row + j;
                double z = m.zValues[k];
                double order = initial ? z * sigma : order(z, sj, restrictedNow ? ri * now.factor(i, j) : ri, need, den);
                if (perUnit != 0) {
                    add[sj] += order / dTot * perUnit;
                }
                double weight = restrictedNext ? riNext * next.factor(i, j) : riNext;
                denNext[sj] += alt ? z * sigma * weight : z * weight;
            }
        }
    }

    /**
     * O[i,j] from its parts; {@code weight} is the supplier's capacity ratio (alt) or 1 (fixed),
     * times the share of the flow that can be bought.
     */
    private double order(double z, int sj, double weight, double[] need, double[] den) {
        double d = den[sj];
        if (d == 0) {
            return 0;
        }
        return alt ? need[sj] * (z * m.sigma * weight / d) : need[sj] * (z * weight / d);
    }

    /** Pass B: {@code rowSums[i] = Σ_j O[i,j]} for the orders just computed. */
    void orderRowSums(double[] need, double[] den, double[] r, double[] rowSums, Availability next) {
        int parts = m.split.parts;
        parts(parts, t -> {
            int first = (int) ((long) m.p * t / parts);
            int last = (int) ((long) m.p * (t + 1) / parts);
            for (int i = first; i < last; i++) {
                int row = m.productOf[i] * m.p;
                double ri = alt ? r[i] : 1;
                boolean restricted = next.restricted(i);
                double sum = 0;
                for (int k = m.zRowStart[i]; k < m.zRowStart[i + 1]; k++) {
                    int j = m.zColumns[k];
                    sum += order(m.zValues[k], row + j, restricted ? ri * next.factor(i, j) : ri, need, den);
                }
                rowSums[i] = sum;
            }
        });
    }

    private static void parts(int parts, IntConsumer work) {
        if (parts == 1) {
            work.accept(0);
        } else {
            IntStream.range(0, parts).parallel().forEach(work);
        }
    }
}
