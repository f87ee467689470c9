package org.lodestone.app.ensemble;

import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.lodestone.app.run.Scope;
import org.lodestone.app.table.Csv;
import org.lodestone.core.ensemble.EnsembleLayout;
import org.lodestone.core.ensemble.EnsembleSummary;
import org.lodestone.core.ensemble.Metric;
import org.lodestone.core.ensemble.MetricSummary;
import org.lodestone.core.ensemble.TrajectoryBands;
import org.lodestone.core.scenario.Scenario;
import org.lodestone.core.uncertainty.Variation;

/**
 * The ensemble's data files: {@code metrics.csv} (per unit and metric, the distribution over the
 * members, then value added and gross output lost per unit and sector), {@code most_hit.csv} (how often each
 * commodity was the most hit), {@code bands.csv} (AI-compute percentiles per day), {@code
 * members.csv} (each member's inputs and coalition metrics) and {@code ensemble.json} (all of it,
 * with the provenance). Shares are in percent, as in {@code stress-test}'s summary: of baseline for
 * the compute metrics and bands ({@code measure} {@code % of baseline}, columns ending {@code _pct}),
 * of the members for the most-hit shares; days count from the scenario's day 0.
 */
final class EnsembleFiles {

    static final List<String> METRIC_COLUMNS = List.of(
            "unit", "role", "metric", "sector", "measure", "members", "runs", "mean", "sd", "p5", "p50", "p95", "min",
            "max");

    private EnsembleFiles() {}

    static String metrics(EnsembleResult result) {
        EnsembleSummary s = result.summary();
        EnsembleLayout layout = s.layout();
        StringBuilder out = new StringBuilder(Csv.line(METRIC_COLUMNS));
        for (int u = 0; u < layout.units().size(); u++) {
            for (Metric m : Metric.values()) {
                out.append(metricLine(s, u, m, "", s.summary(u, m)));
            }
        }
        for (SectorRows.Row r : SectorRows.of(s)) {
            out.append(metricLine(s, r.unit(), Metric.VALUE_ADDED_LOST, r.sector(), r.summary()));
        }
        for (SectorRows.Row r : SectorRows.of(s)) {
            out.append(metricLine(s, r.unit(), Metric.GROSS_OUTPUT_LOST, r.sector(), r.gross()));
        }
        return out.toString();
    }

    /** A row of metrics.csv: sector empty for the unit's metric over all its sectors. */
    private static String metricLine(EnsembleSummary s, int u, Metric m, String sector, MetricSummary d) {
        EnsembleLayout layout = s.layout();
        return Csv.line(List.of(
                layout.units().get(u),
                layout.roles().get(u).key(),
                m.key(),
                sector,
                layout.unitOf(m),
                String.valueOf(d.count()),
                String.valueOf(s.members()),
                Csv.number(m.shown(d.mean())),
                Csv.number(m.shown(d.sd())),
                Csv.number(m.shown(d.p5())),
                Csv.number(m.shown(d.p50())),
                Csv.number(m.shown(d.p95())),
                Csv.number(m.shown(d.min())),
                Csv.number(m.shown(d.max()))));
    }

    static String mostHit(EnsembleResult result) {
        EnsembleSummary s = result.summary();
        StringBuilder out =
                new StringBuilder(Csv.line(List.of("unit", "role", "layer", "commodity", "members", "share_pct")));
        for (int u = 0; u < s.layout().units().size(); u++) {
            long[] counts = s.mostHitCounts(u);
            for (int c = 0; c < counts.length; c++) {
                if (counts[c] > 0) {
                    out.append(Csv.line(List.of(
                            s.layout().units().get(u),
                            s.layout().roles().get(u).key(),
                            layer(result, c),
                            c < s.layout().commodities().size()
                                    ? s.layout().commodities().get(c)
                                    : "none",
                            String.valueOf(counts[c]),
                            Csv.number(100.0 * counts[c] / s.members()))));
                }
            }
        }
        return out.toString();
    }

