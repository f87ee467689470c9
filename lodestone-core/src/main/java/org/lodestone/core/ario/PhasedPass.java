package org.lodestone.core.ario;

/**
 * The supplier pass of a small table run by one worker (at most {@link FlowPasses#PHASED_FLOWS}
 * flows, which is every ensemble member), in three loops instead of
 * {@link FlowPasses#ordersWeightsAndShortfalls}'s one: {@link #orderSums}, then the run's own
 * per-industry loops (capacity and output), then {@link #weightsAndShortfalls}. On such a table
 * the flows are in cache and the one loop was bound by each supplier's chain of divisions (α,
 * capacity ratio, x / D_tot), which the next supplier waited for; in separate loops the suppliers
 * are independent and the processor overlaps them. Every value is taken by the same formula and
 * every sum in the same order, so results are the same bit for bit.
 */
final class PhasedPass {

    private final ArioModel m;
    private final boolean alt;
    private final OrderWeights weights;
    /** Per supplier: {@code factor · x / D_tot}, what it delivers per unit of order. */
    private final double[] perFlowOf;

    /** True if the run of {@code model} takes this pass: one worker, at most {@link FlowPasses#PHASED_FLOWS} flows. */
    static boolean applies(ArioModel model) {
        return model.productSplit.length == 2 && model.zValues.length <= FlowPasses.PHASED_FLOWS;
    }

    PhasedPass(ArioModel model, OrderWeights weights) {
        this.m = model;
        this.alt = model.parameters.orderType() == ArioParameters.OrderType.ALT;
        this.weights = weights;
        this.perFlowOf = new double[model.p];
    }

    /**
     * First loop: {@code orders[i]}, the orders supplier i received (placed at the last
     * {@link FlowPasses#placeOrders}, with their supplier factors {@code r}, blocked as {@code now}).
     */
    void orderSums(double[] r, double[] orders, Availability now) {
        weights.beginStep();
        // the arrays are read into locals here, once: reloaded per row, the loop ran about 12 % slower
        int[] rowStart = m.zRowStart;
        int[] entryOf = m.entries.ofFlow;
        double[] values = m.zValues;
        for (int i = 0; i < m.p; i++) {
            double sum;
            if (!now.restricted(i)) {
                sum = weights.rowDot(rowStart[i], rowStart[i + 1], entryOf, values);
            } else {
                sum = 0;
                for (int k = rowStart[i]; k < rowStart[i + 1]; k++) {
                    sum += values[k] * weights.unitOf(entryOf[k], now.flowFactor(i, k));
                }
            }
            orders[i] = sum * supplierFactor(r[i]);
        }
    }

    /**
     * Last loop: once the run has worked out every supplier's capacity ratio {@code rNext} and
     * output {@code x}, the weight sums of the orders this step will place and the deliveries'
     * shortfalls, in {@link ArioModel#rowsByProduct} order.
     */
    void weightsAndShortfalls(
            double[] r, double[] rNext, double[] totalDemand, double[] x, Availability now, Availability next) {
        for (int i = 0; i < m.p; i++) {
            // apart from the row loops, so that the suppliers' divisions overlap
            double factor = supplierFactor(r[i]);
            perFlowOf[i] = totalDemand[i] == 0 ? 0 : factor * (x[i] / totalDemand[i]);
        }
        int[] rowStart = m.zRowStart;
        for (int i : m.rowsByProduct) {
            double factor = supplierFactor(r[i]);
            double perFlow = perFlowOf[i];
            boolean restrictedNow = now.restricted(i);
            if (restrictedNow || next.restricted(i)) {
                weights.addWeights(i, rNext[i], next);
                weights.shortfallRow(i, rowStart[i], rowStart[i + 1], factor, perFlow, restrictedNow, now);
            } else {
                weights.addWeightsAndShortfalls(
                        rowStart[i], rowStart[i + 1], alt ? m.sigma * rNext[i] : 1, factor - perFlow);
            }
        }
    }

    /** σ·r[i] for alt orders, 1 for fixed ones. */
    private double supplierFactor(double ri) {
        return alt ? m.sigma * ri : 1;
    }
}
