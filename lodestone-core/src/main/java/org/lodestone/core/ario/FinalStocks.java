package org.lodestone.core.ario;

import java.util.Arrays;
import org.lodestone.core.mrio.SparseMatrix;

/**
 * The stocks final buyers hold in a run ({@link ArioModel#finalStockEntries}): one per stored
 * entry of final demand F whose buyers hold some. The reference has none: its final buyers lose
 * whatever is not delivered in the step. Entries without a stock are left as they are, so this
 * costs nothing for them, and a model without final stocks has no {@code FinalStocks} at all.
 *
 * <p>A stocked entry k of supplier i starts at its target, {@code days × F0_k}. Each step:
 *
 * <ol>
 *   <li><b>Orders</b> (with final demand, 4.1): the buyers order their use u (the final demand
 *       wanted this step, demand shocks included) plus {@code 1/τ} of the gap to their target
 *       {@code days × u}, τ being the product's inventory restoration time, as industries refill
 *       their input inventories (4.10); a restriction lets them order only the share it leaves
 *       orderable, of both. <b>Refills wait for spare supply</b>: buyers order a refill only while
 *       their supplier could serve everything else it was asked, i.e. its capacity of the step
 *       before covered its total demand less the refill orders in it ({@link #SPARE_TOLERANCE});
 *       while it rations its other buyers they order their use alone and draw their stock. So
 *       final buyers never bid supply away from industries in a shortage (a price, which the
 *       model lacks, would curb such orders) and refill at the old rate once it ends.
 *   <li><b>Deliveries</b> (4.6): the supplier rations what it makes among all its orders
 *       ({@code x / D_tot} of each), so the buyers receive {@code d = ordered × x / D_tot}.
 *   <li><b>Use</b> (4.8): they use u, from the delivery first, then from the stock:
 *       {@code stock ← stock + d − u}; what the stock cannot cover, {@code max(0, u − d − stock)},
 *       is final demand not met, and the stock is then empty.
 * </ol>
 *
 * An infinite stock never runs out and is never refilled; a stock of 0 days is the reference's
 * final demand exactly. Cost per step: one pass over the stocked entries and the rows of F that
 * hold one.
 */
final class FinalStocks {

    /** Relative margin by which a supplier's capacity may fall short of its other demand and still count as serving it (rounding). */
    static final double SPARE_TOLERANCE = 1e-9;

    private final ArioModel m;
    private final int[] entry;
    private final int[] supplier;
    /** Per stored entry of F: its index among the stocked entries, or −1. */
    private final int[] slotOf;
    /** The rows of F that hold a stocked entry, ascending, each once. */
    private final int[] rows;
    /** Per stocked entry: the stock at the start of the step, in the product's units. */
    final double[] stock;
    /** Per stocked entry: the order placed this step. */
    private final double[] ordered;
    /** Per stocked entry: final demand not met this step. */
    final double[] unmet;
    /** Per industry: the refill orders it received this step. */
    private final double[] refillAt;
    /** Per industry: true when its final buyers may order a refill this step. */
    private final boolean[] refillOpen;

    FinalStocks(ArioModel model) {
        this.m = model;
        this.entry = model.finalStockEntries;
        this.supplier = model.finalStockSupplier;
        this.slotOf = new int[model.f0.nonZeros()];
        Arrays.fill(slotOf, -1);
        this.stock = new double[entry.length];
        this.ordered = new double[entry.length];
        this.unmet = new double[entry.length];
        this.refillAt = new double[model.p];
        this.refillOpen = new boolean[model.p];
        double[] f = model.f0.values();
        for (int n = 0; n < entry.length; n++) {
            slotOf[entry[n]] = n;
            double days = model.finalStockDays[n];
            stock[n] = Double.isInfinite(days) ? Double.POSITIVE_INFINITY : days * f[entry[n]];
        }
        this.rows = Arrays.stream(supplier).distinct().sorted().toArray();
    }

    /**
     * The orders of the stocked entries this step, and the rows of final demand they change.
     * Call after {@link MarketConditions#begin} and before this step's capacities are set.
     *
     * @param wanted         final demand wanted this step, per stored entry of F
     * @param orderable      what of it can be ordered, per stored entry of F
     * @param factor         per stored entry of F, the share restrictions leave orderable this step
     * @param finalDemandRow the row sums of orderable final demand; the rows with a stocked entry
     *                       are rewritten with its order
     * @param capacity       the suppliers' capacity of the step before, or null at the first step
     *                       (refills open then)
     * @param totalDemand    the suppliers' total demand of the step before (ignored when
     *                       {@code capacity} is null)
     */
    void order(
            double[] wanted,
            double[] orderable,
            double[] factor,
            double[] finalDemandRow,
            double[] capacity,
            double[] totalDemand) {
        for (int i : rows) {
            refillOpen[i] = capacity == null || capacity[i] >= (1 - SPARE_TOLERANCE) * (totalDemand[i] - refillAt[i]);
            refillAt[i] = 0;
        }
        for (int n = 0; n < entry.length; n++) {
            int k = entry[n];
            int i = supplier[n];
            double days = m.finalStockDays[n];
            double refill = Double.isInfinite(days) || !refillOpen[i]
                    ? 0
                    : Math.max(days * wanted[k] - stock[n], 0) * m.restorationRate[m.productOf[i]];
            ordered[n] = refill == 0 ? orderable[k] : (wanted[k] + refill) * factor[k];
            refillAt[i] += refill * factor[k];
        }
        SparseMatrix f = m.f0;
        int[] start = f.rowStart();
        for (int i : rows) {
            double sum = 0;
            for (int k = start[i]; k < start[i + 1]; k++) {
                sum += slotOf[k] < 0 ? orderable[k] : ordered[slotOf[k]];
            }
            finalDemandRow[i] = sum;
        }
    }

    /** What the final buyers of stored entry k of F ordered this step: their order if they hold a stock, else {@code orderable}. */
    double ordered(int k, double orderable) {
        int n = slotOf[k];
        return n < 0 ? orderable : ordered[n];
    }

    /**
     * The buyers receive their share of what their suppliers made and use this step's final
     * demand, from the delivery first, then from the stock. Call after the deliveries (4.6).
     *
     * @param wanted final demand wanted this step, per stored entry of F
     */
    void use(double[] totalDemand, double[] x, double[] wanted) {
        for (int n = 0; n < entry.length; n++) {
            int i = supplier[n];
            double delivered = totalDemand[i] == 0 ? 0 : ordered[n] / totalDemand[i] * x[i];
            double left = stock[n] + delivered - wanted[entry[n]];
            unmet[n] = left < 0 ? -left : 0;
            stock[n] = Math.max(left, 0);
        }
    }

    /** Final demand not met this step at stored entry k of F: the stock's shortfall if it holds one, else {@code gap}. */
    double gap(int k, double gap) {
        int n = slotOf[k];
        return n < 0 ? gap : unmet[n];
    }
}
