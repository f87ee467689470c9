package org.lodestone.app.backtest;

import java.util.List;
import java.util.Locale;
import org.lodestone.app.report.Html;
import org.lodestone.app.report.Page;
import org.lodestone.core.backtest.Band;
import org.lodestone.core.backtest.MetricScore;
import org.lodestone.core.backtest.ObservedMetric;
import org.lodestone.io.backtest.Episode;

/**
 * The backtest page ({@code index.html}): the score, then per episode what happened, what the
 * dataset cannot express, the scored table, one chart per scored metric (observed band against
 * the simulated path) and the sources. Self-contained, as every report ({@link Page}).
 */
final class BacktestPage {

    private BacktestPage() {}

    static String render(BacktestResult result) {
        StringBuilder html = new StringBuilder(Page.head("Lodestone backtest"));
        html.append("<h1>Backtest: the model against what happened</h1>\n<p class=\"lead\">")
                .append(Html.escape(BacktestTable.score(result.episodes())))
                .append(
                        "</p>\n<p class=\"note\">Each episode is a scenario as it was, run on the bundled dataset with one")
                .append(" parameter set; a metric is inside when the simulated value lies in the observed band.")
                .append(" Metrics whose commodities the dataset lacks are listed but not scored. See")
                .append(" docs/validation.md.</p>\n");
        if (!result.calibrationLine().isEmpty()) {
            html.append("<p class=\"note\"><strong>")
                    .append(Html.escape(result.calibrationLine()))
                    .append("</strong></p>\n");
        }
        html.append("<nav><ul>\n");
        for (EpisodeResult e : result.episodes()) {
            html.append("<li><a href=\"#")
                    .append(Html.id(e.episode().name()))
                    .append("\">")
                    .append(Html.escape(e.episode().title()))
                    .append("</a> (")
                    .append(Html.escape(e.score().line()))
                    .append(")</li>\n");
        }
        html.append("</ul></nav>\n");
        result.episodes().forEach(e -> html.append(section(e)));
        return html.append(Page.foot(String.format(
                        Locale.ROOT,
                        "Ran %d episodes in %.1f s.",
                        result.episodes().size(),
                        result.seconds())))
                .toString();
    }

    private static String section(EpisodeResult e) {
        Episode episode = e.episode();
        StringBuilder html = new StringBuilder("<section class=\"scenario\" id=\"")
                .append(Html.id(episode.name()))
                .append("\">\n<h2>")
                .append(Html.escape(episode.title()))
                .append("</h2>\n<p class=\"facts\">")
                .append(Html.escape(episode.name() + " · scenario "
                        + episode.scenario().scenario().name() + " · "
                        + e.score().line()))
                .append("</p>\n");
        e.notRun()
                .ifPresent(r -> html.append("<p><strong>Not run:</strong> ")
                        .append(Html.escape(r))
                        .append("</p>\n"));
        if (!episode.gaps().isBlank()) {
            html.append("<p class=\"note\"><strong>What the dataset cannot express:</strong> ")
                    .append(Html.escape(episode.gaps()))
                    .append("</p>\n");
        }
        html.append(table(e.scores()));
        for (MetricScore s : e.scores()) {
            double[] path = e.paths().get(s.metric().id());
            if (path != null && path.length > 0) {
                html.append(BacktestChart.svg(s, path));
            }
        }
        html.append(sources(episode.sources()));
        return html.append("</section>\n").toString();
    }

    private static String table(List<MetricScore> scores) {
        StringBuilder html = new StringBuilder("<table>\n")
                .append(Html.row(
                        "th",
                        List.of(
                                "metric",
                                "nodes",
                                "days",
                                "unit",
                                "observed",
                                "band",
                                "simulated",
                                "verdict",
                                "note")));
        for (MetricScore s : scores) {
            ObservedMetric m = s.metric();
            html.append(Html.row(
                    "td",
                    List.of(
                            m.id(),
                            m.subject(),
                            m.fromDay() + "-" + m.toDay(),
                            m.kind().unit(),
                            m.observed().isPresent() ? Band.number(m.observed().getAsDouble()) : "-",
                            m.band().text() + " (" + m.band().basis().key() + ")",
                            s.simulated().isPresent()
                                    ? BacktestTable.shown(
                                            m.kind(), s.simulated().getAsDouble())
                                    : "-",
                            s.verdict().text(),
                            s.reason().isEmpty() ? m.note() : s.reason())));
        }
        return html.append("</table>\n").toString();
    }

    private static String sources(List<Episode.Source> sources) {
        StringBuilder html = new StringBuilder("<h3>Sources</h3>\n<ul class=\"assumptions\">\n");
        for (Episode.Source s : sources) {
            html.append("<li>[")
                    .append(Html.escape(s.id()))
                    .append("] ")
                    .append(Html.escape(s.publisher()))
                    .append(s.date().isEmpty() ? "" : ", " + Html.escape(s.date()))
                    .append(": ")
                    .append(Html.link(s.url(), s.title().isEmpty() ? s.url() : s.title()))
                    .append("</li>\n");
        }
        return html.append("</ul>\n").toString();
    }
}
