package org.lodestone.app.stresstest;

import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.lodestone.app.run.Scope;

/**
 * The unit and definition of every column of the summary files (the workbook's sheet of units,
 * definitions and sources), and the facts of the run it records: dataset, coalition, date,
 * members and each scenario's reference, hash and seed.
 */
final class SummaryColumns {

    /** Column → (unit, definition). Every column of {@link SummaryFiles#COLUMNS} has one. */
    static final Map<String, List<String>> MEANINGS = meanings();

    private SummaryColumns() {}

    private static Map<String, List<String>> meanings() {
        Map<String, List<String>> m = new LinkedHashMap<>();
        m.put("scenario", List.of("name", "the scenario's name"));
        m.put("title", List.of("text", "what the scenario models"));
        m.put(
                "region",
                List.of(
                        "ISO 3166-1 alpha-3 or coalition id",
                        "the coalition, a member, or another region delivering the final commodity"));
        m.put("role", List.of("coalition | member | other", "the row's role; other regions are shown for context"));
        m.put("aggregate", List.of("true | false", "true for a region standing for several countries (ROW, X..)"));
        m.put(
                "final_commodity",
                List.of(
                        "commodity id",
                        "the commodity no recipe uses (AI compute); its unit is in the run facts below"));
        m.put(
                "delivered_pct",
                List.of(
                        "% of baseline",
                        "Σ over days of output ÷ Σ of baseline output of the final commodity (can exceed 100 when demand rises)"));
        m.put(
                "first_shortfall_day",
                List.of(
                        "day (day 0 = scenario start)",
                        "first day output is below 99.9% of baseline; blank when none"));
        m.put(
                "first_shortfall_date",
                List.of(
                        "date (YYYY-MM-DD)",
                        "the calendar date of first_shortfall_day, when the scenario has a start date"));
        m.put("deepest_pct", List.of("% of baseline", "the lowest daily output"));
        m.put("deepest_day", List.of("day", "the first day the lowest output is reached"));
        m.put(
                "recovery",
                List.of(
                        "none | recovered | not-recovered",
                        "whether output came back within 0.1% of baseline for good; blank without a node of the final commodity"));
        m.put(
                "recovery_days",
                List.of(
                        "days",
                        "from the first shortfall to the first day from which output stays within 0.1% of baseline"));
        m.put(
                "most_hit_layer",
                List.of("layer of the stack", "the layer of the commodity whose nodes lost the most days of output"));
        m.put("most_hit_commodity", List.of("commodity id", "that commodity"));
        m.put(
                "most_hit_lost_days",
                List.of(
                        "days of baseline output",
                        "Σ over days of max(0, 1 − output ÷ baseline) for its nodes together"));
        m.put(
                "most_hit_lost_pct",
                List.of("% of the days run", "most_hit_lost_days as a share of the days the engine ran"));
        m.put(
                "first_stock_out_commodity",
                List.of(
                        "commodity id",
                        "the input whose stock ran out first at a node of the region (members' earliest for the coalition); blank if none did"));
        m.put(
                "first_stock_out_day",
                List.of(
                        "day of the run",
                        "the day of the run on which that stock ran out (as first_shortfall_day counts); blank if none did"));
        m.put("steps", List.of("days", "days the engine ran"));
        m.put("horizon", List.of("days", "days the scenario asks for"));
        m.put(
                "stopped_early",
                List.of(
                        "true | false",
                        "true when the run stopped before its horizon (the reason is in summary.json)"));
        m.put(
                "value_added_lost_usd",
                List.of(
                        "USD of price_year",
                        "value added lost over all the region's valued final measures: units not delivered × value per unit × "
                                + "value-added share (values.csv); the coalition's is its members' sum; blank when none is valued"));
        m.put(
                "gross_output_lost_usd",
                List.of(
                        "USD of price_year",
                        "gross output lost by the same measures: units not delivered × value per unit, shown beside value added, "
                                + "never added to it"));
        m.put("price_year", List.of("year", "the year whose US dollars the two value columns are in"));
        return m;
    }

    /** The facts of the run, in the order shown. */
    static Map<String, String> facts(StressTestResult result) {
        Scope scope = result.scope();
        Map<String, String> facts = new LinkedHashMap<>();
        facts.put("lodestone version", result.version());
        facts.put(
                "dataset",
                scope.reference() + " (" + scope.dataset().info().id() + " "
                        + scope.dataset().info().version() + ")");
        facts.put("coalition", scope.coalition().id() + " (" + scope.coalition().name() + ")");
        facts.put("membership date", scope.date().toString());
        facts.put("members", String.join(" ", scope.members()));
        facts.put(
                "final commodity",
                scope.finalCommodity().id().value() + ": "
                        + scope.finalCommodity().name() + ", "
                        + scope.finalCommodity().unit() + " per year");
        for (ScenarioResult s : result.scenarios()) {
            facts.put(
                    "scenario " + s.entry().name(),
                    s.entry().reference() + ", SHA-256 " + s.entry().scenario().hash() + ", seed "
                            + s.entry().scenario().seed());
        }
        facts.put(
                "definitions", "docs/stress-test.md; every number's source is in the sources below and in the dataset");
        return facts;
    }
}
