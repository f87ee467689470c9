package org.lodestone.core.ario;

import java.util.Arrays;

/**
 * The per-(input product, buyer) state of the orders ({@link FlowPasses}): the weight sums of the
 * orders being delivered and of those this step places, the order per unit of weight that
 * {@link #placeOrders} fixes from the buyers' needs, the deliveries' shortfalls, and, under export
 * controls or logistics disruptions, the capped and blocked weights; with what one supplier's row
 * adds to them. Every sum over a product's suppliers is taken in the order the passes visit them.
 */
final class OrderWeights {

    private final ArioModel m;
    private final boolean alt;
    private final EntryParts workers;
    /** Per (product, buyer): the order per unit of weight of a supplier nothing restricts. */
    final double[] unit;
    /** Per (product, buyer): the order per unit of weight of a supplier whose flow is partly blocked; null without restrictions. */
    final double[] unitCapped;
    /** Per (product, buyer), over the suppliers whose flow is partly blocked: Σ W and Σ W · (1 − f); null without restrictions. */
    private final double[] capped;

    private final double[] blocked;
    /** Per (product, buyer), the deliveries' Σ Z0 · factor · f over flows partly blocked now; null without restrictions. */
    private final double[] addCapped;
    /** Per (product, buyer): the weight sums of the orders being delivered, and of those placed this step. */
    private double[] denNow;

    private double[] denNext;
    /** Per (product, buyer): Σ Z0 · factor · (1 − x/D_tot) over the rationed suppliers (and the blocked flows' Z0 · factor). */
    final double[] shortfall;

    /** The run's supplier qualification, or null (re-ordering at once). */
    private final SupplierSwitching switching;

    /**
     * @param restricted true if the run has export controls or logistics disruptions
     * @param switching  the run's supplier qualification, or null when the model has no lag
     */
    OrderWeights(ArioModel model, boolean restricted, SupplierSwitching switching) {
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

    /** The weight sums this step adds to (the orders it will place). */
    double[] next() {
        return denNext;
    }

    /** The step's weight sums start from zero; last step's become the ones orders are placed with. */
    void beginStep() {
        double[] swap = denNow;
        denNow = denNext;
        denNext = swap;
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

    /** Step 0: the weight sums start from zero (the initial orders' are already known). */
    void clearWeights() {
        workers.run((part, from, to) -> {
            Arrays.fill(denNext, from, to, 0);
            if (capped != null) {
                Arrays.fill(capped, from, to, 0);
                Arrays.fill(blocked, from, to, 0);
            }
        });
    }

    /** Step 0: the shortfalls start from zero. */
    void clearShortfalls() {
        workers.run((part, from, to) -> Arrays.fill(shortfall, from, to, 0));
    }

    /** Supplier i's part of the weight sums Σ Z0 · σ·rNext (alt) or Σ Z0 (fixed), and of the capped and blocked weights. */
    void addWeights(int i, double rNext, Availability next) {
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

    /** The weights and shortfalls of a supplier restricted neither now nor next, in one loop over its row. */
    void addWeightsAndShortfalls(int first, int last, double weightNext, double rationed) {
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

    /** Supplier i's shortfalls over its flows {@code [first, last)}: Z0 · (factor − perFlow), blocked flows apart. */
    void shortfallRow(
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
     * Σ_k values[k] · unit[entryOf[k]] over one row, in four interleaved partial sums so that
     * the additions do not wait on each other (the order is fixed by the row alone).
     */
    double rowDot(int first, int last, int[] entryOf, double[] values) {
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

    /** Order per unit of weight at entry e of a supplier that can sell the share f of its flow. */
    double unitOf(int e, double f) {
        return f < 1 ? f * unitCapped[e] : unit[e];
    }

    /**
     * What each buyer receives of each product (4.6), {@code unit · (weight sum − shortfall)}
     * plus the partly blocked flows' deliveries, or, for the initial orders, the weight sum less
     * the shortfall.
     */
    void received(boolean initial, double[] add) {
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

    /**
     * Fixes the orders placed this step (4.10) from {@code need} and this step's weight sums:
     * unit = need / ΣW, and for unrestricted suppliers times 1 + q · blocked / (ΣW − capped) when
     * some weight is blocked, q the share buyers have qualified other suppliers for
     * ({@link SupplierSwitching}; 1 without a lag).
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
}
