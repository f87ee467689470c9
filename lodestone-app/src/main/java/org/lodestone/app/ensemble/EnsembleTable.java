package org.lodestone.app.ensemble;

import java.util.List;
import java.util.Locale;
import org.lodestone.app.table.TextTable;
import org.lodestone.core.ensemble.EnsembleSummary;
import org.lodestone.core.ensemble.Metric;
import org.lodestone.core.ensemble.MetricSummary;

/**
 * The terminal table of an ensemble: AI compute delivered and deepest for the units that deliver
 * it, and value added lost for the coalition and the members whose final measures are valued, with
 * one indented row per sector (final measure) under each of them, and gross output lost beside.
 */
public final class EnsembleTable {

    private EnsembleTable() {}

    /**
     * One row per unit with AI compute or a value: delivered and deepest as P5 / P50 / P95 in %, the
     * share of members that fall short, value added lost P5 / P50 / P95 and gross output lost P50
     * in millions of US dollars of the price year ("-" where there is none); under each valued
     * unit, its sectors' value added lost P5 / P50 / P95.
     */
    public static String render(EnsembleResult result) {
        EnsembleSummary s = result.summary();
        String money = "VA lost M " + s.layout().unitOf(Metric.VALUE_ADDED_LOST) + " P5";
        TextTable table = new TextTable(
                List.of(
                        "unit",
                        "delivered % P5",
                        "P50",
                        "P95",
                        "deepest % P5",
                        "P50",
                        "P95",
                        "runs short",
                        money,
                        "P50",
                        "P95",
                        "gross lost M P50"),
                false,
                true,
                true,
                true,
                true,
                true,
                true,
                true,
                true,
                true,
                true,
                true);
        for (int u = 0; u < s.layout().units().size(); u++) {
            MetricSummary delivered = s.summary(u, Metric.COMPUTE_DELIVERED);
            MetricSummary lost = s.summary(u, Metric.VALUE_ADDED_LOST);
            if (delivered.count() == 0 && lost.count() == 0) {
                continue;
            }
            MetricSummary deepest = s.summary(u, Metric.COMPUTE_DEEPEST);
            long shortRuns = s.values(u, Metric.FIRST_SHORTFALL_DAY).size();
            table.add(List.of(
                    s.layout().units().get(u) + " (" + s.layout().roles().get(u).key() + ")",
                    pct(delivered.p5()),
                    pct(delivered.p50()),
                    pct(delivered.p95()),
                    pct(deepest.p5()),
                    pct(deepest.p50()),
                    pct(deepest.p95()),
                    delivered.count() == 0
                            ? "-"
                            : String.format(Locale.ROOT, "%.0f%%", 100.0 * shortRuns / delivered.count()),
                    millions(lost.p5()),
                    millions(lost.p50()),
                    millions(lost.p95()),
                    millions(s.summary(u, Metric.GROSS_OUTPUT_LOST).p50())));
            for (SectorRows.Row r : SectorRows.of(s, u)) {
                table.add(List.of(
                        "  " + r.sector(),
                        "",
                        "",
                        "",
                        "",
                        "",
                        "",
                        "",
                        millions(r.summary().p5()),
                        millions(r.summary().p50()),
                        millions(r.summary().p95()),
                        ""));
            }
        }
        return String.format(
                        Locale.ROOT,
                        "%s: %d members, seed %d, %s, %.1f s (%.1f members/s)%n",
                        result.setup().scenario().name(),
                        result.runs(),
                        result.uncertainty().seed(),
                        result.ranOn(),
                        result.runSeconds(),
                        result.membersPerSecond())
                + table.render();
    }

    private static String pct(double fraction) {
        return Double.isNaN(fraction) ? "-" : String.format(Locale.ROOT, "%.2f", 100 * fraction);
    }

    private static String millions(double usd) {
        return Double.isNaN(usd) ? "-" : String.format(Locale.ROOT, "%.1f", usd / 1e6);
    }
}
