package org.lodestone.app.ensemble;

import java.util.List;
import org.lodestone.app.report.Html;
import org.lodestone.core.ensemble.EnsembleSummary;
import org.lodestone.core.ensemble.Metric;
import org.lodestone.core.ensemble.MetricSummary;
import org.lodestone.core.shortfall.Role;

/**
 * The ensemble report's value at risk: per unit (the coalition, then each member) and sector (final
 * measure), value added lost P5 / P50 / P95 over the members in millions of US dollars of the price
 * year and gross output lost P50 beside it, each unit's total first; sectors no member lost anything
 * in are left out (metrics.csv has them).
 */
final class ValueSection {

    private ValueSection() {}

    static String html(EnsembleResult result) {
        EnsembleSummary s = result.summary();
        StringBuilder html =
                new StringBuilder("<section id=\"value\">\n<h2>Value at risk per member and sector</h2>\n");
        List<SectorRows.Row> rows = SectorRows.of(s);
        if (rows.isEmpty()) {
            return html.append("<p>No final measure made by a member is valued (values.csv).</p>\n</section>\n")
                    .toString();
        }
        String money = "million " + s.layout().unitOf(Metric.VALUE_ADDED_LOST);
        html.append("<table>\n<thead>")
                .append(Html.row(
                        "th",
                        List.of(
                                "unit",
                                "sector",
                                "value added lost P5 (" + money + ")",
                                "P50",
                                "P95",
                                "gross output lost P50 (" + money + ")")))
                .append("</thead>\n<tbody>\n");
        int unit = -1;
        for (SectorRows.Row r : rows) {
            if (r.unit() != unit) {
                unit = r.unit();
                html.append(Html.row("td", total(s, r)));
            }
            if (!r.lostSomething()) {
                continue;
            }
            MetricSummary d = r.summary();
            html.append(Html.row(
                    "td",
                    List.of(
                            "",
                            r.sector(),
                            millions(d.p5()),
                            millions(d.p50()),
                            millions(d.p95()),
                            millions(r.gross().p50()))));
        }
        return html.append("</tbody>\n</table>\n<p class=\"note\">Per run, value added lost in a sector is the units ")
                .append(
                        "not delivered × value per unit × value-added share (values.csv); a unit's sectors sum to its total ")
                .append(
                        "in every run (percentiles of the sectors need not sum to the total's), and the coalition's is the sum ")
                .append(
                        "over its members. Gross output lost is the same units at the value per unit alone. Sectors that "
                                + "lost nothing in any run are left out (metrics.csv lists them).</p>\n</section>\n")
                .toString();
    }

    private static List<String> total(EnsembleSummary s, SectorRows.Row r) {
        MetricSummary d = s.summary(r.unit(), Metric.VALUE_ADDED_LOST);
        return List.of(
                r.label() + (r.role() == Role.COALITION ? " (coalition)" : ""),
                "all",
                millions(d.p5()),
                millions(d.p50()),
                millions(d.p95()),
                millions(s.summary(r.unit(), Metric.GROSS_OUTPUT_LOST).p50()));
    }

    private static String millions(double usd) {
        return Millions.text(usd, 2);
    }
}
