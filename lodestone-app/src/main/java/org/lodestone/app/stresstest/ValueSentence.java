package org.lodestone.app.stresstest;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.lodestone.core.shortfall.Role;

/**
 * The brief's sentence on value at risk: the scenario that puts the most of the members' value
 * added at risk (units of every final measure not delivered, valued by {@code values.csv}), the
 * measure most of it comes from and the members that lose most.
 */
final class ValueSentence {

    /** How many members the sentence names. */
    static final int MEMBERS_NAMED = 2;

    private ValueSentence() {}

    /** The coalition's value added at risk in {@code s}, when its measures are valued in one price year. */
    static Optional<MeasureOutcome.ValueAtRisk> coalition(StressTestResult result, ScenarioResult s) {
        return Optional.ofNullable(FinalMeasures.totals(s.measures())
                .get(result.scope().coalition().id()));
    }

    /** The sentence, or nothing when no scenario puts valued output at risk. */
    static Optional<String> of(StressTestResult result) {
        return result.scenarios().stream()
                .filter(s ->
                        coalition(result, s).map(v -> v.valueAddedUsd() > 0).orElse(false))
                .max(Comparator.comparingDouble(
                        s -> coalition(result, s).orElseThrow().valueAddedUsd()))
                .map(s -> sentence(result, s));
    }

    /** {@code USD 2.18 bn}. */
    static String usd(MeasureOutcome.ValueAtRisk v) {
        return "USD " + MeasureTable.scaled(v.valueAddedUsd());
    }

    private static String sentence(StressTestResult result, ScenarioResult s) {
        MeasureOutcome.ValueAtRisk total = coalition(result, s).orElseThrow();
        String measure = s.measures().stream()
                .filter(m -> m.role() == Role.COALITION && m.valueAtRisk().isPresent())
                .max(Comparator.comparingDouble(
                        m -> m.valueAtRisk().orElseThrow().valueAddedUsd()))
                .map(m -> m.measure().id().value())
                .orElseThrow();
        List<String> named = new ArrayList<>();
        FinalMeasures.totals(s.measures()).entrySet().stream()
                .filter(e -> !e.getKey().equals(result.scope().coalition().id()))
                .filter(e -> e.getValue().valueAddedUsd() > 0)
                .sorted(Map.Entry.<String, MeasureOutcome.ValueAtRisk>comparingByValue(
                                Comparator.comparingDouble(MeasureOutcome.ValueAtRisk::valueAddedUsd))
                        .reversed())
                .limit(MEMBERS_NAMED)
                .forEach(e -> named.add(
                        Brief.regionName(result, e.getKey()) + " (" + e.getKey() + ", " + usd(e.getValue()) + ")"));
        return s.entry().name() + " puts " + usd(total) + " at " + total.priceYear()
                + " prices of the members' value added at risk over its "
                + s.entry().scenario().horizon()
                + " days, most of it from " + measure
                + (named.isEmpty() ? "" : "; the members that lose most are " + Brief.join(named)) + ".";
    }
}
