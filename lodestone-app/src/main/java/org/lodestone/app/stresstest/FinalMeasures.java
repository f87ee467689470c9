package org.lodestone.app.stresstest;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import org.lodestone.app.run.Scope;
import org.lodestone.core.model.Commodity;
import org.lodestone.core.model.RegionId;
import org.lodestone.core.model.UnitValue;
import org.lodestone.core.shortfall.Role;
import org.lodestone.core.shortfall.ShortfallMetrics;

/**
 * The outcome of every final measure ({@code final_measure=true} in {@code commodities.csv}) for
 * the coalition and for each member that makes it. A member's units not delivered are
 * Σ_t max(0, 1 − x_t / X0) × X0 over the days run; its value at risk is those units × the value
 * per unit × the value-added share of {@code values.csv} for its region. The coalition's units and
 * value are the sums over its members (units of one commodity only, never across commodities).
 */
final class FinalMeasures {

    private FinalMeasures() {}

    /** Outcomes by measure (dataset order), the coalition first, then each member with a node of it. */
    static List<MeasureOutcome> outcomes(Scope scope, OutputRecorder output) {
        List<MeasureOutcome> outcomes = new ArrayList<>();
        for (Commodity measure : scope.dataset().commodities()) {
            if (!measure.finalMeasure()) {
                continue;
            }
            List<MeasureOutcome> members = new ArrayList<>();
            for (String member : scope.members()) {
                int[] nodes = scope.nodes(measure.id().value(), Set.of(member));
                if (nodes.length > 0) {
                    members.add(member(scope, output, measure, member, nodes));
                }
            }
            if (!members.isEmpty()) {
                outcomes.add(coalition(scope, output, measure, members));
                outcomes.addAll(members);
            }
        }
        return outcomes;
    }

    private static MeasureOutcome member(
            Scope scope, OutputRecorder output, Commodity measure, String member, int[] nodes) {
        double[] series = output.series(nodes);
        double baseline = output.baseline(nodes);
        double lost = unitsLost(series, baseline);
        Optional<UnitValue> value = scope.dataset().value(measure.id(), RegionId.of(member));
        Optional<MeasureOutcome.ValueAtRisk> risk = value.map(v -> new MeasureOutcome.ValueAtRisk(
                lost * v.valueAddedPerUnitUsd(), lost * v.valuePerUnitUsd(), v.priceYear()));
        return new MeasureOutcome(measure, member, Role.MEMBER, ShortfallMetrics.of(series), baseline, lost, risk);
    }

    private static MeasureOutcome coalition(
            Scope scope, OutputRecorder output, Commodity measure, List<MeasureOutcome> members) {
        int[] nodes = scope.nodes(measure.id().value(), scope.members());
        double[] series = output.series(nodes);
        double lost = members.stream().mapToDouble(MeasureOutcome::unitsLost).sum();
        Optional<MeasureOutcome.ValueAtRisk> risk = Optional.empty();
        if (members.stream().allMatch(m -> m.valueAtRisk().isPresent())) {
            risk = sum(members.stream().map(m -> m.valueAtRisk().orElseThrow()).toList());
        }
        return new MeasureOutcome(
                measure,
                scope.coalition().id(),
                Role.COALITION,
                ShortfallMetrics.of(series),
                output.baseline(nodes),
                lost,
                risk);
    }

    /** Σ_t max(0, 1 − relative_t) × baseline: units below the baseline over the days run. */
    static double unitsLost(double[] relative, double baselinePerDay) {
        double days = 0;
        for (double r : relative) {
            days += Math.max(0, 1 - r);
        }
        return days * baselinePerDay;
    }

    /**
     * Value at risk per region over every measure: the coalition first, then each member, in the
     * order of {@code outcomes}; a region whose measures are valued in different price years, or
     * not at all, has no total.
     */
    static Map<String, MeasureOutcome.ValueAtRisk> totals(List<MeasureOutcome> outcomes) {
        Map<String, List<MeasureOutcome.ValueAtRisk>> byRegion = new LinkedHashMap<>();
        outcomes.stream()
                .sorted(Comparator.comparing(o -> o.role() != Role.COALITION))
                .forEach(o -> byRegion.computeIfAbsent(o.region(), r -> new ArrayList<>())
                        .addAll(o.valueAtRisk().stream().toList()));
        Map<String, MeasureOutcome.ValueAtRisk> totals = new LinkedHashMap<>();
        byRegion.forEach((region, values) -> sum(values).ifPresent(v -> totals.put(region, v)));
        return totals;
    }

    /** The sum, when there is at least one value and all share one price year. */
    static Optional<MeasureOutcome.ValueAtRisk> sum(List<MeasureOutcome.ValueAtRisk> values) {
        if (values.isEmpty()
                || values.stream()
                                .map(MeasureOutcome.ValueAtRisk::priceYear)
                                .distinct()
                                .count()
                        > 1) {
            return Optional.empty();
        }
        return values.stream().reduce(MeasureOutcome.ValueAtRisk::plus);
    }
}
