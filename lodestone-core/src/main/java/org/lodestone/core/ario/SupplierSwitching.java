package org.lodestone.core.ario;

import java.util.Arrays;
import java.util.stream.IntStream;

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
 * are placed; while a restriction is in force, a copy of the final demand of the products with a
 * lag and a visit to its entries whose (product, column) has blocked demand per step, the blocked
 * and free sums being taken only when what is blocked or wanted changes
 * ({@link #blockedFinalDemand}).
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
    /** The rows of F whose product has a lag, ascending. */
    private final int[] lagRows;
    /** The stored entries of F in {@link #lagRows} whose (product, column) has blocked demand, in row order; set by {@link #blockedFinalDemand}. */
    private int[] moving = new int[0];
    /** The row of each of {@link #moving}. */
    private int[] movingRow = new int[0];

    private int movingCount;

    SupplierSwitching(ArioModel model) {
        this.m = model;
        this.steps = model.switchingSteps;
        this.since = new int[model.entries.count];
        Arrays.fill(since, -1);
        this.columnSince = new int[model.s * model.q];
        Arrays.fill(columnSince, -1);
        this.blockedDemand = new double[model.s * model.q];
        this.freeDemand = new double[model.s * model.q];
        int[] start = model.f0.rowStart();
        this.lagRows = IntStream.range(0, model.p)
                .filter(i -> !Double.isNaN(steps[model.productOf[i]]) && start[i + 1] > start[i])
                .toArray();
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

    /** The rows of F that {@link #resourceFinalDemand} changes: those of the products with a lag. */
    int[] rows() {
        return lagRows;
    }

    /**
     * Sums, per (product with a lag, final-demand column), the final demand restrictions block and
     * the demand its unrestricted suppliers get; call when what is blocked or wanted changes.
     *
     * @param factor per stored entry of F, the share restrictions leave orderable
     * @param wanted per stored entry of F, final demand wanted before re-sourcing
     */
    void blockedFinalDemand(double[] factor, double[] wanted) {
        Arrays.fill(blockedDemand, 0);
        Arrays.fill(freeDemand, 0);
        int[] start = m.f0.rowStart();
        int[] cols = m.f0.columns();
        for (int i : lagRows) {
            for (int k = start[i]; k < start[i + 1]; k++) {
                int cell = m.productOf[i] * m.q + cols[k];
                if (factor[k] < 1) {
                    blockedDemand[cell] += wanted[k] * (1 - factor[k]);
                } else {
                    freeDemand[cell] += wanted[k];
                }
            }
        }
        movingCount = 0;
        for (int i : lagRows) {
            for (int k = start[i]; k < start[i + 1]; k++) {
                if (blockedDemand[m.productOf[i] * m.q + cols[k]] != 0) {
                    if (movingCount == moving.length) {
                        moving = Arrays.copyOf(moving, Math.max(16, 2 * movingCount));
                        movingRow = Arrays.copyOf(movingRow, moving.length);
                    }
                    moving[movingCount] = k;
                    movingRow[movingCount++] = i;
                }
            }
        }
    }

    /**
     * Final buyers at step t: of the final demand blocked in each (product with a lag, column),
     * the share q(t) is added to what the column wants and can order of its unrestricted
     * suppliers of the product, and taken from what it wants of the restricted ones. The rows of
     * the products with a lag start from {@code baseWanted} and {@code baseOrderable}, as summed
     * by the last {@link #blockedFinalDemand}.
     *
     * @param factor    per stored entry of F, the share restrictions leave orderable
     * @param wanted    per stored entry of F: final demand wanted, updated
     * @param orderable per stored entry of F: final demand that can be ordered, updated
     */
    void resourceFinalDemand(
            int t, double[] factor, double[] baseWanted, double[] baseOrderable, double[] wanted, double[] orderable) {
        int[] start = m.f0.rowStart();
        for (int i : lagRows) {
            int from = start[i];
            int length = start[i + 1] - from;
            System.arraycopy(baseWanted, from, wanted, from, length);
            System.arraycopy(baseOrderable, from, orderable, from, length);
        }
        int[] cols = m.f0.columns();
        for (int n = 0; n < movingCount; n++) {
            int k = moving[n];
            int i = movingRow[n];
            move(t, i, k, m.productOf[i] * m.q + cols[k], factor[k], wanted, orderable);
        }
    }

    /** Moves entry k's part of the re-sourced demand of its (product, column) cell. */
    private void move(int t, int i, int k, int cell, double factor, double[] wanted, double[] orderable) {
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
        if (factor < 1) {
            wanted[k] -= q * wanted[k] * (1 - factor);
        } else {
            double extra = wanted[k] * q * blocked / free;
            wanted[k] += extra;
            orderable[k] += extra;
        }
    }
}
