package org.lodestone.planner.supply;

import java.util.Arrays;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import org.lodestone.core.mrio.SwitchingLag;
import org.lodestone.planner.lp.LpModel;
import org.lodestone.planner.lp.Terms;

/**
 * Supplier qualification in the linear model (docs/plan-format.md, "Supplier qualification"): the
 * engine's {@code SupplierSwitching} lets a buyer re-order only the share
 * {@code q(d) = min(1, (d − t₀) / T)} of the volume a restriction blocks from the suppliers no
 * restriction touches, T the product's lag ({@code qualification.csv}) and t₀ the first day a
 * restriction blocks part of what that buyer (industry or final-demand column) gets of the
 * product. The linear model takes q̄, the average of q over the period's days from t₀ on, and
 *
 * <ul>
 *   <li>re-orders q̄ × the blocked baseline volume ({@link Resourcing}), not all of it;
 *   <li>bounds what a blocked buyer of a lagged product takes from the suppliers nothing blocks
 *       beyond its usual share, re-orders and pool draws together ({@link #addCap}), by
 *       {@code (F + q̄ B) κ − F}: F the baseline volume of its open flows, B of its blocked ones,
 *       and κ = α_max (1 + days × r) the most the engine's buyer can order per unit of baseline use
 *       (output at most α_max × X0, its inventory gap, at most its target of {@code days} days of
 *       use, refilled at the rate r = 1 / τ of the product's restoration time).
 * </ul>
 *
 * A product without a lag keeps the model without this (re-orders at once, draws unbounded).
 * Where it approximates: the engine counts q from the step orders are delivered and re-orders what
 * each buyer needs step by step; the linear model re-orders at baseline volumes and averages q
 * over periods.
 */
final class Qualification {

    private final Shocks shocks;
    private final Periods periods;
    /** Per product: its lag in days, NaN without one. */
    private final double[] lag;

    private final Map<Long, Integer> since = new HashMap<>();

    Qualification(Shocks shocks, Periods periods, List<SwitchingLag> lags) {
        this.shocks = shocks;
        this.periods = periods;
        this.lag = new double[lags.stream().mapToInt(SwitchingLag::sector).max().orElse(-1) + 1];
        Arrays.fill(lag, Double.NaN);
        lags.forEach(l -> lag[l.sector()] = l.days());
    }

    /** True if the product has a lag. */
    boolean lagged(int product) {
        return product < lag.length && !Double.isNaN(lag[product]);
    }

    /** q̄ of buyer j's input {@code in} in period t: 1 for a product without a lag, 0 before its first block. */
    double reached(int j, SupplyNetwork.Input in, int t) {
        if (!lagged(in.product())) {
            return 1;
        }
        int first = since.computeIfAbsent(SupplyNetwork.key(j, in.product()), key -> {
            int day = Integer.MAX_VALUE;
            for (int i : in.suppliers()) {
                day = Math.min(day, shocks.firstBlockedDay(i, j));
            }
            return day;
        });
        return average(lag[in.product()], first, t);
    }

    /** q̄ of final-demand column {@code column} for {@code product} in period t, its clock started on {@code first}. */
    double columnReached(int product, int first, int t) {
        return lagged(product) ? average(lag[product], first, t) : 0;
    }

    /** The average of q over period t's days from {@code first} on (0 if the period ends before it). */
    double average(double days, int first, int t) {
        int from = Math.max(first, periods.start(t));
        int to = periods.start(t) + periods.length(t);
        if (first == Integer.MAX_VALUE || from >= to) {
            return 0;
        }
        double sum = 0;
        for (int d = from; d < to; d++) {
            sum += days == 0 ? 1 : Math.min(1, (d - first) / days);
        }
        return sum / (to - from);
    }

    /**
     * Adds the cap on what a blocked buyer takes beyond its usual share of the open suppliers in one
     * period: re-order receipts + pool draws ≤ (F + q̄ B) κ − F.
     *
     * @param beyond  the buyer's re-order receipts and pool draws, per day
     * @param open    F, the baseline daily volume of its flows nothing blocks in the period
     * @param blocked B, the blocked baseline daily volume in the period
     * @param reached q̄ in the period
     * @param kappa   κ, the most the buyer can order per unit of baseline use
     */
    static void addCap(
            LpModel lp, String name, Terms beyond, double open, double blocked, double reached, double kappa) {
        if (beyond.isEmpty() || blocked <= 0) {
            return;
        }
        lp.row(name + " qualification", Double.NEGATIVE_INFINITY, (open + reached * blocked) * kappa - open, beyond);
    }

    /** The baseline volume of buyer j's input that restrictions block in period t (per day). */
    double blockedVolume(int j, SupplyNetwork.Input in, int t) {
        double volume = 0;
        for (int k = 0; k < in.suppliers().length; k++) {
            volume += in.dailyFlows()[k] * shocks.blocked(in.suppliers()[k], j, t);
        }
        return volume;
    }

    /** The baseline volume of buyer j's flows of {@code in} from suppliers nothing blocks from it in period t (per day). */
    double openVolume(int j, SupplyNetwork.Input in, int t) {
        double open = 0;
        for (int k = 0; k < in.suppliers().length; k++) {
            if (shocks.blocked(in.suppliers()[k], j, t) == 0) {
                open += in.dailyFlows()[k];
            }
        }
        return open;
    }
}
