package org.lodestone.app.stresstest;

import java.util.List;
import java.util.Locale;
import org.lodestone.app.backtest.TrackRecord;
import org.lodestone.app.report.Html;
import org.lodestone.app.report.Page;
import org.lodestone.app.run.Scope;
import org.lodestone.core.exposure.ExposureRow;
import org.lodestone.core.model.RegionId;
import org.lodestone.core.shortfall.Role;

/**
 * {@code index.html}: one self-contained page (inline CSS and SVG, no script, font, image or
 * network request) that opens with the brief ({@link BriefSection}, also its two-page print), then
 * the summary, one section per scenario (one line for a scenario without an effect), the
 * coalition's exposure with a map of where its most-hit input comes from, the provenance and the
 * definitions. Every text taken from data is escaped.
 */
final class ReportPage {

    private ReportPage() {}

    static String render(StressTestResult result) {
        Scope scope = result.scope();
        String title = "Lodestone stress test: " + scope.coalition().name() + " on " + scope.date();
        StringBuilder html = new StringBuilder(Page.head(title))
                .append("<header>\n<h1>")
                .append(Html.escape(title))
                .append("</h1>\n<p>")
                .append(Html.escape(intro(result)))
                .append("</p>\n</header>\n");
        html.append(BriefSection.render(result));
        html.append("<div class=\"details\">\n").append(contents(result)).append(summary(result));
        result.scenarios()
                .forEach(s ->
                        html.append(Brief.noEffect(s) ? BriefSection.collapsed(s) : ScenarioSection.render(result, s)));
        html.append(exposure(result))
                .append(ProvenanceSection.render(result))
                .append(TrackRecordSection.render(result))
                .append(method(result));
        html.append("</div>\n");
        html.append(String.format(
                Locale.ROOT,
                "<footer><p class=\"note\">Written by Lodestone %s in %.1f s.</p></footer>%n</body>%n</html>%n",
                Html.escape(result.version()),
                result.seconds()));
        return html.toString();
    }

    private static String intro(StressTestResult result) {
        Scope s = result.scope();
        return s.dataset().info().name() + " (" + s.dataset().info().id() + " "
                + s.dataset().info().version() + "), " + result.scenarios().size()
                + " scenarios. Members of " + s.coalition().id() + " on " + s.date() + ": "
                + String.join(", ", s.members()) + ". "
                + "The final commodity is " + s.finalCommodity().id().value() + " ("
                + s.finalCommodity().name() + ", in "
                + s.finalCommodity().unit() + " per year). " + ScenarioSection.coverageNote(s);
    }

    private static String contents(StressTestResult result) {
        StringBuilder html =
                new StringBuilder("<nav>\n<h2>Contents</h2>\n<ul>\n<li><a href=\"#brief\">In brief</a></li>\n"
                        + "<li><a href=\"#summary\">Summary</a></li>\n");
        for (ScenarioResult s : result.scenarios()) {
            html.append("<li><a href=\"#scenario-")
                    .append(Html.id(s.entry().name()))
                    .append("\">")
                    .append(Html.escape(s.entry().name()))
                    .append("</a></li>\n");
        }
        return html.append(
                        "<li><a href=\"#exposure\">Exposure</a></li>\n<li><a href=\"#provenance\">Provenance</a></li>\n")
                .append(
                        TrackRecord.of(result.scope().reference()).isPresent()
                                ? "<li><a href=\"#track-record\">Track record</a></li>\n"
                                : "")
                .append("<li><a href=\"#method\">Definitions and limitations</a></li>\n</ul>\n</nav>\n")
                .toString();
    }

    private static String summary(StressTestResult result) {
        String last = result.scope().finalCommodity().id().value();
        StringBuilder html =
                new StringBuilder("<section id=\"summary\">\n<h2>Summary</h2>\n<table class=\"summary\">\n<thead>");
        html.append(Html.row(
                "th",
                List.of(
                        "scenario",
                        "what it models",
                        last + " delivered %",
                        "first shortfall (day)",
                        "deepest %",
                        "recovery (days)",
                        "most-hit layer (commodity)",
                        "members with a shortfall")));
        html.append("</thead>\n<tbody>\n");
        for (ScenarioResult s : result.scenarios()) {
            RegionOutcome c = s.coalition();
            List<String> hit = s.regions().stream()
                    .filter(r -> r.role() == Role.MEMBER && !r.losses().isEmpty())
                    .map(RegionOutcome::region)
                    .toList();
            html.append("<tr><td><a href=\"#scenario-")
                    .append(Html.id(s.entry().name()))
                    .append("\">")
                    .append(Html.escape(s.entry().name()))
                    .append("</a></td>");
            for (String cell : List.of(
                    s.entry().title(),
                    MetricText.delivered(c.compute()),
                    MetricText.firstShortfall(c.compute()),
                    MetricText.deepest(c.compute()),
                    MetricText.recovery(c.compute()),
                    MetricText.mostHit(c),
                    hit.isEmpty() ? "none" : String.join(" ", hit))) {
                html.append("<td>").append(Html.escape(cell)).append("</td>");
            }
            html.append("</tr>\n");
        }
        html.append(
                        "</tbody>\n</table>\n<p class=\"note\">Coalition figures; per member and per region in each scenario's section, ")
                .append("and in summary.csv and summary.json beside this page.</p>\n</section>\n");
        return html.toString();
    }

