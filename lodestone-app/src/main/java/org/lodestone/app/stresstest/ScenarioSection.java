package org.lodestone.app.stresstest;

import java.util.ArrayList;
import java.util.List;
import java.util.stream.Collectors;
import org.lodestone.app.report.Html;
import org.lodestone.app.run.Scope;
import org.lodestone.core.scenario.Scenario;
import org.lodestone.core.shortfall.Role;

/** The report's section for one scenario: facts, event timeline, charts, metrics and assumptions. */
final class ScenarioSection {

    private ScenarioSection() {}

    static String render(StressTestResult result, ScenarioResult s) {
        Scope scope = result.scope();
        Scenario scenario = s.entry().scenario();
        String last = scope.finalCommodity().id().value();
        String xTitle = scenario.start()
                .map(d -> "day of the scenario (day 0 = " + d + ")")
                .orElse("day of the scenario");
        StringBuilder html = new StringBuilder();
        html.append("<section class=\"scenario\" id=\"scenario-")
                .append(Html.id(s.entry().name()))
                .append("\">\n<h2>")
                .append(Html.escape(s.entry().name()))
                .append("</h2>\n<p class=\"lead\">")
                .append(Html.escape(s.entry().title()))
                .append("</p>\n");
        html.append("<p class=\"facts\">").append(Html.escape(facts(s))).append("</p>\n");
        html.append("<h3>Events</h3>\n")
                .append(EventTimeline.svg(
                        scenario.events(), s.phases(), scope, scenario.horizon(), xTitle, scenario.start()));
        html.append("<h3>")
                .append(Html.escape(scope.finalCommodity().name()))
                .append(" (")
                .append(Html.escape(last))
                .append(")</h3>\n");
        html.append(LineChart.svg(
                last + " delivered, % of baseline", xTitle, computeLines(s), scenario.horizon(), scenario.start()));
        html.append("<p class=\"note\">")
                .append(Html.escape(coverageNote(scope)))
                .append("</p>\n");
        html.append(metricsTable(s));
        html.append(MeasureTable.html(s));
        html.append(stockOutTable(s));
        html.append("<h3>Most-hit commodities in the coalition</h3>\n");
        if (s.mostHit().isEmpty()) {
            html.append("<p>No node of a member fell below 99.9% of its baseline output.</p>\n");
        }
        for (ScenarioResult.CommodityLines c : s.mostHit()) {
            CommodityLoss loss = c.loss();
            String title = loss.commodity().id().value() + " (" + loss.layer() + ", "
                    + loss.commodity().unit() + "): members lost " + MetricText.days(loss.lostDays())
                    + " days of output";
            html.append(LineChart.svg(title, xTitle, c.lines(), scenario.horizon(), scenario.start()));
        }
        html.append(assumptions(result, s));
        return html.append("</section>\n").toString();
    }

    private static String facts(ScenarioResult s) {
        Scenario scenario = s.entry().scenario();
        return s.entry().reference() + " · horizon " + scenario.horizon() + " days"
                + scenario.start().map(d -> " from " + d).orElse("")
                + " · " + scenario.events().size() + (scenario.events().size() == 1 ? " event" : " events") + " · seed "
                + scenario.seed()
                + (s.outcome().crashed()
                        ? " · stopped early at day " + s.outcome().steps() + ": "
                                + s.outcome().reason().orElse("")
                        : "");
    }

    private static List<Line> computeLines(ScenarioResult s) {
        List<Line> lines = new ArrayList<>();
        for (RegionOutcome r : s.regions()) {
            if (r.finalSeries().length > 0) {
                lines.add(new Line(r.region(), r.role(), r.finalSeries()));
            }
        }
        return lines;
    }

    static String coverageNote(Scope scope) {
        String last = scope.finalCommodity().id().value();
        List<String> own =
                scope.producers(last).stream().filter(scope.members()::contains).toList();
        List<String> without =
                scope.members().stream().filter(m -> !own.contains(m)).toList();
        List<String> aggregates =
                scope.producers(last).stream().filter(Scope::isAggregate).toList();
        return "The coalition line counts only members' own " + last + " nodes ("
                + (own.isEmpty() ? "none" : String.join(", ", own)) + "). "
                + (without.isEmpty()
                        ? ""
                        : String.join(", ", without) + " have no " + last
                                + " node of their own: the dataset counts their " + "compute inside the aggregates "
                                + String.join(", ", aggregates)
                                + ", which are not members and are drawn dashed for context.");
    }

