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
 * one indented row per sector (final measure) that lost something under each of them, and gross
 * output lost beside. Sectors no member lost anything in are left out (metrics.csv has them).
 */
public final class EnsembleTable {

    private EnsembleTable() {}

    /**
     * One row per unit with AI compute or a value: delivered and deepest as P5 / P50 / P95 in %, the
     * share of members that fall short, value added lost P5 / P50 / P95 and gross output lost P50
     * in millions of US dollars of the price year ("-" where there is none, "0" where nothing was
     * lost); under each valued unit, the sectors it lost something in with their value added lost
     * P5 / P50 / P95 and gross output lost P50.
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
        int quiet = 0;
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
            quiet += addSectors(table, s, u);
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
                + table.render()
                + leftOut(quiet);
    }

    /** Adds unit u's sectors that lost something in some member; returns how many it left out. */
    private static int addSectors(TextTable table, EnsembleSummary s, int u) {
        List<SectorRows.Row> lost = SectorRows.lost(s, u);
        for (SectorRows.Row r : lost) {
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
                    millions(r.gross().p50())));
        }
        return SectorRows.of(s, u).size() - lost.size();
    }

    private static String leftOut(int quiet) {
        return quiet == 0
                ? ""
                : String.format(
                        Locale.ROOT,
                        "%d (unit, sector) rows that lost nothing in any member are left out; metrics.csv lists them.%n",
                        quiet);
    }

    private static String pct(double fraction) {
        return Double.isNaN(fraction) ? "-" : String.format(Locale.ROOT, "%.2f", 100 * fraction);
    }

    private static String millions(double usd) {
        return Millions.text(usd, 1);
    }
}
