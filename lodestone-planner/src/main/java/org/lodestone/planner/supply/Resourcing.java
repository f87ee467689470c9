package org.lodestone.planner.supply;

import org.lodestone.core.mrio.SparseMatrix;

/**
 * What each buyer receives from each supplier's base output once blocked buyers re-order, as the
 * engine's proportional rationing shares it (docs/plan-format.md, "The model").
 *
 * <p>A buyer blocked from some suppliers of a product orders the blocked volume (at its baseline
 * flows; for a product with a qualification lag, the share q̄ of it reached, {@link Qualification})
 * from the suppliers of that product nothing blocks from it, in proportion to its baseline
 * flows from them; what no such supplier exists for is not ordered. A supplier k then faces orders
 * of {@code O = X0 · (1 − bs) + R + ΔF} a day, with {@code bs} the share of its output blocked from
 * its usual buyers, {@code R} the re-orders it receives and {@code ΔF} the change of the final
 * demand that can be bought from it ({@link Shocks#finalDemand}: demand shocks, blocked
 * final-demand columns; plus what final buyers re-source and order to refill their stocks,
 * {@link FinalBuyers}), and ships to every order the same fraction {@code ρ = min(1, X0 / O)} of
 * its base output's worth. The base output no order takes, {@code 1 − ρ O / X0} of it, is the
 * supplier's spare share: a pool any buyer
 * not blocked from it can draw on ({@link Pools}). Both are constants per supplier and period, so
 * receipts stay linear in the base output.
 */
final class Resourcing {

    /** Spare shares of output below this are round-off of sums of flows, not spare output. */
    static final double NEGLIGIBLE_SPARE = 1e-9;

    private final SupplyNetwork net;
    private final Shocks shocks;
    private final Qualification qualification;
    /** [period][supplier]: the fraction of every order the supplier's base output fills. */
    private final double[][] rationed;
    /** [period][supplier]: the share of its base output no order takes. */
    private final double[][] spare;

    Resourcing(SupplyNetwork net, Shocks shocks, Qualification qualification, double[][] finalOrders) {
        this.net = net;
        this.shocks = shocks;
        this.qualification = qualification;
        int periods = finalOrders.length;
        int n = net.nodes();
        this.rationed = new double[periods][n];
        this.spare = new double[periods][n];
        for (int t = 0; t < periods; t++) {
            double[] load = reorders(t);
            for (int k = 0; k < n; k++) {
                double x0 = net.x0(k);
                if (x0 <= 0) {
                    rationed[t][k] = 1;
                    continue;
                }
                double finalChange = shocks.finalDemand(k, t) - baselineFinalDemand(k) + finalOrders[t][k];
                double ordered = 1 - blockedShare(k, t) + (load[k] + finalChange) / x0;
                rationed[t][k] = ordered > 0 ? Math.min(1, 1 / ordered) : 1;
                spare[t][k] = spareShare(ordered);
            }
        }
    }

    /** The re-orders each supplier receives in period t, per day: the qualified share q̄ of every blocked volume. */
    private double[] reorders(int t) {
        double[] load = new double[net.nodes()];
        for (int j = 0; j < net.nodes(); j++) {
            for (SupplyNetwork.Input in : net.inputs(j)) {
                double moved = reordered(j, in, t);
                double open = qualification.openVolume(j, in, t);
                for (int k = 0; k < in.suppliers().length && moved > 0 && open > 0; k++) {
                    if (shocks.blocked(in.suppliers()[k], j, t) == 0) {
                        load[in.suppliers()[k]] += moved * in.dailyFlows()[k] / open;
                    }
                }
            }
        }
        return load;
    }

    /** What buyer j re-orders of {@code in} in period t, per day: q̄ × its blocked baseline volume. */
    private double reordered(int j, SupplyNetwork.Input in, int t) {
        double blocked = qualification.blockedVolume(j, in, t);
        return blocked > 0 ? qualification.reached(j, in, t) * blocked : 0;
    }

    /**
     * The share of a supplier's base output no order takes when orders are {@code ordered} times
     * its output: 0 when it is rationed (ρ · ordered = 1 exactly), else 1 − ordered. Computed as
     * 1 − ρ · ordered, a rationed supplier kept a round-off spare of 1e-16 that became a pool
     * coefficient; hundreds of those made GLOP's presolve call a feasible LP infeasible and its
     * simplex abort (docs/plan-format.md, "The model"). Shares below {@link #NEGLIGIBLE_SPARE} are
     * such round-off too, from sums of flows that should cancel.
     */
    static double spareShare(double ordered) {
        double share = ordered >= 1 ? 0 : 1 - ordered;
        return share < NEGLIGIBLE_SPARE ? 0 : share;
    }

    /**
     * Buyer j's receipt from its k-th supplier of {@code in} in period t, per unit of that
     * supplier's base output: its usual share less what is blocked, plus what it re-orders there,
     * both filled at the supplier's rationing fraction.
     */
    double receipt(int j, SupplyNetwork.Input in, int k, int t) {
        int i = in.suppliers()[k];
        double flow = in.dailyFlows()[k];
        double beta = shocks.blocked(i, j, t);
        return rationed[t][i] * (flow * (1 - beta) + reorderShare(j, in, k, t)) / net.x0(i);
    }

    /** The part of buyer j's receipt from its k-th supplier of {@code in} that is re-ordered, per unit of that supplier's base output. */
    double reorderReceipt(int j, SupplyNetwork.Input in, int k, int t) {
        return rationed[t][in.suppliers()[k]] * reorderShare(j, in, k, t) / net.x0(in.suppliers()[k]);
    }

    /** What buyer j re-orders of {@code in} at its k-th supplier in period t, per day (0 at a blocked one). */
    private double reorderShare(int j, SupplyNetwork.Input in, int k, int t) {
        if (shocks.blocked(in.suppliers()[k], j, t) > 0) {
            return 0;
        }
        double open = qualification.openVolume(j, in, t);
        return open > 0 ? reordered(j, in, t) * in.dailyFlows()[k] / open : 0;
    }

    /** The share of supplier i's base output in period t that no order takes. */
    double spare(int i, int t) {
        return spare[t][i];
    }

    /** Daily baseline final demand of node i: Σ_q Y[i,q] / 365 (0 for a planned node). */
    private double baselineFinalDemand(int i) {
        if (i >= net.tableNodes()) {
            return 0;
        }
        SparseMatrix y = net.table().y();
        double sum = 0;
        for (int e = y.rowStart()[i]; e < y.rowStart()[i + 1]; e++) {
            sum += y.values()[e];
        }
        return sum / SupplyNetwork.DAYS_PER_YEAR;
    }

    /** Σ_j Z[i,j]/365 · β_ij,t / X0_i: the share of supplier i's base output blocked from its usual buyers. */
    private double blockedShare(int i, int t) {
        SparseMatrix z = net.table().z();
        if (i >= net.table().size()) {
            return 0;
        }
        double blocked = 0;
        for (int e = z.rowStart()[i]; e < z.rowStart()[i + 1]; e++) {
            blocked += z.values()[e] / SupplyNetwork.DAYS_PER_YEAR * shocks.blocked(i, z.columns()[e], t);
        }
        return blocked / net.x0(i);
    }
}
