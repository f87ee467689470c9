package org.lodestone.core.ario;

import java.util.Arrays;
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
 * <p>Every order is the product of three factors: the flow {@code Z0[i,j]}, a per-supplier factor
 * ({@code σ·r[i]} for alt orders, 1 for fixed) and a per-(product, buyer) "order per unit of
 * weight", {@code need / Σ W} (times {@code 1 + blocked / unrestricted weight} for a supplier
 * nothing restricts). The latter is computed once per step, when the orders are placed
 * ({@link #orderRowSums}), and serves both that pass and the next step's deliveries, so a pass
 * costs one multiplication per flow and no division.
 *
 * <p>Pass A (deliveries, 4.6–4.7) takes what each buyer receives from the weight sums of the
 * orders being delivered, less what rationed suppliers fall short of, and applies the order unit
 * once per entry afterwards (see {@link #deliveries}); it also accumulates the weight sums of the
 * orders placed this step. It visits suppliers grouped by product ({@link ArioModel#rowsByProduct}), so the
 * slices of the product-by-buyer arrays a product touches stay in cache while its suppliers
 * stream by; it splits columns among workers, pass B rows, so every sum is taken in the same
 * order whatever the number of workers.
 */
final class FlowPasses {

    private final ArioModel m;
    private final boolean alt;
    private final EntryParts workers;
    /** Per (product, buyer): the order per unit of weight of a supplier nothing restricts. */
    private final double[] unit;
    /** Per (product, buyer): the order per unit of weight of a supplier whose flow is partly blocked; null without restrictions. */
    private final double[] unitCapped;
    /** Per (product, buyer), over the suppliers whose flow is partly blocked: Σ W and Σ W · (1 − f); null without restrictions. */
    private final double[] capped;
    private final double[] blocked;
    /**
     * Pass A's sums, per (product, buyer), of Z0 · supplier factor · f over the flows that are
     * partly blocked now (null without restrictions); the other flows' sums are kept in the
     * deliveries array itself. Multiplied by their order units once the pass is done.
     */
    private final double[] addCapped;
    /** Per (product, buyer): the weight sums of the orders being delivered, and of those placed this step. */
    private double[] denNow;
    private double[] denNext;
    /** Pass A's sums, per (product, buyer), of Z0 · factor · (1 − x/D_tot) over the rationed suppliers (and the blocked flows' Z0 · factor). */
    private final double[] shortfall;

    /** @param restricted true if the run has export controls or logistics disruptions */
    FlowPasses(ArioModel model, boolean restricted) {
        this.m = model;
        this.alt = model.parameters.orderType() == ArioParameters.OrderType.ALT;
        int n = model.entries.count;
        this.workers = new EntryParts(n, model.split.parts);
        this.unit = new double[n];
        this.unitCapped = restricted ? new double[n] : null;
        this.capped = restricted ? new double[n] : null;
        this.blocked = restricted ? new double[n] : null;
        this.addCapped = restricted ? new double[n] : null;
        this.denNow = new double[n];
        this.denNext = new double[n];
        this.shortfall = new double[n];
        initialWeightSums();
    }

    /**
     * Pass A: {@code add[s,j] = Σ_{i of s} O[i,j] / D_tot[i] · x[i]}, what each buyer receives of
     * each product, for the orders placed at the last {@link #orderRowSums} (or the initial Z0),
     * and the weight sums of the orders placed this step, {@code Σ_{i of s} Z0[i,j] · σ·rNext[i]}
     * (alt) or {@code Σ Z0[i,j]} (fixed).
     *
     * <p>A supplier that delivers all it was asked ({@code x = D_tot}) delivers
     * {@code Z0[i,j] · factor[i] · unit[s,j]}, and the sum of {@code Z0 · factor} over the
     * suppliers of a product is the weight sum of the orders being delivered, known from the last
     * pass. So {@code add = unit · (weight sum − Σ over rationed suppliers of Z0 · factor · (1 − x/D_tot))}:
     * a supplier that is not rationed costs one accumulation per flow (the new weight sum), not two.
     * Partly blocked flows are summed apart, as their unit differs.
     *
     * @param initial true while the orders are still the initial Z0
     */
    void deliveries(boolean initial, double[] r, double[] totalDemand, double[] x, double[] rNext, double[] add, Availability now,
            Availability next) {
        if (!initial) {
            double[] swap = denNow;
            denNow = denNext;
            denNext = swap;
        }
        workers.run((part, from, to) -> {
            Arrays.fill(shortfall, from, to, 0);
            Arrays.fill(denNext, from, to, 0);
            if (capped != null) {
                Arrays.fill(capped, from, to, 0);
                Arrays.fill(blocked, from, to, 0);
                Arrays.fill(addCapped, from, to, 0);
            }
        });
        parts(m.split.parts, t -> deliveriesPart(t, initial, r, totalDemand, x, rNext, now, next));
        workers.run((part, from, to) -> {
            for (int e = from; e < to; e++) {
                // max: when every supplier is rationed the two sums are equal up to rounding
                double received = Math.max(0, denNow[e] - shortfall[e]);
                add[e] = initial ? received : unit[e] * received;
            }
            if (addCapped != null && !initial) {
                for (int e = from; e < to; e++) {
                    add[e] += unitCapped[e] * addCapped[e];
                }
            }
        });
    }

    /** The weight sums of the initial orders Z0 · σ, summed as pass A sums them. */
    private void initialWeightSums() {
        int[] entryOf = m.entries.ofFlow;
        for (int i : m.rowsByProduct) {
            for (int k = m.zRowStart[i]; k < m.zRowStart[i + 1]; k++) {
                denNow[entryOf[k]] += m.zValues[k] * m.sigma;
            }
        }
    }

    private void deliveriesPart(int part, boolean initial, double[] r, double[] totalDemand, double[] x, double[] rNext,
            Availability now, Availability next) {
        double sigma = m.sigma;
        int[] entryOf = m.entries.ofFlow;
        int[] from = m.split.start[part];
        int[] to = m.split.start[part + 1];
        int[] columns = m.zColumns;
        double[] values = m.zValues;
        for (int i : m.rowsByProduct) {
            double weightNext = alt ? sigma * rNext[i] : 1;
            // O[i,j] / D_tot[i] · x[i] = Z0[i,j] · perFlow · unit[s,j]; unit is applied per entry after the pass
            double factor = supplierFactor(initial, r[i]);
            double perFlow = totalDemand[i] == 0 ? 0 : factor * (x[i] / totalDemand[i]);
            double rationed = factor - perFlow;
            boolean restrictedNow = !initial && now.restricted(i);
            boolean restrictedNext = next.restricted(i);
            int first = from[i];
            int last = to[i];
            if (!restrictedNow && !restrictedNext) {
                if (rationed == 0) {
                    for (int k = first; k < last; k++) {
                        denNext[entryOf[k]] += values[k] * weightNext;
                    }
                } else {
                    for (int k = first; k < last; k++) {
                        int e = entryOf[k];
                        double z = values[k];
                        shortfall[e] += z * rationed;
                        denNext[e] += z * weightNext;
                    }
                }
                continue;
            }
            for (int k = first; k < last; k++) {
                int j = columns[k];
                int e = entryOf[k];
                double z = values[k];
                double f = restrictedNow ? now.factor(i, j) : 1;
                if (f < 1) {
                    shortfall[e] += z * factor;
                    addCapped[e] += z * perFlow * f;
                } else {
                    shortfall[e] += z * rationed;
                }
                double weight = z * weightNext;
                denNext[e] += weight;
                double fNext = restrictedNext ? next.factor(i, j) : 1;
                if (fNext < 1) {
                    capped[e] += weight;
                    blocked[e] += weight * (1 - fNext);
                }
            }
        }
    }

    /** σ for the initial orders (Z0 · σ); else σ·r[i] for alt orders, 1 for fixed ones. */
    private double supplierFactor(boolean initial, double ri) {
        return initial ? m.sigma : alt ? m.sigma * ri : 1;
    }

    /** Order per unit of weight at entry e of a supplier that can sell the share f of its flow. */
    private double unitOf(int e, double f) {
        return f < 1 ? f * unitCapped[e] : unit[e];
    }

    /**
     * Fixes the orders placed this step from {@code need} and the weight sums accumulated by the
     * last pass A, and sums them per supplier (pass B):
     * {@code rowSums[i] = Σ_j O[i,j]}.
     */
    void orderRowSums(double[] need, double[] r, double[] rowSums, Availability next) {
        prepareUnits(need, denNext);
        int parts = m.split.parts;
        int[] rows = m.rowsByProduct;
        parts(parts, t -> {
            int first = (int) ((long) m.p * t / parts);
            int last = (int) ((long) m.p * (t + 1) / parts);
            int[] rowStart = m.zRowStart;
            int[] columns = m.zColumns;
            int[] entryOf = m.entries.ofFlow;
            double[] values = m.zValues;
            for (int n = first; n < last; n++) {
                int i = rows[n];
                double sum = 0;
                if (!next.restricted(i)) {
                    sum = rowDot(rowStart[i], rowStart[i + 1], entryOf, values);
                } else {
                    for (int k = rowStart[i]; k < rowStart[i + 1]; k++) {
                        sum += values[k] * unitOf(entryOf[k], next.factor(i, columns[k]));
                    }
                }
                rowSums[i] = sum * supplierFactor(false, r[i]);
            }
        });
    }

    /**
     * Σ_k values[k] · unit[entryOf[k]] over one row, in four interleaved partial sums so that
     * the additions do not wait on each other (the order is fixed by the row alone).
     */
    private double rowDot(int first, int last, int[] entryOf, double[] values) {
        double s0 = 0;
        double s1 = 0;
        double s2 = 0;
        double s3 = 0;
        int k = first;
        for (; k + 3 < last; k += 4) {
            s0 += values[k] * unit[entryOf[k]];
            s1 += values[k + 1] * unit[entryOf[k + 1]];
            s2 += values[k + 2] * unit[entryOf[k + 2]];
            s3 += values[k + 3] * unit[entryOf[k + 3]];
        }
        for (; k < last; k++) {
            s0 += values[k] * unit[entryOf[k]];
        }
        return (s0 + s1) + (s2 + s3);
    }

    /** unit = need / ΣW, and for unrestricted suppliers times 1 + blocked / (ΣW − capped) when some weight is blocked. */
    private void prepareUnits(double[] need, double[] den) {
        workers.run((part, from, to) -> prepareUnits(need, den, from, to));
    }

    private void prepareUnits(double[] need, double[] den, int from, int to) {
        for (int e = from; e < to; e++) {
            double d = den[e];
            double u = d == 0 ? 0 : need[e] / d;
            if (capped == null) {
                unit[e] = u;
                continue;
            }
            unitCapped[e] = u;
            double free = d - capped[e];
            unit[e] = blocked[e] != 0 && free > 0 ? u * (1 + blocked[e] / free) : u;
        }
    }

    private static void parts(int parts, IntConsumer work) {
        if (parts == 1) {
            work.accept(0);
        } else {
            IntStream.range(0, parts).parallel().forEach(work);
        }
    }
}
