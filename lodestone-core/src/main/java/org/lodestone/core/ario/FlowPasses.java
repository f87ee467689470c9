package org.lodestone.core.ario;

import java.util.Arrays;
import java.util.function.IntConsumer;
import java.util.stream.IntStream;

/**
 * The passes over the intermediate flows that make a step O(non-zeros): no order matrix is
 * materialised. Orders are implied by {@code need} (S × P) and supplier weights:
 * {@code O[i,j] = need[p(i), j] · w[i,j]} with, for "alt" orders,
 * {@code w[i,j] = Z0[i,j]·r[i] / Σ_{i' of p(i)} Z0[i',j]·r[i']} and, for fixed orders,
 * {@code w[i,j] = Z[i,j] / Z_C[p(i), j]} (ARIO-SPEC 4.10).
 *
 * <p>Under export controls or logistics disruptions only the share {@code f[i,j]} of a flow can be
 * bought ({@link Availability}): a supplier with {@code f < 1} receives {@code f · w[i,j]} of the
 * buyer's need, at most that share of what it would have received, and the blocked rest,
 * {@code Σ_i (1 − f[i,j]) · W[i,j] / Σ_i W[i,j]} of the need with {@code W} the weights' numerators,
 * is ordered from the suppliers of the same product that nothing restricts, in proportion to their
 * weights, or, for a product with a qualification lag, the share of it that buyers have qualified
 * them for ({@link SupplierSwitching}). What no such supplier can take is not ordered. So a partial control on a sole supplier
 * blocks its share, and one on a major supplier is not undone by ordering more from it.
 *
 * <p>Every order is the product of three factors: the flow {@code Z0[i,j]}, a per-supplier factor
 * ({@code σ·r[i]} for alt orders, 1 for fixed) and a per-(product, buyer) "order per unit of
 * weight", {@code need / Σ W} (times {@code 1 + blocked / unrestricted weight} for a supplier
 * nothing restricts), computed once when the orders are placed ({@link #placeOrders}).
 *
 * <p>A step streams the flows once from memory. {@link #ordersWeightsAndShortfalls}, at the start of a
 * step, sums each supplier's orders placed the step before (the demand it now faces), lets the
 * run work out that supplier's capacity ratio for this step, and, while the supplier's row is
 * still in cache, adds its weights to the weight sums of the orders this step will place.
 * The supplier's output is its own (its inventory constraint reads its own inputs), so the run
 * works it out in the same pass, and the pass also sums what the rationed suppliers fall short of
 * delivering; {@link #deliveries} then needs no pass over the flows: a supplier that delivers all
 * it was asked delivers its orders exactly, and the orders of a product's suppliers sum to their
 * weight sum, already known. So a step reads each flow once even when every supplier rations (a
 * recovery).
 *
 * <p>The supplier passes visit suppliers grouped by product ({@link ArioModel#rowsByProduct}), so
 * the part of the per-(product, buyer) arrays a product touches stays in cache, and split them
 * among workers at product boundaries. Every sum is therefore taken in the same order whatever
 * the number of workers.
 */
final class FlowPasses {

    /** The run's work on one supplier between its order sum and its weights ({@link #ordersWeightsAndShortfalls}). */
    @FunctionalInterface
    interface SupplierStep {
        /**
         * @param rowSum the orders the supplier received from the last step's buyers
         * @return its capacity ratio for this step, {@code rNext[i]}, with its output {@code x[i]} set
         */
        double capacityRatio(int supplier, double rowSum);
    }

    /** Tables with at most this many flows, run by one worker, take the {@link #phased()} supplier pass (their state fits in cache). */
    static final int PHASED_FLOWS = 1 << 16;

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
    /** Per (product, buyer), the deliveries' Σ Z0 · factor · f over flows partly blocked now; null without restrictions. */
    private final double[] addCapped;
    /** Per (product, buyer): the weight sums of the orders being delivered, and of those placed this step. */
    private double[] denNow;

    private double[] denNext;
    /** Per (product, buyer): Σ Z0 · factor · (1 − x/D_tot) over the rationed suppliers (and the blocked flows' Z0 · factor). */
    private final double[] shortfall;

    /** The run's supplier qualification, or null (re-ordering at once). */
    private final SupplierSwitching switching;

    /** True on a small table with one worker ({@link #phased()}). */
    private final boolean phased;
    /** Per supplier, in the phased pass: {@code factor · x / D_tot}, what it delivers per unit of order; null unless phased. */
    private final double[] perFlowOf;

