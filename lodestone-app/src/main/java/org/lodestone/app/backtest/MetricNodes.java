package org.lodestone.app.backtest;

import java.util.ArrayList;
import java.util.List;
import java.util.Set;
import java.util.TreeSet;
import org.lodestone.core.backtest.ObservedMetric;
import org.lodestone.core.binding.Suggestions;
import org.lodestone.core.mrio.Industry;
import org.lodestone.core.mrio.IoTable;
import org.lodestone.io.backtest.Episode;
import org.lodestone.io.problem.Location;
import org.lodestone.io.problem.Problems;

/**
 * Finds the industries (region × commodity nodes) an observed metric measures in a table, and
 * records a located problem for a commodity or region the table does not have.
 */
final class MetricNodes {

    private MetricNodes() {}

    /**
     * The industries of the metric's commodity in its regions (every producer when it names none).
     * Flows only have their regions checked, and get none ({@link FlowSeries} watches them). Empty, with problems
     * recorded, when names are unknown.
     */
    static int[] of(Episode.Metric located, IoTable table, Problems problems) {
        ObservedMetric metric = located.observed();
        Location at = located.at();
        if (!table.sectors().contains(metric.commodity())) {
            problems.error(
                    at,
                    "commodity",
                    metric.commodity(),
                    "is not a commodity of the dataset",
                    "one of the dataset's commodities, or list it under requires: when the dataset may lack it",
                    Suggestions.hint(metric.commodity(), Set.copyOf(table.sectors())));
            return new int[0];
        }
        Set<String> producers = new TreeSet<>();
        for (Industry industry : table.industries()) {
            if (industry.sector().equals(metric.commodity())) {
                producers.add(industry.region());
            }
        }
        if (metric.kind().isFlow()) {
            Set<String> regions = Set.copyOf(table.regions());
            metric.regions().forEach(r -> checkRegion(at, "regions", r, regions, "a region", problems));
            metric.importers().forEach(r -> checkRegion(at, "importers", r, regions, "a region", problems));
            return new int[0];
        }
        List<Integer> industries = new ArrayList<>();
        for (String region : metric.regions().isEmpty() ? producers : metric.regions()) {
            if (checkRegion(at, "regions", region, producers, "a producer of " + metric.commodity(), problems)) {
                industries.add(table.indexOf(region, metric.commodity()));
            }
        }
        return industries.stream().mapToInt(Integer::intValue).toArray();
    }

    private static boolean checkRegion(
            Location at, String field, String region, Set<String> valid, String expected, Problems problems) {
        if (valid.contains(region)) {
            return true;
        }
        problems.error(
                at,
                field,
                region,
                "is not " + expected + " in the dataset",
                "one of " + String.join(", ", valid),
                Suggestions.hint(region, valid));
        return false;
    }
}