    /** Layer shares of unit u's most-hit commodity in % of the members, largest first ({@code none} when nothing fell short). */
    static Map<String, Double> layerShares(EnsembleResult result, int u) {
        EnsembleSummary s = result.summary();
        long[] counts = s.mostHitCounts(u);
        Map<String, Long> byLayer = new LinkedHashMap<>();
        for (int c = 0; c < counts.length; c++) {
            if (counts[c] > 0) {
                byLayer.merge(layer(result, c), counts[c], Long::sum);
            }
        }
        Map<String, Double> shares = new LinkedHashMap<>();
        byLayer.entrySet().stream()
                .sorted(Map.Entry.<String, Long>comparingByValue().reversed().thenComparing(Map.Entry.comparingByKey()))
                .forEach(e -> shares.put(e.getKey(), 100.0 * e.getValue() / s.members()));
        return shares;
    }

    private static String layer(EnsembleResult result, int commodity) {
        List<String> commodities = result.summary().layout().commodities();
        return commodity < commodities.size()
                ? result.setup()
                        .scope()
                        .commodity(commodities.get(commodity))
                        .layer()
                        .key()
                : "none";
    }

    static String bands(EnsembleResult result) {
        EnsembleSummary s = result.summary();
        Scenario scenario = result.setup().scenario();
        StringBuilder out = new StringBuilder(Csv.line(
                List.of("unit", "day", "date", "members", "p5_pct", "p50_pct", "p95_pct", "min_pct", "max_pct")));
        for (int u = 0; u < s.layout().units().size(); u++) {
            TrajectoryBands b = s.bands(u);
            for (int t = 0; b != null && t < b.days(); t++) {
                final int day = t;
                out.append(Csv.line(List.of(
                        s.layout().units().get(u),
                        String.valueOf(t),
                        scenario.start().map(d -> d.plusDays(day).toString()).orElse(""),
                        String.valueOf(b.members(t)),
                        Csv.number(100 * b.quantile(t, 0.05)),
                        Csv.number(100 * b.quantile(t, 0.5)),
                        Csv.number(100 * b.quantile(t, 0.95)),
                        Csv.number(b.members(t) == 0 ? Double.NaN : 100 * b.min(t)),
                        Csv.number(b.members(t) == 0 ? Double.NaN : 100 * b.max(t)))));
            }
        }
        return out.toString();
    }

    static String members(EnsembleResult result) {
        EnsembleSummary s = result.summary();
        List<String> header = new ArrayList<>(List.of("member"));
        header.addAll(s.layout().inputs());
        for (Metric m : Metric.values()) {
            header.add(memberColumn(s.layout().units().get(0), m));
        }
        StringBuilder out = new StringBuilder(Csv.line(header));
        for (long k = 0; k < result.runs(); k++) {
            List<String> row = new ArrayList<>(List.of(String.valueOf(k)));
            for (int i = 0; i < s.layout().inputs().size(); i++) {
                row.add(Csv.number(s.input(i).valueOf(k)));
            }
            for (Metric m : Metric.values()) {
                row.add(Csv.number(m.shown(s.values(0, m).valueOf(k))));
            }
            out.append(Csv.line(row));
        }
        return out.toString();
    }

    /** The column of members.csv for metric m of unit: {@code pax-silica:compute-delivered_pct} for a share. */
    static String memberColumn(String unit, Metric m) {
        return unit + ":" + m.key() + (m.percent() ? "_pct" : "");
    }