    /**
     * @param restricted true if the run has export controls or logistics disruptions
     * @param switching  the run's supplier qualification, or null when the model has no lag
     */
    FlowPasses(ArioModel model, boolean restricted, SupplierSwitching switching) {
        this.m = model;
        this.switching = switching;
        this.alt = model.parameters.orderType() == ArioParameters.OrderType.ALT;
        int n = model.entries.count;
        this.workers = new EntryParts(n, model.workerParts);
        this.unit = new double[n];
        this.unitCapped = restricted ? new double[n] : null;
        this.capped = restricted ? new double[n] : null;
        this.blocked = restricted ? new double[n] : null;
        this.addCapped = restricted ? new double[n] : null;
        this.denNow = new double[n];
        this.denNext = new double[n];
        this.shortfall = new double[n];
        this.phased = model.productSplit.length == 2 && model.zValues.length <= PHASED_FLOWS;
        this.perFlowOf = phased ? new double[model.p] : null;
        initialWeightSums();
    }

    /** The weight sums of the initial orders Z0 · σ, summed as the supplier passes sum them. */
    private void initialWeightSums() {
        int[] entryOf = m.entries.ofFlow;
        for (int i : m.rowsByProduct) {
            for (int k = m.zRowStart[i]; k < m.zRowStart[i + 1]; k++) {
                denNow[entryOf[k]] += m.zValues[k] * m.sigma;
            }
        }
    }

    /** Step 0: the weight sums of the orders step 0 will place, with capacity ratios {@code rNext}. */
    void initialOrderWeights(double[] rNext, Availability next) {
        clearWeights();
        suppliers(i -> addWeights(i, rNext[i], next));
    }

    /**
     * Steps after 0: per supplier i, {@code Σ_j O[i,j]} for the orders placed at the last
     * {@link #placeOrders} (with their supplier factors {@code r}, blocked as {@code now}), handed
     * to {@code step}, which also fixes the supplier's output {@code x[i]} for this step (its
     * inventory constraint depends on its own inputs alone); then, while the row is in cache, its
     * part of the weight sums of the orders this step will place (blocked as {@code next}) and its
     * deliveries' shortfalls (4.6), which {@link #deliveries} combines. Each flow is read once per
     * step, rationed suppliers or not; each shortfall is summed over a product's suppliers in
     * {@link ArioModel#rowsByProduct} order, whatever the number of workers.
     */
    void ordersWeightsAndShortfalls(
            double[] r, SupplierStep step, double[] totalDemand, double[] x, Availability now, Availability next) {
        beginStep();
        int[] rowStart = m.zRowStart;
        int[] entryOf = m.entries.ofFlow;
        double[] values = m.zValues;
        DenseRows dense = m.denseRows;
        suppliers(i -> {
            boolean restrictedNow = now.restricted(i);
            boolean denseRow = dense.isDense(i);
            double sum;
            if (!restrictedNow) {
                sum = denseRow ? dense.dot(i, unit) : rowDot(rowStart[i], rowStart[i + 1], entryOf, values);
            } else {
                sum = 0;
                for (int k = rowStart[i]; k < rowStart[i + 1]; k++) {
                    sum += values[k] * unitOf(entryOf[k], now.flowFactor(i, k));
                }
            }
            double factor = supplierFactor(false, r[i]);
            double rNext = step.capacityRatio(i, sum * factor);
            double perFlow = totalDemand[i] == 0 ? 0 : factor * (x[i] / totalDemand[i]);
            if (restrictedNow || next.restricted(i)) {
                addWeights(i, rNext, next);
                shortfallRow(i, rowStart[i], rowStart[i + 1], factor, perFlow, restrictedNow, now);
            } else if (denseRow) {
                dense.addWeightsAndShortfalls(i, denNext, shortfall, alt ? m.sigma * rNext : 1, factor - perFlow);
            } else {
                addWeightsAndShortfalls(rowStart[i], rowStart[i + 1], alt ? m.sigma * rNext : 1, factor - perFlow);
            }
        });
    }

    /**
     * True on a small table run by one worker: the run then takes the supplier pass in three loops
     * ({@link #orderSums}, its own per-industry loops, {@link #weightsAndShortfalls}) instead of
     * {@link #ordersWeightsAndShortfalls}. Each loop's suppliers are independent, so the processor
     * overlaps them, where in the one loop each supplier's chain of divisions held up the next.
     * Every value is taken by the same formula and every sum in the same order, so results are
     * the same bit for bit.
     */
    boolean phased() {
        return phased;
    }

