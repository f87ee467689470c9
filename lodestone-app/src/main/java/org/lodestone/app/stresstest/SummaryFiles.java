package org.lodestone.app.stresstest;

import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import org.lodestone.app.run.Scope;
import org.lodestone.app.table.Csv;
import org.lodestone.core.scenario.Scenario;
import org.lodestone.core.shortfall.Role;
import org.lodestone.core.shortfall.ShortfallMetrics;

/**
 * {@code summary.csv} and {@code summary.json}: one row per (scenario, coalition or region) with
 * the metrics and the value at risk over all final measures (value added and, beside it, gross
 * output lost, US dollars of the price year named in the row); percentages in percent, days from
 * the scenario's day 0.
 */
final class SummaryFiles {

    static final List<String> COLUMNS = List.of(
            "scenario",
            "title",
            "region",
            "role",
            "aggregate",
            "final_commodity",
            "delivered_pct",
            "first_shortfall_day",
            "first_shortfall_date",
            "deepest_pct",
            "deepest_day",
            "recovery",
            "recovery_days",
            "most_hit_layer",
            "most_hit_commodity",
            "most_hit_lost_days",
            "most_hit_lost_pct",
            "first_stock_out_commodity",
            "first_stock_out_day",
            "steps",
            "horizon",
            "stopped_early",
            "value_added_lost_usd",
            "gross_output_lost_usd",
            "price_year");

    private SummaryFiles() {}

    static String csv(StressTestResult result) {
        StringBuilder out = new StringBuilder(Csv.line(COLUMNS));
        for (ScenarioResult s : result.scenarios()) {
            for (RegionOutcome r : s.regions()) {
                out.append(Csv.line(fields(result, s, r)));
            }
        }
        return out.toString();
    }

    /** The fields of one row, in {@link #COLUMNS} order, as written to the CSV file. */
    static List<String> fields(StressTestResult result, ScenarioResult s, RegionOutcome r) {
        Optional<ShortfallMetrics> m = r.compute();
        Scenario scenario = s.entry().scenario();
        List<String> f = new ArrayList<>(List.of(
                s.entry().name(),
                s.entry().title(),
                r.region(),
                r.role().key(),
                String.valueOf(r.role() != Role.COALITION && Scope.isAggregate(r.region())),
                result.scope().finalCommodity().id().value()));
        f.add(m.map(v -> Csv.number(100 * v.delivered())).orElse(""));
        f.add(m.flatMap(v -> v.firstShortfallDay().isPresent()
                        ? Optional.of(String.valueOf(v.firstShortfallDay().getAsInt()))
                        : Optional.<String>empty())
                .orElse(""));
        f.add(m.flatMap(v -> v.firstShortfallDay().isPresent()
                        ? scenario.start()
                                .map(d -> d.plusDays(v.firstShortfallDay().getAsInt())
                                        .toString())
                        : Optional.<String>empty())
                .orElse(""));
        f.add(m.map(v -> Csv.number(100 * v.deepest())).orElse(""));
        f.add(m.map(v -> String.valueOf(v.deepestDay())).orElse(""));
        f.add(recovery(m));
        f.add(m.flatMap(v -> v.recoveryDays().isPresent()
                        ? Optional.of(String.valueOf(v.recoveryDays().getAsInt()))
                        : Optional.<String>empty())
                .orElse(""));
        f.add(r.mostHit().map(CommodityLoss::layer).orElse(""));
        f.add(r.mostHit().map(l -> l.commodity().id().value()).orElse(""));
        f.add(r.mostHit().map(l -> Csv.number(l.lostDays())).orElse(""));
        f.add(r.mostHit().map(l -> Csv.number(100 * lostShare(l, s))).orElse(""));
        Optional<StockOutDays.First> first =
                s.firstStockOuts(r.region()).stream().findFirst();
        f.add(first.map(StockOutDays.First::commodity).orElse(""));
        f.add(first.map(o -> String.valueOf(o.day())).orElse(""));
        f.addAll(List.of(
                String.valueOf(s.outcome().steps()),
                String.valueOf(scenario.horizon()),
                String.valueOf(s.outcome().crashed())));
        Optional<MeasureOutcome.ValueAtRisk> risk =
                Optional.ofNullable(FinalMeasures.totals(s.measures()).get(r.region()));
        f.add(risk.map(v -> Csv.number(v.valueAddedUsd())).orElse(""));
        f.add(risk.map(v -> Csv.number(v.grossUsd())).orElse(""));
        f.add(risk.map(v -> String.valueOf(v.priceYear())).orElse(""));
        return f;
    }