    static String json(EnsembleResult result) {
        ObjectMapper mapper = new ObjectMapper();
        ObjectNode root = mapper.createObjectNode();
        MemberSetup setup = result.setup();
        Scope scope = setup.scope();
        Scenario scenario = setup.scenario();
        root.put("lodestone_version", result.version())
                .put("scenario", scenario.name())
                .put("reference", setup.reference())
                .put("scenario_hash", scenario.hash())
                .put("dataset", scope.reference())
                .put("dataset_id", scope.dataset().info().id())
                .put("dataset_version", scope.dataset().info().version())
                .put("coalition", scope.coalition().id())
                .put("date", scope.date().toString())
                .put("final_commodity", scope.finalCommodity().id().value())
                .put("horizon", scenario.horizon())
                .put("runs", result.runs())
                .put("seed", result.uncertainty().seed())
                .put("engine", result.engine())
                .put("threads", result.threads())
                .put("ran_on", result.ranOn())
                .put("stopped_early", result.summary().crashed())
                .put("run_seconds", result.runSeconds())
                .put("members_per_second", result.membersPerSecond());
        scenario.start().ifPresentOrElse(d -> root.put("start", d.toString()), () -> root.putNull("start"));
        scope.members().forEach(root.putArray("members")::add);
        ArrayNode inputs = root.putArray("inputs");
        for (Variation v : result.uncertainty().vary()) {
            inputs.addObject()
                    .put("path", v.path())
                    .put("distribution", v.distribution().describe())
                    .put("scenario_value", setup.scenarioValue(v.path()));
        }
        ArrayNode units = root.putArray("units");
        for (int u = 0; u < result.summary().layout().units().size(); u++) {
            units.add(unit(mapper, result, u));
        }
        return root.toPrettyString() + "\n";
    }

    private static ObjectNode unit(ObjectMapper mapper, EnsembleResult result, int u) {
        EnsembleSummary s = result.summary();
        ObjectNode node = mapper.createObjectNode()
                .put("unit", s.layout().units().get(u))
                .put("role", s.layout().roles().get(u).key());
        ObjectNode metrics = node.putObject("metrics");
        for (Metric m : Metric.values()) {
            distribution(metrics.putObject(m.key()), m, s.layout().unitOf(m), s.summary(u, m));
        }
        ObjectNode sectors = node.putObject("value_added_lost_by_sector");
        ObjectNode grossSectors = node.putObject("gross_output_lost_by_sector");
        for (SectorRows.Row r : SectorRows.of(s, u)) {
            distribution(
                    sectors.putObject(r.sector()),
                    Metric.VALUE_ADDED_LOST,
                    s.layout().unitOf(Metric.VALUE_ADDED_LOST),
                    r.summary());
            distribution(
                    grossSectors.putObject(r.sector()),
                    Metric.GROSS_OUTPUT_LOST,
                    s.layout().unitOf(Metric.GROSS_OUTPUT_LOST),
                    r.gross());
        }
        ObjectNode layers = node.putObject("most_hit_layer_shares_pct");
        layerShares(result, u).forEach(layers::put);
        TrajectoryBands b = s.bands(u);
        if (b != null) {
            ObjectNode bands = node.putObject("compute_bands").put("measure", EnsembleLayout.PERCENT_OF_BASELINE);
            for (double q : new double[] {0.05, 0.5, 0.95}) {
                ArrayNode values = bands.putArray("p" + Math.round(100 * q));
                for (int t = 0; t < b.days(); t++) {
                    values.add(100 * b.quantile(t, q));
                }
            }
        }
        return node;
    }

    /** The distribution of metric m in its shown unit {@code measure} ({@link Metric#shown}). */
    private static void distribution(ObjectNode n, Metric m, String measure, MetricSummary d) {
        n.put("measure", measure).put("members", d.count());
        number(n, "mean", m.shown(d.mean()));
        number(n, "sd", m.shown(d.sd()));
        number(n, "p5", m.shown(d.p5()));
        number(n, "p50", m.shown(d.p50()));
        number(n, "p95", m.shown(d.p95()));
        number(n, "min", m.shown(d.min()));
        number(n, "max", m.shown(d.max()));
    }

    /** A number, or null for NaN (no member had a value). */
    private static void number(ObjectNode node, String key, double value) {
        if (Double.isNaN(value)) {
            node.putNull(key);
        } else {
            node.put(key, value);
        }
    }
}
