package org.lodestone.core.ario;

import java.util.Arrays;
import org.lodestone.core.mrio.SparseMatrix;

/**
 * Supplier qualification in a run: how much of the volume a restriction blocks its buyers may
 * re-order from the suppliers of the same product that no restriction touches, for the products
 * with a {@link ArioModel#switchingSteps switching lag}.
 *
 * <p>The share re-ordered is {@code q(t) = min(1, (t − t₀) / T)} (1 at once when T = 0), with T
 * the product's lag in steps and t₀ the first step at which a restriction blocks part of what
 * that buyer (industry, or final-demand column) usually gets of the product. A linear ramp reads
 * as buyers finishing their qualification at times spread evenly over [0, T], so that the
 * published "qualifying a new supplier takes N months" is T itself; a first-order lag
 * {@code 1 − exp(−t/τ)} would still leave 5 % blocked at 3τ. The clock never stops or
 * reverses: a qualified supplier stays qualified, so a later restriction meets the share reached
 * by then. What cannot yet be re-ordered is not ordered, as a block with no other supplier.
 *
 * <p>Industries: {@link FlowPasses#placeOrders} scales the blocked top-up of the unrestricted
 * suppliers by q. Final buyers: {@link #resourceFinalDemand} moves the share q of the blocked
 * final demand of each (product, column) to that column's unrestricted suppliers of the product,
 * in proportion to what it wants of each; a product without a lag keeps version 1 (final demand
 * blocked goes unmet). Cost: one look at the clock per blocked (product, buyer) pair when orders
 * are placed, and one pass over the final demand of the products with a lag per step while a
 * restriction is in force.
 */
final class SupplierSwitching {

    private final ArioModel m;
    private final double[] steps;
    /** Per entry (product, buyer): the delivery step its restriction began, or −1. */
    private final int[] since;
    /** Per (product, final-demand column): the step its restriction began, or −1. */
    private final int[] columnSince;

    private final double[] blockedDemand;
    private final double[] freeDemand;

    SupplierSwitching(ArioModel model) {
        this.m = model;
        this.steps = model.switchingSteps;
        this.since = new int[model.entries.count];
        Arrays.fill(since, -1);
        this.columnSince = new int[model.s * model.q];
        Arrays.fill(columnSince, -1);
        this.blockedDemand = new double[model.s * model.q];
        this.freeDemand = new double[model.s * model.q];
    }

    /** A run's switching, or null when the model has no lag (the version-1 path). */
    static SupplierSwitching of(ArioModel model) {
        return model.switchingSteps == null ? null : new SupplierSwitching(model);
    }

    /**
     * q(t) for entry e, whose orders for delivery at {@code step} are partly blocked: 1 for a
     * product without a lag; starts the entry's clock the first time.
     */
    double reached(int e, int step) {
        double lag = steps[m.entries.product[e]];
        if (Double.isNaN(lag)) {
            return 1;
        }
        if (since[e] < 0) {
            since[e] = step;
        }
        return share(lag, step - since[e]);
    }

    private static double share(double lag, int elapsed) {
        return lag == 0 ? 1 : Math.min(1, elapsed / lag);
    }

    /**
     * Final buyers at step t: of the final demand blocked in each (product with a lag, column),
     * the share q(t) is added to what the column wants and can order of its unrestricted
     * suppliers of the product, and taken from what it wants of the restricted ones.
     *
     * @param wanted    per stored entry of F: final demand wanted, updated
     * @param orderable per stored entry of F: final demand that can be ordered, updated
     */
    void resourceFinalDemand(int t, Availability now, double[] wanted, double[] orderable) {
        Arrays.fill(blockedDemand, 0);
        Arrays.fill(freeDemand, 0);
        SparseMatrix f = m.f0;
        int[] start = f.rowStart();
        int[] cols = f.columns();
        for (int i = 0; i < m.p; i++) {
            int product = m.productOf[i];
            if (Double.isNaN(steps[product])) {
                continue;
            }
            for (int k = start[i]; k < start[i + 1]; k++) {
                int cell = product * m.q + cols[k];
                double factor = now.columnFactor(i, cols[k]);
                if (factor < 1) {
                    blockedDemand[cell] += wanted[k] * (1 - factor);
                } else {
                    freeDemand[cell] += wanted[k];
                }
            }
        }
        for (int i = 0; i < m.p; i++) {
            int product = m.productOf[i];
            if (Double.isNaN(steps[product])) {
                continue;
            }
            for (int k = start[i]; k < start[i + 1]; k++) {
                move(t, i, k, product * m.q + cols[k], now, wanted, orderable);
            }
        }
    }

    /** Moves entry k's part of the re-sourced demand of its (product, column) cell. */
    private void move(int t, int i, int k, int cell, Availability now, double[] wanted, double[] orderable) {
        double blocked = blockedDemand[cell];
        if (blocked == 0) {
            return;
        }
        if (columnSince[cell] < 0) {
            columnSince[cell] = t;
        }
        double free = freeDemand[cell];
        if (free == 0) {
            return;
        }
        double q = share(steps[m.productOf[i]], t - columnSince[cell]);
        double factor = now.columnFactor(i, m.f0.columns()[k]);
        if (factor < 1) {
            wanted[k] -= q * wanted[k] * (1 - factor);
        } else {
            double extra = wanted[k] * q * blocked / free;
            wanted[k] += extra;
            orderable[k] += extra;
        }
    }
}
