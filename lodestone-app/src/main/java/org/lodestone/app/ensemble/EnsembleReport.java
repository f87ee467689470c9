package org.lodestone.app.ensemble;

import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import org.lodestone.app.report.Html;
import org.lodestone.app.report.InputNames;
import org.lodestone.app.report.Page;
import org.lodestone.app.run.Scope;
import org.lodestone.app.table.Csv;
import org.lodestone.core.ensemble.EnsembleLayout;
import org.lodestone.core.ensemble.EnsembleSummary;
import org.lodestone.core.ensemble.Metric;
import org.lodestone.core.ensemble.MetricSummary;
import org.lodestone.core.scenario.Scenario;
import org.lodestone.core.shortfall.Role;
import org.lodestone.core.uncertainty.Variation;

/**
 * The ensemble's {@code index.html}: the inputs varied, the AI-compute bands, the distribution of
 * each metric for the coalition and the members that deliver AI compute or lose output, the value
 * at risk per member and sector, the most-hit layers, and how the numbers were made. Self-contained, every text taken from data escaped.
 */
final class EnsembleReport {

    private EnsembleReport() {}

    static String render(EnsembleResult result) {
        Scenario scenario = result.setup().scenario();
        String title = "Lodestone ensemble: " + scenario.name() + " (" + result.runs() + " members)";
        StringBuilder html = new StringBuilder(Page.head(title))
                .append("<header>\n<h1>")
                .append(Html.escape(title))
                .append("</h1>\n<p>")
                .append(Html.escape(intro(result)))
                .append("</p>\n</header>\n");
        html.append(brief(result))
                .append(inputs(result))
                .append(bands(result))
                .append(metrics(result))
                .append(ValueSection.html(result))
                .append(layers(result))
                .append(method(result));
        return html.append(Page.foot(String.format(
                        Locale.ROOT,
                        "Written by Lodestone %s in %.1f s (%.1f members per second on %s).",
                        result.version(),
                        result.seconds(),
                        result.membersPerSecond(),
                        result.ranOn())))
                .toString();
    }

    private static String intro(EnsembleResult result) {
        Scope s = result.setup().scope();
        return result.runs() + " runs of " + result.setup().reference() + " on "
                + s.dataset().info().id() + " " + s.dataset().info().version()
                + ", each with its inputs drawn from the scenario's uncertainty block (seed "
                + result.uncertainty().seed() + "), reported for "
                + s.coalition().id() + " (members on " + s.date() + ": " + String.join(", ", s.members()) + "). "
                + (result.summary().crashed() > 0
                        ? result.summary().crashed() + " runs stopped early (an inventory went negative); their "
                                + "metrics cover the days run. "
                        : "");
    }

    private static String brief(EnsembleResult result) {
        List<String> sentences = EnsembleBrief.sentences(result);
        if (sentences.isEmpty()) {
            return "";
        }
        StringBuilder html = new StringBuilder("<section id=\"brief\">\n<h2>In brief</h2>\n");
        sentences.forEach(s ->
                html.append("<p class=\"sentence\">").append(Html.escape(s)).append("</p>\n"));
        return html.append("</section>\n").toString();
    }

    private static String inputs(EnsembleResult result) {
        StringBuilder html = new StringBuilder("<section id=\"inputs\">\n<h2>Uncertain inputs</h2>\n");
        if (result.uncertainty().vary().isEmpty()) {
            return html.append("<p>The scenario varies nothing: every member is the same run.</p>\n</section>\n")
                    .toString();
        }
        html.append("<table>\n<thead>")
                .append(Html.row(
                        "th",
                        List.of("input", "distribution", "in the scenario", "drawn P5", "drawn P50", "drawn P95")))
                .append("</thead>\n<tbody>\n");
        List<Variation> vary = result.uncertainty().vary();
        for (int k = 0; k < vary.size(); k++) {
            MetricSummary drawn = result.summary().input(k).summary();
            html.append(Html.row(
                    "td",
                    List.of(
                            InputNames.of(result.setup().scenario(), vary.get(k).path()) + " ("
                                    + vary.get(k).path() + ")",
                            vary.get(k).distribution().describe(),
                            Csv.number(result.setup().scenarioValue(vary.get(k).path())),
                            Csv.number(drawn.p5()),
                            Csv.number(drawn.p50()),
                            Csv.number(drawn.p95()))));
        }
        return html.append("</tbody>\n</table>\n</section>\n").toString();
    }

    private static String bands(EnsembleResult result) {
        EnsembleSummary s = result.summary();
        List<BandChart.Series> series = new ArrayList<>();
        for (int u = 0; u < s.layout().units().size(); u++) {
            if (s.bands(u) != null) {
                series.add(new BandChart.Series(s.layout().units().get(u), s.bands(u)));
            }
        }
        String last = result.setup().scope().finalCommodity().id().value();
        StringBuilder html = new StringBuilder("<section id=\"bands\">\n<h2>")
                .append(Html.escape(last))
                .append(" delivered, day by day</h2>\n");
        if (series.isEmpty()) {
            return html.append("<p>Neither the coalition nor a member has a node of ")
                    .append(Html.escape(last))
                    .append(".</p>\n</section>\n")
                    .toString();
        }
        return html.append(BandChart.svg(
                        last + " output, % of baseline: median and P5–P95 over the members",
                        result.setup()
                                .scenario()
                                .start()
                                .map(d -> "day of the scenario (day 0 = " + d + ")")
                                .orElse("day of the scenario"),
                        series,
                        s.layout().horizon()))
                .append(
                        "<p class=\"note\">Per day, the members' output relative to baseline; bands are exact to 0.1 percentage point ")
                .append("(bands.csv has them per day).</p>\n</section>\n")
                .toString();
    }

