package org.lodestone.core.ario;

import java.util.Arrays;
import java.util.List;
import java.util.function.IntToDoubleFunction;
import org.lodestone.core.shock.Event;

/**
 * Which share of each flow can be bought at one step, under export controls and logistics
 * disruptions: {@code factor(i, j) = Π_e (1 − blocked_e(t) · mask_e(i, j))} over the restrictions
 * in force, 1 for every flow none of them touches. A buyer orders at most that share of its usual
 * order from the supplier, the blocked rest from suppliers no restriction touches
 * ({@link FlowPasses}), and final demand that cannot be bought goes unmet, unless final buyers
 * re-source it ({@link SupplierSwitching}).
 *
 * <p>Cost: O(P · restrictions in force) to prepare a step, with no allocation; when what is blocked
 * changes, also one evaluation of the factor per flow of the restricted suppliers, kept for the
 * passes ({@link #flowFactor}), which read each several times a step. A flow whose supplier no
 * restriction touches costs one array read.
 */
final class Availability {

    /** One restriction: how much is blocked at a step, and which flows it applies to. */
    interface Restriction {
        double blockedAt(int t);

        boolean touchesRow(int i);

        /** Share of the flow from industry i to industry j that the restriction applies to. */
        double mask(int i, int j);

        /** Share of the flow from industry i to final-demand column q that the restriction applies to. */
        double columnMask(int i, int q);
    }

    private final ArioModel m;
    private final Restriction[] all;
    private final double[] blocked;
    private final boolean[] rowRestricted;
    private final int[] active;
    private int activeCount;
    /** Per industry: where its flows' factors start in {@link #flowFactors}, less its first flow's index. */
    private final int[] flowBase;
    /** {@code factor(i, columns[k])} for the flows k of the restricted suppliers, in row order. */
    private double[] flowFactors = new double[0];
    /** False when the last {@link #prepare} found every restriction blocking what it blocked the step before. */
    private boolean changed = true;

    private boolean prepared;

    Availability(ArioModel model, List<Restriction> restrictions) {
        this.m = model;
        this.all = restrictions.toArray(new Restriction[0]);
        this.blocked = new double[all.length];
        this.rowRestricted = new boolean[model.p];
        this.active = new int[all.length];
        this.flowBase = new int[model.p];
    }

    /** True if no restriction exists at all (the reference model). */
    boolean none() {
        return all.length == 0;
    }

    /** Computes which restrictions are in force at step t. */
    void prepare(int t) {
        changed = !prepared;
        prepared = true;
        for (int e = 0; e < all.length; e++) {
            double b = all[e].blockedAt(t);
            changed |= b != blocked[e];
            blocked[e] = b;
        }
        if (!changed) {
            return;
        }
        Arrays.fill(rowRestricted, false);
        activeCount = 0;
        for (int e = 0; e < all.length; e++) {
            if (blocked[e] > 0) {
                active[activeCount++] = e;
                for (int i = 0; i < m.p; i++) {
                    rowRestricted[i] |= all[e].touchesRow(i);
                }
            }
        }
        cacheFlowFactors();
    }

    /** Evaluates {@link #factor} once per flow of every restricted supplier; grows the cache only when it must. */
    private void cacheFlowFactors() {
        int[] rowStart = m.zRowStart;
        int size = 0;
        for (int i = 0; i < m.p; i++) {
            if (rowRestricted[i]) {
                flowBase[i] = size - rowStart[i];
                size += rowStart[i + 1] - rowStart[i];
            }
        }
        if (size > flowFactors.length) {
            flowFactors = new double[size];
        }
        for (int i = 0; i < m.p; i++) {
            if (rowRestricted[i]) {
                for (int k = rowStart[i]; k < rowStart[i + 1]; k++) {
                    flowFactors[flowBase[i] + k] = factor(i, m.zColumns[k]);
                }
            }
        }
    }

    /** True if some restriction blocks something at the step last prepared. */
    boolean anyInForce() {
        return activeCount > 0;
    }

    /** True if the last {@link #prepare} changed what is blocked (always true the first time). */
    boolean changed() {
        return changed;
    }

    /** True if some restriction in force touches industry i's sales. */
    boolean restricted(int i) {
        return rowRestricted[i];
    }

