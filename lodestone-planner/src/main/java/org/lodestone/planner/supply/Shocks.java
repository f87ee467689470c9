package org.lodestone.planner.supply;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import org.lodestone.core.shock.Event;

/**
 * A scenario's events as period averages, the form the linear model uses: the blocked share of
 * each flow, the capacity lost by each node, the final-demand factor and stock released. Averages
 * are taken over the days of a period; capacity lost recovers linearly over its τ after the event
 * (the engine's curves are approximated by a straight line), one day after it happens as in the engine.
 */
final class Shocks {

    private final SupplyNetwork network;
    private final Periods periods;
    private final List<Event.ExportControl> controls = new ArrayList<>();
    private final List<Event.LogisticsDisruption> logistics = new ArrayList<>();
    private final List<Event.CapacityLoss> losses = new ArrayList<>();
    private final List<Event.DemandShock> demand = new ArrayList<>();
    private final List<Event.StockRelease> releases = new ArrayList<>();

    Shocks(SupplyNetwork network, Periods periods, List<Event> events) {
        this.network = network;
        this.periods = periods;
        for (Event e : events) {
            if (e instanceof Event.ExportControl c) {
                controls.add(c);
            } else if (e instanceof Event.LogisticsDisruption l) {
                logistics.add(l);
            } else if (e instanceof Event.CapacityLoss l) {
                losses.add(l);
            } else if (e instanceof Event.DemandShock d) {
                demand.add(d);
            } else if (e instanceof Event.StockRelease r) {
                releases.add(r);
            } else {
                throw new IllegalArgumentException("the planner cannot model "
                        + e.getClass().getSimpleName() + " events (capital is not given by physical datasets)");
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
            sum += Math.min(1, blockedOn(supplier, buyer, d));
        }
        return sum / periods.length(t);
    }

    /** True if some export control or logistics disruption restricts the supplier's deliveries. */
    boolean restricted(int supplier) {
        return controls.stream().anyMatch(c -> contains(c.industries(), supplier))
                || logistics.stream().anyMatch(l -> contains(l.industries(), supplier));
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

    private double blockedOn(int supplier, int buyer, int day) {
        double share = 0;
        for (Event.ExportControl c : controls) {
            if (contains(c.industries(), supplier) && network.targeted(c.targetBuyers(), buyer)) {
                share += c.blockedAt(day);
            }
        }
        for (Event.LogisticsDisruption l : logistics) {
            if (contains(l.industries(), supplier)) {
                share += l.blockedAt(day) * l.routeShare()[network.regionIndex(supplier)][network.regionIndex(buyer)];
            }
        }
        return share;
    }

    /** Average share of node i's capacity lost over period t. */
    double loss(int node, int t) {
        double sum = 0;
        for (Event.CapacityLoss l : losses) {
            for (int k = 0; k < l.industries().length; k++) {
                if (l.industries()[k] == node) {
                    for (int d = periods.start(t); d < periods.start(t) + periods.length(t); d++) {
                        sum += lossOn(l, l.fractions()[k], d);
                    }
                }
            }
        }
        return Math.min(1, sum / periods.length(t));
    }

    private static double lossOn(Event.CapacityLoss l, double fraction, int day) {
        int from = l.start() + 1;
        int recoveryStart = from + l.duration();
        if (day < from) {
            return 0;
        }
        return day < recoveryStart ? fraction : fraction * Math.max(0, 1 - (day - recoveryStart) / l.tau());
    }

    /** Average factor on the final demand node i serves over period t (1 without a demand shock). */
    double demandFactor(int node, int t) {
        double sum = 0;
        for (int d = periods.start(t); d < periods.start(t) + periods.length(t); d++) {
            double factor = 1;
            for (Event.DemandShock s : demand) {
                if (contains(s.industries(), node) && d >= s.start() && d < s.start() + s.duration()) {
                    factor *= s.factor();
                }
            }
            sum += factor;
        }
        return sum / periods.length(t);
    }

    /** Units of each product released per buyer node over period t by the scenario's stock-release events: (node, product) → units. */
    Map<Long, Double> released(int t) {
        Map<Long, Double> units = new TreeMap<>();
        for (Event.StockRelease r : releases) {
            int days = overlap(r.start(), r.start() + r.duration(), t);
            double use = 0;
            for (int j : r.industries()) {
                use += network.baselineUse(j, r.product());
            }
            for (int j : r.industries()) {
                double share = use > 0 ? network.baselineUse(j, r.product()) / use : 1.0 / r.industries().length;
                units.merge(SupplyNetwork.key(j, r.product()), r.perStep() * days * share, Double::sum);
            }
        }
        return units;
    }

    private int overlap(int from, int to, int t) {
        int a = Math.max(from, periods.start(t));
        int b = Math.min(to, periods.start(t) + periods.length(t));
        return Math.max(0, b - a);
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