    private static String metricsTable(ScenarioResult s) {
        StringBuilder html = new StringBuilder("<table class=\"metrics\">\n<thead>");
        html.append(Html.row(
                "th",
                List.of(
                        "region",
                        "role",
                        "delivered %",
                        "first shortfall (day)",
                        "deepest %",
                        "recovery (days)",
                        "most-hit layer (commodity)",
                        "days of output lost",
                        "% of its output lost")));
        html.append("</thead>\n<tbody>\n");
        for (RegionOutcome r : s.regions()) {
            html.append(Html.row(
                    "td",
                    List.of(
                            r.region(),
                            role(r),
                            MetricText.delivered(r.compute()),
                            MetricText.firstShortfall(r.compute()),
                            MetricText.deepest(r.compute()),
                            MetricText.recovery(r.compute()),
                            MetricText.mostHit(r),
                            r.mostHit().map(l -> MetricText.days(l.lostDays())).orElse(MetricText.NONE),
                            r.mostHit()
                                    .map(l -> MetricText.percent(SummaryFiles.lostShare(l, s)))
                                    .orElse(MetricText.NONE))));
        }
        return html.append("</tbody>\n</table>\n").toString();
    }

    /** The first day each input ran out at the coalition's and each member's industries. */
    private static String stockOutTable(ScenarioResult s) {
        StringBuilder rows = new StringBuilder();
        for (RegionOutcome r : s.regions()) {
            List<StockOutDays.First> first = s.firstStockOuts(r.region());
            if (r.role() != Role.OTHER && !first.isEmpty()) {
                rows.append(Html.row("td", List.of(r.region(), role(r), MetricText.stockOuts(first))));
            }
        }
        StringBuilder html = new StringBuilder("<h3>First stock-outs</h3>\n<p class=\"note\">")
                .append("The first day an input's stock fell below what the planned output needs (ψ of its target),")
                .append(" so that it cut production, per input commodity; days, so inputs of different units")
                .append(" are never added.</p>\n");
        if (rows.length() == 0) {
            return html.append("<p>No input ran short at the industries of the coalition's members.</p>\n")
                    .toString();
        }
        return html.append("<table class=\"metrics\">\n<thead>")
                .append(Html.row("th", List.of("region", "role", "inputs that ran out (first day)")))
                .append("</thead>\n<tbody>\n")
                .append(rows)
                .append("</tbody>\n</table>\n")
                .toString();
    }

    private static String role(RegionOutcome r) {
        return switch (r.role()) {
            case COALITION -> "coalition";
            case MEMBER -> r.compute().isEmpty() ? "member (no own compute node)" : "member";
            case OTHER -> Scope.isAggregate(r.region()) ? "aggregate, not a member" : "not a member";
        };
    }

    private static String assumptions(StressTestResult result, ScenarioResult s) {
        List<Assumptions.Assumption> list = Assumptions.of(result.scope().dataset(), s);
        StringBuilder html = new StringBuilder(
                        "<h3>Assumptions behind this scenario</h3>\n<p class=\"note\">Rows marked <em>assumed</em> in the dataset for ")
                .append(Html.escape(Assumptions.commodities(s).stream().collect(Collectors.joining(", "))))
                .append(" and the chokepoints the scenario disrupts.</p>\n");
        if (list.isEmpty()) {
            return html.append("<p>None: every number behind these commodities is observed or estimated.</p>\n")
                    .toString();
        }
        html.append("<ul class=\"assumptions\">\n");
        for (Assumptions.Assumption a : list) {
            html.append("<li><strong>")
                    .append(Html.escape(a.what()))
                    .append("</strong>")
                    .append(a.rows() > 1 ? " (" + a.rows() + " rows)" : "")
                    .append(": ")
                    .append(Html.escape(a.note()))
                    .append("</li>\n");
        }
        return html.append("</ul>\n").toString();
    }
}
