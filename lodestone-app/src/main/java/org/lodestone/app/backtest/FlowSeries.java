package org.lodestone.app.backtest;

import java.util.ArrayList;
import java.util.List;
import java.util.Set;
import java.util.TreeSet;
import org.lodestone.core.ario.ArioRun;
import org.lodestone.core.ario.FlowDelivered;
import org.lodestone.core.ario.FlowWatch;
import org.lodestone.core.backtest.ObservedMetric;
import org.lodestone.core.mrio.Industry;
import org.lodestone.core.mrio.IoTable;

/**
 * Records the flows of the flow and share-blocked metrics of an episode, per day relative to their
 * baseline: Σ delivered / Σ baseline over the metric's watches. A metric whose importers are
 * {@code all} measures each exporter's exports (every other region, final buyers included); one
 * that names importers, the exporters' deliveries to them.
 */
final class FlowSeries {

    private final List<List<FlowWatch>> watches;
    private final List<double[]> delivered = new ArrayList<>();
    private final List<double[]> baseline = new ArrayList<>();

    /** @param watches per metric, the watches whose sum it measures (none for a metric that is not a flow) */
    FlowSeries(List<List<FlowWatch>> watches, int steps) {
        this.watches = List.copyOf(watches);
        watches.forEach(w -> {
            delivered.add(new double[steps]);
            baseline.add(new double[steps]);
        });
    }

    /**
     * The watches of a flow metric on {@code table}: its exporters that make the commodity (every
     * producer when it names none) to its importers; empty when no exporter makes it.
     */
    static List<FlowWatch> of(ObservedMetric metric, IoTable table) {
        Set<String> producers = new TreeSet<>();
        for (Industry industry : table.industries()) {
            if (industry.sector().equals(metric.commodity())) {
                producers.add(industry.region());
            }
        }
        if (!metric.regions().isEmpty()) {
            producers.retainAll(metric.regions());
        }
        if (producers.isEmpty()) {
            return List.of();
        }
        if (!metric.importers().isEmpty()) {
            return List.of(FlowWatch.between(table, metric.commodity(), producers, metric.importers()));
        }
        return producers.stream()
                .map(r -> FlowWatch.between(table, metric.commodity(), List.of(r), List.of()))
                .toList();
    }

    /** Subscribes every watch to {@code run}. */
    void subscribe(ArioRun run) {
        for (int m = 0; m < watches.size(); m++) {
            double[] sum = delivered.get(m);
            double[] base = baseline.get(m);
            for (FlowWatch w : watches.get(m)) {
                run.onFlowDelivered(w, (FlowDelivered f) -> {
                    if (f.step() < sum.length) {
                        sum[f.step()] += f.delivered();
                        base[f.step()] += f.baseline();
                    }
                });
            }
        }
    }

    /** Metric m's flow relative to its baseline for the first {@code steps} days (1 where the baseline is 0). */
    double[] series(int m, int steps) {
        double[] relative = new double[steps];
        for (int t = 0; t < steps; t++) {
            double base = baseline.get(m)[t];
            relative[t] = base == 0 ? 1 : delivered.get(m)[t] / base;
        }
        return relative;
    }
}
