package org.lodestone.app.stresstest;

import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.lodestone.app.table.Csv;
import org.lodestone.core.shortfall.ShortfallMetrics;

/**
 * {@code measures.csv} and the {@code final_measures} and {@code value_at_risk} blocks of
 * {@code summary.json}: one row per (scenario, final measure, coalition or member), with the
 * metrics, the units not delivered in the measure's unit, and the value at risk in US dollars of
 * the price year named in the row.
 */
final class MeasureFiles {

    static final List<String> COLUMNS = List.of(
            "scenario",
            "measure",
            "layer",
            "unit",
            "region",
            "role",
            "baseline_per_year",
            "delivered_pct",
            "first_shortfall_day",
            "deepest_pct",
            "recovery",
            "recovery_days",
            "units_lost",
            "value_added_lost_usd",
            "gross_output_lost_usd",
            "price_year");

    /** Days per year: the engine steps one day at a time. */
    private static final double DAYS_PER_YEAR = 365;

    private MeasureFiles() {}

    static String csv(StressTestResult result) {
        StringBuilder out = new StringBuilder(Csv.line(COLUMNS));
        for (ScenarioResult s : result.scenarios()) {
            for (MeasureOutcome m : s.measures()) {
                out.append(Csv.line(fields(s, m)));
            }
        }
        return out.toString();
    }

    private static List<String> fields(ScenarioResult s, MeasureOutcome m) {
        ShortfallMetrics v = m.metrics();
        Optional<MeasureOutcome.ValueAtRisk> risk = m.valueAtRisk();
        List<String> f = new ArrayList<>(List.of(
                s.entry().name(),
                m.measure().id().value(),
                m.measure().layer().key(),
                m.measure().unit(),
                m.region(),
                m.role().key(),
                Csv.number(m.baselinePerDay() * DAYS_PER_YEAR),
                Csv.number(100 * v.delivered()),
                v.firstShortfallDay().isPresent()
                        ? String.valueOf(v.firstShortfallDay().getAsInt())
                        : "",
                Csv.number(100 * v.deepest()),
                SummaryFiles.recovery(Optional.of(v)),
                v.recoveryDays().isPresent() ? String.valueOf(v.recoveryDays().getAsInt()) : "",
                Csv.number(m.unitsLost())));
        f.add(risk.map(r -> Csv.number(r.valueAddedUsd())).orElse(""));
        f.add(risk.map(r -> Csv.number(r.grossUsd())).orElse(""));
        f.add(risk.map(r -> String.valueOf(r.priceYear())).orElse(""));
        return f;
    }

    /** Adds {@code final_measures} (the rows of measures.csv) and {@code value_at_risk} (totals per region) to a scenario. */
    static void json(ScenarioResult s, ObjectNode scenario) {
        ArrayNode rows = scenario.putArray("final_measures");
        for (MeasureOutcome m : s.measures()) {
            ObjectNode row = rows.addObject();
            List<String> values = fields(s, m);
            for (int c = 1; c < COLUMNS.size(); c++) {
                SummaryFiles.put(row, COLUMNS.get(c), values.get(c));
            }
        }
        ArrayNode totals = scenario.putArray("value_at_risk");
        for (Map.Entry<String, MeasureOutcome.ValueAtRisk> t :
                FinalMeasures.totals(s.measures()).entrySet()) {
            totals.addObject()
                    .put("region", t.getKey())
                    .put("value_added_lost_usd", t.getValue().valueAddedUsd())
                    .put("gross_output_lost_usd", t.getValue().grossUsd())
                    .put("price_year", t.getValue().priceYear());
        }
    }
}
