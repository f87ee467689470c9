package org.lodestone.core.ario;

import java.util.function.IntConsumer;

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

    /** The work on one supplier with its worker's {@link BuyerSums} (null without dense rows). */
    @FunctionalInterface
    private interface PartWork {
        void accept(BuyerSums held, int supplier);
    }

    /** Tables with at most this many flows, run by one worker, take the {@link PhasedPass} (their state fits in cache). */
    static final int PHASED_FLOWS = 1 << 16;

    private final ArioModel m;
    private final boolean alt;
    /** The per-(product, buyer) weight sums, order units and shortfalls the passes add to. */
    final OrderWeights weights;
    /** The supplier pass over a product's suppliers read together (by buyer, or a block of dense rows). */
    private final SupplierGroups groups;
    /** The supplier pass of a small table run by one worker, or null. */
    private final PhasedPass phased;
    /** Per worker part, the product sums its dense rows add to; null on a table without dense rows. */
    private final BuyerSums[] buyerSums;
    /** Per worker part, the per-supplier arrays of the products read by buyer; empty without them. */
    private final ProductColumns.Scratch[] columnScratch;

    /**
     * @param restricted true if the run has export controls or logistics disruptions
     * @param switching  the run's supplier qualification, or null when the model has no lag
     */
    FlowPasses(ArioModel model, boolean restricted, SupplierSwitching switching) {
        this.m = model;
        this.alt = model.parameters.orderType() == ArioParameters.OrderType.ALT;
        this.weights = new OrderWeights(model, restricted, switching);
        this.groups = new SupplierGroups(model, weights);
        this.phased = PhasedPass.applies(model) ? new PhasedPass(model, weights) : null;
        this.buyerSums = model.denseRows.any() ? buyerSums(model) : null;
        this.columnScratch = new ProductColumns.Scratch[model.productSplit.length - 1];
        for (int t = 0; t < columnScratch.length; t++) {
            columnScratch[t] = new ProductColumns.Scratch(model.productColumns.maxSuppliers);
        }
    }

    private static BuyerSums[] buyerSums(ArioModel model) {
        BuyerSums[] sums = new BuyerSums[model.productSplit.length - 1];
        for (int t = 0; t < sums.length; t++) {
            sums[t] = new BuyerSums(model.p, model.denseRows.entryBase);
        }
        return sums;
    }

    /** True on a small table run by one worker: the run then takes the {@link PhasedPass}, {@link #phasedPass()}. */
    boolean phased() {
        return phased != null;
    }

    /** The pass of a small table run by one worker, or null when {@link #phased()} is false. */
    PhasedPass phasedPass() {
        return phased;
    }

    /** Step 0: the weight sums of the orders step 0 will place, with capacity ratios {@code rNext}. */
    void initialOrderWeights(double[] rNext, Availability next) {
        weights.clearWeights();
        suppliers(i -> weights.addWeights(i, rNext[i], next));
    }

    /**
     * Steps after 0: per supplier i, {@code Σ_j O[i,j]} for the orders placed at the last
     * {@link #placeOrders} (with their supplier factors {@code r}, blocked as {@code now}), handed
     * to {@code step}, which also fixes the supplier's output {@code x[i]} for this step (its
     * inventory constraint depends on its own inputs alone); then, while the row is in cache, its
     * part of the weight sums of the orders this step will place (blocked as {@code next}) and its
     * deliveries' shortfalls (4.6), which {@link #deliveries} combines. Each flow is read once per
     * step, rationed suppliers or not; each shortfall is summed over a product's suppliers in
     * {@link ArioModel#rowsByProduct} order, whatever the number of workers. A product whose flows
     * are kept by buyer ({@link ProductColumns}) and none of whose suppliers is restricted is read
     * that way instead, and four unrestricted dense rows of one product together; both with the
     * same sums ({@link SupplierGroups}).
     */
    void ordersWeightsAndShortfalls(
            double[] r, SupplierStep step, double[] totalDemand, double[] x, Availability now, Availability next) {
        weights.beginStep();
        PartWork row = rowWork(r, step, totalDemand, x, now, next);
        ProductColumns columns = m.productColumns;
        int[] bounds = m.productSplit;
        ForkParts.run(bounds.length - 1, t -> {
            BuyerSums held = buyerSums == null ? null : buyerSums[t];
            int n = bounds[t];
            while (n < bounds[t + 1]) {
                int product = m.productOf[m.rowsByProduct[n]];
                int end = columns.keeps(product) ? columns.suppliersEnd(product) : n + 1;
                if (columns.keeps(product) && !groups.anyRestricted(n, end, now, next)) {
                    groups.byBuyer(columnScratch[t], product, n, end, r, step, totalDemand, x);
                } else if (held != null && groups.denseBlockAt(n, bounds[t + 1], product, now, next)) {
                    groups.denseBlock(held, product, n, r, step, totalDemand, x);
                    end = n + DenseRows.BLOCK;
                } else {
                    for (; n < end; n++) {
                        row.accept(held, m.rowsByProduct[n]);
                    }
                }
                n = end;
            }
            if (held != null) {
                held.release();
            }
        });
    }

    /**
     * The row pass of {@link #ordersWeightsAndShortfalls} for one supplier: its order sum (dense,
     * sparse, or with its flows' factors when restricted now), capacity and output, then its
     * weights and shortfalls, into its worker's {@link BuyerSums} for a dense row.
     */
    private PartWork rowWork(
            double[] r, SupplierStep step, double[] totalDemand, double[] x, Availability now, Availability next) {
        int[] rowStart = m.zRowStart;
        int[] entryOf = m.entries.ofFlow;
        double[] values = m.zValues;
        DenseRows dense = m.denseRows;
        double[] denNext = weights.next();
        double[] shortfall = weights.shortfall;
        double[] unit = weights.unit;
        return (held, i) -> {
            boolean restrictedNow = now.restricted(i);
            boolean denseNow = !restrictedNow && dense.isDense(i);
            double sum;
            if (denseNow) {
                held.hold(m.productOf[i], unit, denNext, shortfall);
                sum = dense.dot(i, held.unit);
            } else if (!restrictedNow) {
                sum = weights.rowDot(rowStart[i], rowStart[i + 1], entryOf, values);
            } else {
                sum = 0;
                for (int k = rowStart[i]; k < rowStart[i + 1]; k++) {
                    sum += values[k] * weights.unitOf(entryOf[k], now.flowFactor(i, k));
                }
            }
            double factor = supplierFactor(false, r[i]);
            double rNext = step.capacityRatio(i, sum * factor);
            double perFlow = totalDemand[i] == 0 ? 0 : factor * (x[i] / totalDemand[i]);
            boolean restrictedNext = next.restricted(i);
            if (denseNow && !restrictedNext) {
                dense.addWeightsAndShortfalls(i, held, alt ? m.sigma * rNext : 1, factor - perFlow);
                return;
            }
            if (held != null) {
                held.release();
            }
            if (restrictedNow || restrictedNext) {
                weights.addWeights(i, rNext, next);
                weights.shortfallRow(i, rowStart[i], rowStart[i + 1], factor, perFlow, restrictedNow, now);
            } else {
                weights.addWeightsAndShortfalls(
                        rowStart[i], rowStart[i + 1], alt ? m.sigma * rNext : 1, factor - perFlow);
            }
        };
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
        weights.received(false, add);
    }

    /** Step 0's deliveries, of the initial orders Z0 · σ, after the run has worked out its output {@code x}. */
    void initialDeliveries(double[] totalDemand, double[] x, double[] add) {
        weights.clearShortfalls();
        int[] rowStart = m.zRowStart;
        suppliers(i -> {
            double perFlow = totalDemand[i] == 0 ? 0 : m.sigma * (x[i] / totalDemand[i]);
            weights.shortfallRow(i, rowStart[i], rowStart[i + 1], m.sigma, perFlow, false, null);
        });
        weights.received(true, add);
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
                sum += m.zValues[k] * perFlow * (initial ? 1 : weights.unitOf(m.entries.ofFlow[k], f));
            }
        }
        return sum;
    }

    /** σ for the initial orders (Z0 · σ); else σ·r[i] for alt orders, 1 for fixed ones. */
    private double supplierFactor(boolean initial, double ri) {
        return initial ? m.sigma : alt ? m.sigma * ri : 1;
    }

    /**
     * Fixes the orders placed this step (4.10) from {@code need} and the weight sums of the last
     * supplier pass ({@link OrderWeights#placeOrders}).
     *
     * @param deliveryStep the step at which these orders are delivered (the restriction's clock)
     */
    void placeOrders(double[] need, int deliveryStep) {
        weights.placeOrders(need, deliveryStep);
    }

    /** Runs {@code work} on every supplier, grouped by product, split among workers at product boundaries. */
    private void suppliers(IntConsumer work) {
        suppliers((held, i) -> work.accept(i));
    }

    /**
     * As {@link #suppliers(IntConsumer)}, handing each supplier its worker's {@link BuyerSums}
     * (null on a table without dense rows), released when the worker's part is done.
     */
    private void suppliers(PartWork work) {
        int[] bounds = m.productSplit;
        ForkParts.run(bounds.length - 1, t -> {
            BuyerSums held = buyerSums == null ? null : buyerSums[t];
            for (int n = bounds[t]; n < bounds[t + 1]; n++) {
                work.accept(held, m.rowsByProduct[n]);
            }
            if (held != null) {
                held.release();
            }
        });
    }
}