    /**
     * Phased pass, first loop: {@code orders[i]}, the orders supplier i received (placed at the
     * last {@link #placeOrders}, with their supplier factors {@code r}, blocked as {@code now}).
     */
    void orderSums(double[] r, double[] orders, Availability now) {
        beginStep();
        int[] rowStart = m.zRowStart;
        int[] entryOf = m.entries.ofFlow;
        double[] values = m.zValues;
        for (int i = 0; i < m.p; i++) {
            double sum;
            if (!now.restricted(i)) {
                sum = rowDot(rowStart[i], rowStart[i + 1], entryOf, values);
            } else {
                sum = 0;
                for (int k = rowStart[i]; k < rowStart[i + 1]; k++) {
                    sum += values[k] * unitOf(entryOf[k], now.flowFactor(i, k));
                }
            }
            orders[i] = sum * supplierFactor(false, r[i]);
        }
    }

    /**
     * Phased pass, last loop: once the run has worked out every supplier's capacity ratio
     * {@code rNext} and output {@code x}, the weight sums of the orders this step will place and
     * the deliveries' shortfalls, in {@link ArioModel#rowsByProduct} order.
     */
    void weightsAndShortfalls(
            double[] r, double[] rNext, double[] totalDemand, double[] x, Availability now, Availability next) {
        for (int i = 0; i < m.p; i++) {
            // apart from the row loops, so that the suppliers' divisions overlap
            double factor = supplierFactor(false, r[i]);
            perFlowOf[i] = totalDemand[i] == 0 ? 0 : factor * (x[i] / totalDemand[i]);
        }
        int[] rowStart = m.zRowStart;
        for (int i : m.rowsByProduct) {
            double factor = supplierFactor(false, r[i]);
            double perFlow = perFlowOf[i];
            boolean restrictedNow = now.restricted(i);
            if (restrictedNow || next.restricted(i)) {
                addWeights(i, rNext[i], next);
                shortfallRow(i, rowStart[i], rowStart[i + 1], factor, perFlow, restrictedNow, now);
            } else {
                addWeightsAndShortfalls(rowStart[i], rowStart[i + 1], alt ? m.sigma * rNext[i] : 1, factor - perFlow);
            }
        }
    }

    /** The weights and shortfalls of a supplier restricted neither now nor next, in one loop over its row. */
    private void addWeightsAndShortfalls(int first, int last, double weightNext, double rationed) {
        int[] entryOf = m.entries.ofFlow;
        double[] values = m.zValues;
        if (rationed == 0) {
            for (int k = first; k < last; k++) {
                denNext[entryOf[k]] += values[k] * weightNext;
            }
            return;
        }
        for (int k = first; k < last; k++) {
            int e = entryOf[k];
            double z = values[k];
            denNext[e] += z * weightNext;
            shortfall[e] += z * rationed;
        }
    }

    /** The step's weight sums start from zero; last step's become the ones orders are placed with. */
    private void beginStep() {
        double[] swap = denNow;
        denNow = denNext;
        denNext = swap;
        clearWeightsAndShortfalls();
    }

    private void clearWeightsAndShortfalls() {
        workers.run((part, from, to) -> {
            Arrays.fill(denNext, from, to, 0);
            Arrays.fill(shortfall, from, to, 0);
            if (capped != null) {
                Arrays.fill(capped, from, to, 0);
                Arrays.fill(blocked, from, to, 0);
                Arrays.fill(addCapped, from, to, 0);
            }
        });
    }

    private void clearWeights() {
        workers.run((part, from, to) -> {
            Arrays.fill(denNext, from, to, 0);
            if (capped != null) {
                Arrays.fill(capped, from, to, 0);
                Arrays.fill(blocked, from, to, 0);
            }
        });
    }

    /** Supplier i's part of the weight sums Σ Z0 · σ·rNext (alt) or Σ Z0 (fixed), and of the capped and blocked weights. */
    private void addWeights(int i, double rNext, Availability next) {
        int[] entryOf = m.entries.ofFlow;
        double[] values = m.zValues;
        double weightNext = alt ? m.sigma * rNext : 1;
        int last = m.zRowStart[i + 1];
        if (!next.restricted(i)) {
            for (int k = m.zRowStart[i]; k < last; k++) {
                denNext[entryOf[k]] += values[k] * weightNext;
            }
            return;
        }
        for (int k = m.zRowStart[i]; k < last; k++) {
            int e = entryOf[k];
            double weight = values[k] * weightNext;
            denNext[e] += weight;
            double fNext = next.flowFactor(i, k);
            if (fNext < 1) {
                capped[e] += weight;
                blocked[e] += weight * (1 - fNext);
            }
        }
    }