    private static String exposure(StressTestResult result) {
        var report = result.exposure();
        StringBuilder html = new StringBuilder("<section id=\"exposure\">\n<h2>Exposure of ")
                .append(Html.escape(report.coalition().id()))
                .append(
                        " before any disruption</h2>\n<p class=\"note\">Per commodity: world production, concentration (HHI, 0-10,000; ")
                .append(
                        "above 1,800 is highly concentrated), the top producer, and the shares held by the coalition's members and by the ")
                .append("countries of concern on ")
                .append(report.date())
                .append(". Flag: one country outside the coalition holds more than half.</p>\n")
                .append("<table class=\"exposure\">\n<thead>");
        html.append(Html.row(
                "th",
                List.of(
                        "commodity",
                        "layer",
                        "world / year",
                        "unit",
                        "HHI",
                        "top",
                        "top %",
                        "coalition %",
                        "concern %",
                        "flag")));
        html.append("</thead>\n<tbody>\n");
        for (ExposureRow row : report.rows()) {
            html.append(Html.row(
                    "td",
                    List.of(
                            row.commodity().id().value(),
                            row.commodity().layer().key(),
                            quantity(row.worldQuantity()),
                            row.commodity().unit(),
                            String.format(Locale.ROOT, "%.0f", row.hhi()),
                            row.topProducer().map(RegionId::code).orElse("-"),
                            share(row.topShare()),
                            share(row.coalitionShare()),
                            share(row.concernShare()),
                            row.dominantNonMember().map(r -> r.code() + ">50%").orElse(""))));
        }
        html.append("</tbody>\n</table>\n");
        Brief.worst(result.scenarios())
                .flatMap(w -> w.mostHit().stream()
                        .findFirst()
                        .map(c -> c.loss().commodity().id().value())
                        .flatMap(c -> MapSection.producerMap(result, c)
                                .map(map ->
                                        "<h3>The input " + Html.escape(w.entry().name()) + " hits most</h3>\n" + map)))
                .ifPresent(html::append);
        return html.append("</section>\n").toString();
    }

    private static String quantity(double value) {
        return value >= 100 ? String.format(Locale.ROOT, "%,.0f", value) : String.format(Locale.ROOT, "%.3g", value);
    }

    private static String share(double fraction) {
        return Double.isNaN(fraction) ? "-" : String.format(Locale.ROOT, "%.1f", 100 * fraction);
    }

    private static String method(StressTestResult result) {
        String last = result.scope().finalCommodity().id().value();
        return "<section id=\"method\">\n<h2>Definitions and limitations</h2>\n<ul>\n"
                + "<li><strong>delivered</strong>: Σ over days of " + Html.escape(last)
                + " output ÷ Σ of its baseline (the output before the "
                + "disruption), in %. " + Html.escape(last)
                + " is not traded and no recipe uses it, so a region's output is what it delivers "
                + "to its own final demand.</li>\n"
                + "<li><strong>first shortfall</strong>: the first day output is below 99.9% of baseline (day 0 is the scenario's start).</li>\n"
                + "<li><strong>deepest</strong>: the lowest daily output, in % of baseline.</li>\n"
                + "<li><strong>recovery</strong>: days from the first shortfall to the first later day from which output stays within 0.1% of "
                + "baseline until the end of the run; <em>not recovered</em> otherwise.</li>\n"
                + "<li><strong>most-hit layer</strong>: the layer of the commodity whose nodes in the coalition (or the region) lose the most "
                + "output relative to baseline, summed over the days (days of output lost). Quantities of different commodities are never "
                + "added; relative changes are.</li>\n"
                + "<li><strong>limitations</strong>: the engine is ARIO (Hallegatte 2008/2014) with Lodestone's market events, one node per "
                + "region and commodity; aggregates (XAP, XEU, ROW) are never coalition members; capital goods enter recipes as tool-life per "
                + "wafer, so cuts in tool deliveries bind faster than in reality; every <em>assumed</em> number is listed with its rationale. "
                + "See docs/stress-test.md.</li>\n</ul>\n</section>\n";
    }
}
