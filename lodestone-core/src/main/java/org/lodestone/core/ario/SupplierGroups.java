package org.lodestone.core.ario;

/**
 * The supplier pass ({@link FlowPasses#ordersWeightsAndShortfalls}) over a group of one product's
 * suppliers read together rather than row by row: every supplier of a product whose flows are kept
 * by buyer ({@link ProductColumns}), or a block of {@link DenseRows#BLOCK} of its dense rows. Each
 * takes the group's order sums in one pass over its flows, then each supplier's capacity and
 * output in pass order, then the group's weights and shortfalls in a second pass, bit for bit
 * the row pass's. A group is taken only when none of its suppliers is restricted now or next.
 */
final class SupplierGroups {

    private final ArioModel m;
    private final boolean alt;
    /** The per-(product, buyer) weight sums, order units and shortfalls the passes add to. */
    private final OrderWeights weights;

    SupplierGroups(ArioModel model, OrderWeights weights) {
        this.m = model;
        this.alt = model.parameters.orderType() == ArioParameters.OrderType.ALT;
        this.weights = weights;
    }

    /**
     * Whether the {@link DenseRows#BLOCK} suppliers from {@code n} of {@link ArioModel#rowsByProduct}
     * lie before {@code partEnd}, make {@code product}, are stored dense and are restricted neither
     * now nor next: the row pass would then hold their product's sums throughout.
     */
    boolean denseBlockAt(int n, int partEnd, int product, Availability now, Availability next) {
        if (n + DenseRows.BLOCK > partEnd) {
            return false;
        }
        for (int k = n; k < n + DenseRows.BLOCK; k++) {
            int i = m.rowsByProduct[k];
            if (m.productOf[i] != product || !m.denseRows.isDense(i) || now.restricted(i) || next.restricted(i)) {
                return false;
            }
        }
        return true;
    }

    /**
     * The row pass of {@link FlowPasses#ordersWeightsAndShortfalls} for the block of dense suppliers from
     * {@code n} ({@link #denseBlockAt}): their order sums in one pass over their rows, then each
     * supplier's capacity and output in pass order, then their weights and shortfalls in a second
     * pass; bit for bit the row pass's, which reads each row alone.
     */
    void denseBlock(
            BuyerSums held,
            int product,
            int n,
            double[] r,
            FlowPasses.SupplierStep step,
            double[] totalDemand,
            double[] x) {
        held.hold(product, weights.unit, weights.next(), weights.shortfall);
        m.denseRows.dots(m.rowsByProduct, n, held.unit, held.blockSums);
        for (int b = 0; b < DenseRows.BLOCK; b++) {
            supplierOutcome(
                    m.rowsByProduct[n + b],
                    held.blockSums[b],
                    r,
                    step,
                    totalDemand,
                    x,
                    b,
                    held.blockWeights,
                    held.blockRationed);
        }
        m.denseRows.addWeightsAndShortfalls(m.rowsByProduct, n, held, held.blockWeights, held.blockRationed);
    }

    /**
     * Supplier i's capacity and output from its order sum {@code sum}, then, at {@code at}, the
     * factor of its weights for the orders this step places and its rationed share per unit of
     * flow, as the row pass works them out.
     */
    private void supplierOutcome(
            int i,
            double sum,
            double[] r,
            FlowPasses.SupplierStep step,
            double[] totalDemand,
            double[] x,
            int at,
            double[] weight,
            double[] rationed) {
        double factor = alt ? m.sigma * r[i] : 1;
        double rNext = step.capacityRatio(i, sum * factor);
        double perFlow = totalDemand[i] == 0 ? 0 : factor * (x[i] / totalDemand[i]);
        weight[at] = alt ? m.sigma * rNext : 1;
        rationed[at] = factor - perFlow;
    }

    /** Whether a supplier at {@code [from, to)} of {@link ArioModel#rowsByProduct} is restricted now or next. */
    boolean anyRestricted(int from, int to, Availability now, Availability next) {
        for (int n = from; n < to; n++) {
            int i = m.rowsByProduct[n];
            if (now.restricted(i) || next.restricted(i)) {
                return true;
            }
        }
        return false;
    }

    /**
     * {@link FlowPasses#ordersWeightsAndShortfalls} for the suppliers {@code [from, to)} of a product whose
     * flows are kept by buyer ({@link ProductColumns}), none restricted: their order sums in one
     * pass over the product's flows, then each supplier's capacity and output in pass order, then
     * their weights and shortfalls in a second pass; bit for bit the row pass's.
     */
    void byBuyer(
            ProductColumns.Scratch c,
            int product,
            int from,
            int to,
            double[] r,
            FlowPasses.SupplierStep step,
            double[] totalDemand,
            double[] x) {
        m.productColumns.orderSums(product, to - from, weights.unit, c.partial);
        for (int n = from; n < to; n++) {
            int at = 4 * (n - from);
            double sum = (c.partial[at] + c.partial[at + 1]) + (c.partial[at + 2] + c.partial[at + 3]);
            supplierOutcome(m.rowsByProduct[n], sum, r, step, totalDemand, x, n - from, c.weight, c.rationed);
        }
        m.productColumns.addWeightsAndShortfalls(product, c.weight, c.rationed, weights.next(), weights.shortfall);
    }
}
