package org.lodestone.core.ario;

import java.util.Arrays;
import java.util.List;
import org.lodestone.core.shock.Event;

/**
 * Which share of each flow can be bought at one step, under export controls and logistics
 * disruptions: {@code factor(i, j) = Π_e (1 − blocked_e(t) · mask_e(i, j))} over the restrictions
 * in force, 1 for every flow none of them touches. A buyer orders at most that share of its usual
 * order from the supplier, the blocked rest from suppliers no restriction touches
 * ({@link FlowPasses}), and final demand that cannot be bought goes unmet, unless final buyers
 * re-source it ({@link SupplierSwitching}).
 *
 * <p>Cost: O(P · restrictions in force) to prepare a step, with no allocation; a flow whose
 * supplier no restriction touches costs one array read.
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
    /** False when the last {@link #prepare} found every restriction blocking what it blocked the step before. */
    private boolean changed = true;

    private boolean prepared;

    Availability(ArioModel model, List<Restriction> restrictions) {
        this.m = model;
        this.all = restrictions.toArray(new Restriction[0]);
        this.blocked = new double[all.length];
        this.rowRestricted = new boolean[model.p];
        this.active = new int[all.length];
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

    static Restriction exportControl(Event.ExportControl c, ArioModel m) {
        boolean[] controlled = mask(c.industries(), m.p);
        if (c.targetBuyers().length != m.p || c.targetColumns().length != m.q) {
            throw new IllegalArgumentException(
                    "export control targets must cover " + m.p + " industries and " + m.q + " final-demand columns");
        }
        return new Restriction() {
            @Override
            public double blockedAt(int t) {
                return c.blockedAt(t);
            }

            @Override
            public boolean touchesRow(int i) {
                return controlled[i];
            }

            @Override
            public double mask(int i, int j) {
                return controlled[i] && c.targetBuyers()[j] ? 1 : 0;
            }

            @Override
            public double columnMask(int i, int q) {
                return controlled[i] && c.targetColumns()[q] ? 1 : 0;
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
