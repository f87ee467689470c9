package org.lodestone.planner.supply;

import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import org.lodestone.core.mrio.SparseMatrix;
import org.lodestone.core.shock.Event;

/**
 * A scenario's events as period averages, the form the linear model uses: the blocked share of
 * each flow, the capacity lost by each node, the final demand each node can sell, and the stock
 * released. Each day's figure is the one the engine applies at that step, read from the bound
 * events ({@link Event.ExportControl#blockedAt(int, int, double)}, per controlled industry's
 * reach and buyer's approval rate, {@link Event.LogisticsDisruption#blockedAt},
 * {@link Event.CapacityLoss#lostAt}, {@link Event.DemandShock#factorAt},
 * {@link Event.StockRelease#releasedAt}) and combined as the engine combines them: restrictions
 * multiply what can be bought, {@code 1 − Π (1 − blocked · mask)}; capacity losses on one node take
 * the largest; demand factors multiply. Averages are taken over the days of a period.
 */
final class Shocks {

    private final SupplyNetwork network;
    private final Periods periods;
    private final ShockKinds kinds;
    /** Node → capacity lost per day, for the nodes some capacity-loss event hits. */
    private final Map<Integer, double[]> lost = new TreeMap<>();

    Shocks(SupplyNetwork network, Periods periods, List<Event> events) {
        this.network = network;
        this.periods = periods;
        this.kinds = ShockKinds.of(events);
        for (Event.CapacityLoss l : kinds.losses) {
            for (int n = 0; n < l.industries().length; n++) {
                double[] days = lost.computeIfAbsent(l.industries()[n], i -> new double[periods.horizon()]);
                for (int d = 0; d < days.length; d++) {
                    days[d] = Math.max(days[d], l.lostAt(n, d));
                }
            }
        }
    }

    /** Average blocked share of the flow supplier → buyer (a node, possibly a planned one) over period t, in [0, 1]. */
    double blocked(int supplier, int buyer, int t) {
        if (!restricted(supplier)) {
            return 0;
        }
        double sum = 0;
        for (int d = periods.start(t); d < periods.start(t) + periods.length(t); d++) {
            sum += 1 - openOn(supplier, buyer, d);
        }
        return sum / periods.length(t);
    }

    /** True if some export control or logistics disruption restricts the supplier's deliveries. */
    boolean restricted(int supplier) {
        return kinds.controls.stream().anyMatch(c -> contains(c.industries(), supplier))
                || kinds.logistics.stream().anyMatch(l -> contains(l.industries(), supplier));
    }

    /** True if the flow supplier → buyer is blocked, at least in part, on some day. */
    boolean everBlocked(int supplier, int buyer) {
        if (!restricted(supplier)) {
            return false;
        }
        for (int t = 0; t < periods.count(); t++) {
            if (blocked(supplier, buyer, t) > 0) {
                return true;
            }
        }
        return false;
    }

    /** The first day a restriction blocks part of the flow supplier → buyer, or {@link Integer#MAX_VALUE} if none does. */
    int firstBlockedDay(int supplier, int buyer) {
        if (!everBlocked(supplier, buyer)) {
            return Integer.MAX_VALUE;
        }
        for (int d = 0; d < periods.horizon(); d++) {
            if (openOn(supplier, buyer, d) < 1) {
                return d;
            }
        }
        return Integer.MAX_VALUE;
    }

    /** Average share of final-demand column q's purchases from the node that restrictions block over period t. */
    double columnBlocked(int node, int column, int t) {
        if (!restricted(node)) {
            return 0;
        }
        double sum = 0;
        for (int d = periods.start(t); d < periods.start(t) + periods.length(t); d++) {
            sum += 1 - columnOpenOn(node, column, d);
        }
        return sum / periods.length(t);
    }

    /** The first day a restriction blocks part of column q's purchases from the node, or {@link Integer#MAX_VALUE}. */
    int firstColumnBlockedDay(int node, int column) {
        if (!restricted(node)) {
            return Integer.MAX_VALUE;
        }
        for (int d = 0; d < periods.horizon(); d++) {
            if (columnOpenOn(node, column, d) < 1) {
                return d;
            }
        }
        return Integer.MAX_VALUE;
    }