    private static String metrics(EnsembleResult result) {
        EnsembleSummary s = result.summary();
        StringBuilder html = new StringBuilder(
                "<section id=\"metrics\">\n<h2>Stress-test metrics over the members</h2>\n<table>\n<thead>");
        html.append(Html.row(
                        "th",
                        List.of(
                                "unit",
                                "metric",
                                "members with a value",
                                "mean",
                                "sd",
                                "P5",
                                "P50",
                                "P95",
                                "min",
                                "max")))
                .append("</thead>\n<tbody>\n");
        for (int u : shownUnits(s)) {
            for (Metric m : Metric.values()) {
                MetricSummary d = s.summary(u, m);
                if (d.count() == 0
                        && (m.money()
                                || m.needsFinalNodes()
                                        && s.summary(u, Metric.COMPUTE_DELIVERED)
                                                        .count()
                                                == 0)) {
                    continue;
                }
                html.append(Html.row(
                        "td",
                        List.of(
                                label(s.layout(), u),
                                m.key() + " (" + measure(s.layout(), m) + ")",
                                share(d.count(), s.members()),
                                text(m, d.mean()),
                                text(m, d.sd()),
                                text(m, d.p5()),
                                text(m, d.p50()),
                                text(m, d.p95()),
                                text(m, d.min()),
                                text(m, d.max()))));
            }
        }
        return html.append(
                        "</tbody>\n</table>\n<p class=\"note\">The coalition and the members that deliver AI compute or lose ")
                .append(
                        "output in some member run; every unit is in metrics.csv. A first shortfall exists only in runs that fall short, ")
                .append(
                        "a recovery only in runs that fall short and recover. Value added lost counts the members' valued final measures "
                                + "(values.csv); the coalition's is the sum over its members. Gross output lost is the same units "
                                + "at the value per unit alone, shown beside it, never added to it.</p>\n</section>\n")
                .toString();
    }

    private static String layers(EnsembleResult result) {
        EnsembleSummary s = result.summary();
        StringBuilder html = new StringBuilder("<section id=\"layers\">\n<h2>Most-hit layer</h2>\n<table>\n<thead>")
                .append(Html.row("th", List.of("unit", "most-hit layer: share of members")))
                .append("</thead>\n<tbody>\n");
        for (int u : shownUnits(s)) {
            List<String> parts = new ArrayList<>();
            for (Map.Entry<String, Double> e :
                    EnsembleFiles.layerShares(result, u).entrySet()) {
                parts.add(e.getKey() + " " + String.format(Locale.ROOT, "%.1f%%", e.getValue()));
            }
            html.append(Html.row("td", List.of(label(s.layout(), u), String.join(", ", parts))));
        }
        return html.append("</tbody>\n</table>\n</section>\n").toString();
    }

    /** The coalition, then members with AI compute or with a most-hit commodity in some run, then other AI-compute regions. */
    private static List<Integer> shownUnits(EnsembleSummary s) {
        List<Integer> shown = new ArrayList<>();
        for (int u = 0; u < s.layout().units().size(); u++) {
            long[] counts = s.mostHitCounts(u);
            boolean lost = counts[counts.length - 1] < s.members();
            boolean compute = s.summary(u, Metric.COMPUTE_DELIVERED).count() > 0;
            if (s.layout().roles().get(u) == Role.COALITION || compute || lost) {
                shown.add(u);
            }
        }
        return shown;
    }

    private static String label(EnsembleLayout layout, int u) {
        Role role = layout.roles().get(u);
        return layout.units().get(u)
                + (role == Role.MEMBER ? "" : " (" + (role == Role.COALITION ? "coalition" : "not a member") + ")");
    }

    private static String measure(EnsembleLayout layout, Metric m) {
        if (m.money()) {
            return "million " + layout.unitOf(m);
        }
        return layout.unitOf(m);
    }

    private static String text(Metric m, double v) {
        if (Double.isNaN(v)) {
            return "-";
        }
        if (m.money()) {
            return String.format(Locale.ROOT, "%.2f", v / 1e6);
        }
        return m.percent() ? String.format(Locale.ROOT, "%.2f", m.shown(v)) : String.format(Locale.ROOT, "%.1f", v);
    }

    private static String share(long count, long of) {
        return count + " (" + String.format(Locale.ROOT, "%.0f%%", 100.0 * count / of) + ")";
    }

    private static String method(EnsembleResult result) {
        return "<section id=\"method\">\n<h2>How these numbers were made</h2>\n<ul>\n"
                + "<li>Member k draws one uniform number per input from a random stream seeded by (seed, k) alone and maps it through the "
                + "input's distribution (inverse transform); the same seed gives the same members and the same summary whatever the number "
                + "of threads or machines.</li>\n"
                + "<li>Each member runs the scenario with its inputs (whole-number inputs rounded) on the engine of <code>lodestone "
                + "stress-test</code>, with the same metric definitions (docs/stress-test.md).</li>\n"
                + "<li>Percentiles interpolate between the sorted members' values (type 7); the sd is the sample standard deviation. "
                + "Daily bands use 0.1-point bins.</li>\n"
                + "<li>The distributions describe the uncertainty written in the scenario's <code>uncertainty</code> block, no more: "
                + "inputs not listed there are held at their scenario values. See docs/methods-uncertainty.md.</li>\n</ul>\n</section>\n";
    }
}