    /**
     * Deliveries (4.6): {@code add[s,j] = Σ_{i of s} O[i,j] / D_tot[i] · x[i]}, what each buyer
     * receives of each product, for the orders placed at the last {@link #placeOrders}. A supplier
     * that delivers all it was asked ({@code x = D_tot}) delivers {@code Z0[i,j] · factor[i] · unit[s,j]},
     * and {@code Z0 · factor} summed over a product's suppliers is the weight sum of the orders
     * being delivered. So {@code add = unit · (weight sum − shortfall)}, the shortfall summed over
     * the rationed suppliers by {@link #ordersWeightsAndShortfalls}. Partly blocked flows are summed
     * apart, as their unit differs.
     */
    void deliveries(double[] add) {
        received(false, add);
    }

    /** Step 0's deliveries, of the initial orders Z0 · σ, after the run has worked out its output {@code x}. */
    void initialDeliveries(double[] totalDemand, double[] x, double[] add) {
        workers.run((part, from, to) -> Arrays.fill(shortfall, from, to, 0));
        int[] rowStart = m.zRowStart;
        suppliers(i -> {
            double perFlow = totalDemand[i] == 0 ? 0 : m.sigma * (x[i] / totalDemand[i]);
            shortfallRow(i, rowStart[i], rowStart[i + 1], m.sigma, perFlow, false, null);
        });
        received(true, add);
    }

    private void received(boolean initial, double[] add) {
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

    /** Supplier i's shortfalls over its flows {@code [first, last)}: Z0 · (factor − perFlow), blocked flows apart. */
    private void shortfallRow(
            int i, int first, int last, double factor, double perFlow, boolean restrictedNow, Availability now) {
        int[] entryOf = m.entries.ofFlow;
        double[] values = m.zValues;
        double rationed = factor - perFlow;
        if (!restrictedNow) {
            if (rationed != 0) {
                for (int k = first; k < last; k++) {
                    shortfall[entryOf[k]] += values[k] * rationed;
                }
            }
            return;
        }
        for (int k = first; k < last; k++) {
            int e = entryOf[k];
            double z = values[k];
            double f = now.flowFactor(i, k);
            if (f < 1) {
                shortfall[e] += z * factor;
                addCapped[e] += z * perFlow * f;
            } else {
                shortfall[e] += z * rationed;
            }
        }
    }

    /**
     * What supplier i delivered this step (4.6) to the buyers marked in {@code buyers}: per flow,
     * {@code Z0[i,j] · factor · x/D_tot · unit}, the sum {@link #deliveries} takes. Valid between
     * {@link #deliveries} and {@link #placeOrders}, which changes the units; only flow watches call it.
     */
    double delivered(
            int i, boolean[] buyers, boolean initial, double[] r, double[] totalDemand, double[] x, Availability now) {
        double factor = supplierFactor(initial, r[i]);
        double perFlow = totalDemand[i] == 0 ? 0 : factor * (x[i] / totalDemand[i]);
        boolean restrictedNow = !initial && now.restricted(i);
        double sum = 0;
        for (int k = m.zRowStart[i]; k < m.zRowStart[i + 1]; k++) {
            int j = m.zColumns[k];
            if (buyers[j]) {
                double f = restrictedNow ? now.factor(i, j) : 1;
                sum += m.zValues[k] * perFlow * (initial ? 1 : unitOf(m.entries.ofFlow[k], f));
            }
        }
        return sum;
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
     * Fixes the orders placed this step (4.10) from {@code need} and the weight sums of the last
     * supplier pass: unit = need / ΣW, and for unrestricted suppliers times
     * 1 + q · blocked / (ΣW − capped) when some weight is blocked, q the share buyers have
     * qualified other suppliers for ({@link SupplierSwitching}; 1 without a lag).
     *
     * @param deliveryStep the step at which these orders are delivered (the restriction's clock)
     */
    void placeOrders(double[] need, int deliveryStep) {
        workers.run((part, from, to) -> {
            for (int e = from; e < to; e++) {
                double d = denNext[e];
                double u = d == 0 ? 0 : need[e] / d;
                if (capped == null) {
                    unit[e] = u;
                    continue;
                }
                unitCapped[e] = u;
                double free = d - capped[e];
                double moved = blocked[e];
                if (moved != 0 && switching != null) {
                    moved *= switching.reached(e, deliveryStep);
                }
                unit[e] = moved != 0 && free > 0 ? u * (1 + moved / free) : u;
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

    /** Runs {@code work} on every supplier, grouped by product, split among workers at product boundaries. */
    private void suppliers(IntConsumer work) {
        int[] bounds = m.productSplit;
        parts(bounds.length - 1, t -> {
            for (int n = bounds[t]; n < bounds[t + 1]; n++) {
                work.accept(m.rowsByProduct[n]);
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