    /** The share of the flow supplier → buyer that can be bought on a day, as the engine's availability. */
    private double openOn(int supplier, int buyer, int day) {
        double open = 1;
        for (Event.ExportControl c : kinds.controls) {
            int n = indexOf(c.industries(), supplier);
            if (n >= 0 && network.targeted(c.targetBuyers(), buyer)) {
                open *= 1 - c.blockedAt(day, n, approval(c, buyer));
            }
        }
        for (Event.LogisticsDisruption l : kinds.logistics) {
            if (contains(l.industries(), supplier)) {
                double share = l.routeShare()[network.regionIndex(supplier)][network.regionIndex(buyer)];
                open *= 1 - l.blockedAt(day) * share;
            }
        }
        return open;
    }

    /** The share of final-demand column q's purchases from the node that can be bought on a day. */
    private double columnOpenOn(int node, int column, int day) {
        double open = 1;
        for (Event.ExportControl c : kinds.controls) {
            int n = indexOf(c.industries(), node);
            if (n >= 0 && c.targetColumns()[column]) {
                open *= 1 - c.blockedAt(day, n, c.columnApproval()[column]);
            }
        }
        for (Event.LogisticsDisruption l : kinds.logistics) {
            if (contains(l.industries(), node)) {
                double share = l.routeShare()[network.regionIndex(node)][network.columnRegionIndex(column)];
                open *= 1 - l.blockedAt(day) * share;
            }
        }
        return open;
    }

    /** Average share of the node's capacity lost over period t: the largest capacity loss of each day. */
    double loss(int node, int t) {
        double[] days = lost.get(node);
        if (days == null) {
            return 0;
        }
        double sum = 0;
        for (int d = periods.start(t); d < periods.start(t) + periods.length(t); d++) {
            sum += days[d];
        }
        return sum / periods.length(t);
    }

    /**
     * The node's final demand that can be bought, per day on average over period t: every column's
     * baseline purchase × the demand factors of the shocks that name the node and the column × the
     * share no restriction blocks (0 for a planned node, which has no final demand).
     */
    double finalDemand(int node, int t) {
        if (node >= network.tableNodes()) {
            return 0;
        }
        SparseMatrix y = network.table().y();
        double sum = 0;
        for (int d = periods.start(t); d < periods.start(t) + periods.length(t); d++) {
            for (int k = y.rowStart()[node]; k < y.rowStart()[node + 1]; k++) {
                int column = y.columns()[k];
                sum += y.values()[k] * demandFactor(node, column, d) * columnOpenOn(node, column, d);
            }
        }
        return sum / SupplyNetwork.DAYS_PER_YEAR / periods.length(t);
    }

    private double demandFactor(int node, int column, int day) {
        double factor = 1;
        for (Event.DemandShock s : kinds.demand) {
            if (s.columns()[column] && contains(s.industries(), node)) {
                factor *= s.factorAt(day);
            }
        }
        return factor;
    }

    /** Units of each product released per buyer node over period t by the scenario's stock-release events: (node, product) → units. */
    Map<Long, Double> released(int t) {
        Map<Long, Double> units = new TreeMap<>();
        for (Event.StockRelease r : kinds.releases) {
            double total = 0;
            for (int d = periods.start(t); d < periods.start(t) + periods.length(t); d++) {
                total += r.releasedAt(d);
            }
            double use = 0;
            for (int j : r.industries()) {
                use += network.baselineUse(j, r.product());
            }
            for (int j : r.industries()) {
                double share = use > 0 ? network.baselineUse(j, r.product()) / use : 1.0 / r.industries().length;
                units.merge(SupplyNetwork.key(j, r.product()), total * share, Double::sum);
            }
        }
        return units;
    }

    /**
     * The approval rate of the buyer's purchases under control c: a table node's own; a planned
     * node takes that of the first target node of its region (its end use is not known).
     */
    private double approval(Event.ExportControl c, int buyer) {
        if (buyer < network.tableNodes()) {
            return c.buyerApproval()[buyer];
        }
        for (int j = 0; j < network.tableNodes(); j++) {
            if (c.targetBuyers()[j] && network.regionIndex(j) == network.regionIndex(buyer)) {
                return c.buyerApproval()[j];
            }
        }
        return c.approvalRate();
    }

    private static int indexOf(int[] values, int value) {
        for (int n = 0; n < values.length; n++) {
            if (values[n] == value) {
                return n;
            }
        }
        return -1;
    }

    private static boolean contains(int[] values, int value) {
        for (int v : values) {
            if (v == value) {
                return true;
            }
        }
        return false;
    }
}
