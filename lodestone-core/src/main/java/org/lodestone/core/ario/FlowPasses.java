package org.lodestone.core.ario;

import java.util.function.IntConsumer;
import java.util.stream.IntStream;

/**
 * The two streaming passes over the intermediate flows that make a step O(non-zeros): no order
 * matrix is materialised. Orders are implied by {@code need} (S × P) and supplier weights:
 * {@code O[i,j] = need[p(i), j] · w[i,j]} with, for "alt" orders,
 * {@code w[i,j] = Z0[i,j]·r[i] / Σ_{i' of p(i)} Z0[i',j]·r[i']} and, for fixed orders,
 * {@code w[i,j] = Z[i,j] / Z_C[p(i), j]} (ARIO-SPEC 4.10).
 *
 * <p>Under export controls or logistics disruptions only the share {@code f[i,j]} of a flow can be
 * bought ({@link Availability}): a supplier with {@code f < 1} receives {@code f · w[i,j]} of the
 * buyer's need, at most that share of what it would have received, and the blocked rest,
 * {@code Σ_i (1 − f[i,j]) · W[i,j] / Σ_i W[i,j]} of the need with {@code W} the weights' numerators,
 * is ordered from the suppliers of the same product that nothing restricts, in proportion to their
 * weights. What no such supplier can take is not ordered. So a partial control on a sole supplier
 * blocks its share, and one on a major supplier is not undone by ordering more from it.
 *
 * <p>Pass A (deliveries, 4.6–4.7) recomputes O(t) entry by entry from the same inputs that made
 * it, so the values are identical to pass B's; it also accumulates next step's weight
 * denominators. Pass A splits columns among workers, pass B rows, so every sum is taken in the
 * same order whatever the number of workers.
 */
final class FlowPasses {

    private final ArioModel m;
    private final boolean alt;
    /**
     * Per (product, buyer), over the suppliers whose flow is partly blocked: Σ W and Σ W · (1 − f),
     * for the orders being delivered ({@code now}) and those being placed ({@code next}); null
     * when the run has no restriction.
     */
    private double[] cappedNow;
    private double[] cappedNext;
    private double[] blockedNow;
    private double[] blockedNext;

    /** @param restricted true if the run has export controls or logistics disruptions */
    FlowPasses(ArioModel model, boolean restricted) {
        this.m = model;
        this.alt = model.parameters.orderType() == ArioParameters.OrderType.ALT;
        if (restricted) {
            int sp = model.s * model.p;
            cappedNow = new double[sp];
            cappedNext = new double[sp];
            blockedNow = new double[sp];
            blockedNext = new double[sp];
        }
    }

    /**
     * Pass A: {@code add[s,j] = Σ_{i of s} O[i,j] / D_tot[i] · x[i]} and, for alt orders,
     * {@code denNext[s,j] = Σ_{i of s} Z0[i,j] · rNext[i]}.
     *
     * @param initial true while the orders are still the initial Z0
     */
    void deliveries(boolean initial, double[] need, double[] den, double[] r, double[] totalDemand, double[] x,
            double[] rNext, double[] add, double[] denNext, Availability now, Availability next) {
        clear(add);
        clear(denNext);
        if (blockedNow != null) {
            double[] swap = cappedNow;
            cappedNow = cappedNext;
            cappedNext = swap;
            swap = blockedNow;
            blockedNow = blockedNext;
            blockedNext = swap;
            clear(cappedNext);
            clear(blockedNext);
        }
        parts(m.split.parts, t -> deliveriesPart(t, initial, need, den, r, totalDemand, x, rNext, add, denNext, now, next));
    }

    /** Zeroes the entries with a stored flow, the only ones the passes write (the others stay 0). */
    private void clear(double[] bySupplyAndBuyer) {
        for (int sj : m.flowEntries) {
            bySupplyAndBuyer[sj] = 0;
        }
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
                double f = restrictedNow ? now.factor(i, j) : 1;
                double order = initial ? z * sigma : order(z, sj, ri, f, need, den, cappedNow, blockedNow);
                if (perUnit != 0) {
                    add[sj] += order / dTot * perUnit;
                }
                double weight = alt ? z * sigma * riNext : z * riNext;
                denNext[sj] += weight;
                double fNext = restrictedNext ? next.factor(i, j) : 1;
                if (fNext < 1) {
                    cappedNext[sj] += weight;
                    blockedNext[sj] += weight * (1 - fNext);
                }
            }
        }
    }

    /**
     * O[i,j] from its parts: {@code weight} is the supplier's capacity ratio (alt) or 1 (fixed),
     * {@code f} the share of the flow that can be bought; a supplier nothing restricts also takes
     * its part of the volume blocked at the others ({@code capped}, {@code blocked}: see the class
     * comment; null without restrictions).
     */
    private double order(double z, int sj, double weight, double f, double[] need, double[] den, double[] capped, double[] blocked) {
        double d = den[sj];
        if (d == 0) {
            return 0;
        }
        if (f < 1) {
            double w = weight * f;
            return alt ? need[sj] * (z * m.sigma * w / d) : need[sj] * (z * w / d);
        }
        double order = alt ? need[sj] * (z * m.sigma * weight / d) : need[sj] * (z * weight / d);
        if (blocked == null || blocked[sj] == 0) {
            return order;
        }
        double free = d - capped[sj];
        return free > 0 ? order * (1 + blocked[sj] / free) : order;
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
                    sum += order(m.zValues[k], row + j, ri, restricted ? next.factor(i, j) : 1, need, den, cappedNext, blockedNext);
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
