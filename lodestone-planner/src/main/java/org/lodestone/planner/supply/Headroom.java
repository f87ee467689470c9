package org.lodestone.planner.supply;

import java.util.HashMap;
import java.util.List;
import java.util.Map;
import org.lodestone.core.ario.ArioParameters;
import org.lodestone.core.mrio.ProducerSpare;
import org.lodestone.core.shock.Event;

/**
 * Extra output a node can make above its baseline, as a share of it, per period
 * (docs/plan-format.md, "Spare capacity"). A producer without a row of {@code spare_capacity.csv}
 * has the scenario's {@code alpha-max} − 1 from day 0, as before. A producer with a row has the
 * engine's ceiling α_max = max(α_b, 1 + spare share) and its ramp: ARIO's overproduction
 * {@code α ← α + (α_max − α) · ζ / τ} with τ the row's ramp days moves α at most as fast as when
 * the producer's whole demand is unmet (ζ = 1), so from α_b at the scenario's first event day e,
 * {@code α(d) ≤ α_max − (α_max − α_b) · (1 − 1/τ)^(d − e)}. The linear model takes that bound,
 * averaged over the period's days: optimistic where the engine's producer meets part of its
 * demand, or is short later than the first event.
 */
final class Headroom {

    private final ArioParameters parameters;
    private final Periods periods;
    private final int firstEvent;
    private final Map<Integer, ProducerSpare> rows = new HashMap<>();

    Headroom(ArioParameters parameters, Periods periods, List<Event> events, List<ProducerSpare> spares) {
        this.parameters = parameters;
        this.periods = periods;
        this.firstEvent = events.stream().mapToInt(Event::start).min().orElse(Integer.MAX_VALUE);
        spares.forEach(s -> rows.put(s.industry(), s));
    }

    /** The node's ceiling α_max: its row's, else the scenario's. */
    double alphaMax(int node) {
        ProducerSpare row = rows.get(node);
        return row == null ? parameters.alphaMax() : Math.max(parameters.alphaBase(), 1 + row.spareShare());
    }

    /** The node's extra output in period t as a share of its baseline, averaged over the period's days, ≥ 0. */
    double share(int node, int t) {
        ProducerSpare row = rows.get(node);
        if (row == null) {
            return Math.max(0, parameters.alphaMax() - 1);
        }
        double max = alphaMax(node);
        double base = parameters.alphaBase();
        double sum = 0;
        for (int d = periods.start(t); d < periods.start(t) + periods.length(t); d++) {
            double alpha =
                    d <= firstEvent ? base : max - (max - base) * Math.pow(1 - 1 / row.rampDays(), d - firstEvent);
            sum += Math.max(0, alpha - 1);
        }
        return sum / periods.length(t);
    }
}