    /** Share of the flow from industry i to industry j that can be bought now. */
    double factor(int i, int j) {
        if (!rowRestricted[i]) {
            return 1;
        }
        double a = 1;
        for (int n = 0; n < activeCount; n++) {
            int e = active[n];
            a *= 1 - blocked[e] * all[e].mask(i, j);
        }
        return a;
    }

    /** {@link #factor} of flow k of Z, which industry i sells: the value prepared for this step. */
    double flowFactor(int i, int k) {
        return rowRestricted[i] ? flowFactors[flowBase[i] + k] : 1;
    }

    /** Share of industry i's sales to final-demand column q that can be bought now. */
    double columnFactor(int i, int q) {
        if (!rowRestricted[i]) {
            return 1;
        }
        double a = 1;
        for (int n = 0; n < activeCount; n++) {
            int e = active[n];
            a *= 1 - blocked[e] * all[e].columnMask(i, q);
        }
        return a;
    }

    static boolean[] mask(int[] indices, int n) {
        boolean[] mask = new boolean[n];
        for (int i : indices) {
            if (i < 0 || i >= n) {
                throw new IllegalArgumentException("event names industry " + i + ", the table has " + n);
            }
            mask[i] = true;
        }
        return mask;
    }

    /**
     * The restrictions of an export control: one, {@code blockedAt(t) · reach(i)} on the flows to
     * target buyers, when every target has the default approval rate; otherwise two, before and
     * after licences, the second weighted by each buyer's {@code 1 − approval}.
     */
    static List<Restriction> exportControl(Event.ExportControl c, ArioModel m) {
        mask(c.industries(), m.p);
        if (c.targetBuyers().length != m.p || c.targetColumns().length != m.q) {
            throw new IllegalArgumentException(
                    "export control targets must cover " + m.p + " industries and " + m.q + " final-demand columns");
        }
        double[] reach = new double[m.p];
        for (int n = 0; n < c.industries().length; n++) {
            reach[c.industries()[n]] = c.reach()[n];
        }
        if (!c.approvalByBuyer()) {
            return List.of(controlled(c::blockedAt, reach, c.targetBuyers(), c.targetColumns(), null, null));
        }
        double[] buyerOpen = open(c.buyerApproval());
        double[] columnOpen = open(c.columnApproval());
        return List.of(
                controlled(c::blockedBeforeLicencesAt, reach, c.targetBuyers(), c.targetColumns(), null, null),
                controlled(
                        c::blockedAfterLicencesAt, reach, c.targetBuyers(), c.targetColumns(), buyerOpen, columnOpen));
    }

    private static double[] open(double[] approval) {
        double[] open = new double[approval.length];
        for (int k = 0; k < open.length; k++) {
            open[k] = 1 - approval[k];
        }
        return open;
    }

    /** Flows from industries with reach > 0 to target buyers, weighted by reach and (when given) by the buyer's weight. */
    private static Restriction controlled(
            IntToDoubleFunction blocked,
            double[] reach,
            boolean[] buyers,
            boolean[] columns,
            double[] buyerWeight,
            double[] columnWeight) {
        return new Restriction() {
            @Override
            public double blockedAt(int t) {
                return blocked.applyAsDouble(t);
            }

            @Override
            public boolean touchesRow(int i) {
                return reach[i] > 0;
            }

            @Override
            public double mask(int i, int j) {
                return buyers[j] ? (buyerWeight == null ? reach[i] : reach[i] * buyerWeight[j]) : 0;
            }

            @Override
            public double columnMask(int i, int q) {
                return columns[q] ? (columnWeight == null ? reach[i] : reach[i] * columnWeight[q]) : 0;
            }
        };
    }

    static Restriction logistics(Event.LogisticsDisruption d, ArioModel m) {
        boolean[] exporters = mask(d.industries(), m.p);
        double[][] share = d.routeShare();
        if (share.length != m.regions || Arrays.stream(share).anyMatch(row -> row.length != m.regions)) {
            throw new IllegalArgumentException(
                    "route shares must be a " + m.regions + " x " + m.regions + " matrix of regions");
        }
        return new Restriction() {
            @Override
            public double blockedAt(int t) {
                return d.blockedAt(t);
            }

            @Override
            public boolean touchesRow(int i) {
                return exporters[i];
            }

            @Override
            public double mask(int i, int j) {
                return share[m.regionOf[i]][m.regionOf[j]];
            }

            @Override
            public double columnMask(int i, int q) {
                return share[m.regionOf[i]][m.columnRegionOf[q]];
            }
        };
    }
}