    /** The share of the nodes' baseline output over the run that {@code loss} is: lost days over days run. */
    static double lostShare(CommodityLoss loss, ScenarioResult s) {
        return s.outcome().steps() == 0 ? 0 : loss.lostDays() / s.outcome().steps();
    }

    /** {@code none} (no shortfall), {@code recovered}, {@code not-recovered}, or empty without a node of the final commodity. */
    static String recovery(Optional<ShortfallMetrics> m) {
        return m.map(v -> v.firstShortfallDay().isEmpty() ? "none" : v.unrecovered() ? "not-recovered" : "recovered")
                .orElse("");
    }

    static String json(StressTestResult result) {
        ObjectMapper mapper = new ObjectMapper();
        ObjectNode root = mapper.createObjectNode();
        Scope scope = result.scope();
        root.put("lodestone_version", result.version())
                .put("dataset", scope.reference())
                .put("dataset_id", scope.dataset().info().id())
                .put("dataset_version", scope.dataset().info().version())
                .put("coalition", scope.coalition().id())
                .put("date", scope.date().toString())
                .put("final_commodity", scope.finalCommodity().id().value())
                .put("final_commodity_unit", scope.finalCommodity().unit());
        ArrayNode members = root.putArray("members");
        scope.members().forEach(members::add);
        ArrayNode scenarios = root.putArray("scenarios");
        for (ScenarioResult s : result.scenarios()) {
            scenarios.add(scenario(mapper, result, s));
        }
        return root.toPrettyString() + "\n";
    }

    private static ObjectNode scenario(ObjectMapper mapper, StressTestResult result, ScenarioResult s) {
        Scenario scenario = s.entry().scenario();
        ObjectNode node = mapper.createObjectNode();
        node.put("name", s.entry().name())
                .put("reference", s.entry().reference())
                .put("title", s.entry().title())
                .put("scenario_hash", scenario.hash())
                .put("seed", scenario.seed())
                .put("horizon", scenario.horizon())
                .put("steps", s.outcome().steps())
                .put("stopped_early", s.outcome().crashed());
        scenario.start().ifPresentOrElse(d -> node.put("start", d.toString()), () -> node.putNull("start"));
        s.outcome().reason().ifPresent(reason -> node.put("stop_reason", reason));
        ArrayNode rows = node.putArray("rows");
        for (RegionOutcome r : s.regions()) {
            ObjectNode row = rows.addObject();
            List<String> values = fields(result, s, r);
            for (int c = 2; c < COLUMNS.size() - 3; c++) {
                put(row, COLUMNS.get(c), values.get(c));
            }
            ArrayNode stockOuts = row.putArray("stock_outs");
            for (StockOutDays.First o : s.firstStockOuts(r.region())) {
                ObjectNode out =
                        stockOuts.addObject().put("commodity", o.commodity()).put("day", o.day());
                scenario.start()
                        .ifPresentOrElse(
                                d -> out.put("date", d.plusDays(o.day()).toString()), () -> out.putNull("date"));
            }
        }
        MeasureFiles.json(s, node);
        return node;
    }

    /** Numbers as JSON numbers, booleans as booleans, empty fields as null. */
    static void put(ObjectNode row, String key, String value) {
        if (value.isEmpty()) {
            row.putNull(key);
        } else if (value.equals("true") || value.equals("false")) {
            row.put(key, Boolean.parseBoolean(value));
        } else if (value.matches("-?\\d+(\\.\\d+)?") && !key.endsWith("date")) {
            row.put(key, new BigDecimal(value));
        } else {
            row.put(key, value);
        }
    }
}
