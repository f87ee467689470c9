package org.lodestone.app.stresstest;

import java.util.List;
import org.lodestone.app.backtest.TrackRecord;
import org.lodestone.app.report.Html;
import org.lodestone.core.ario.ArioParameters;

/**
 * The report's first screen, which is also its two-page print: page one has the sentences of
 * {@link Brief} and the chart comparing every scenario; page two the member × scenario heat map,
 * the line naming the scenarios without an effect, and the map of members, countries of concern
 * and chokepoints. The details follow on screen only. Under the sentences, one line says how far
 * the model met the record of real disruptions and which figures rest on an unsettled setting
 * ({@link #trust}), so a reader of the two printed pages alone is told what the track record says.
 */
final class BriefSection {

    private BriefSection() {}

    static String render(StressTestResult result) {
        StringBuilder html = new StringBuilder("<section id=\"brief\" class=\"brief\">\n<h2>In brief</h2>\n");
        html.append("<div class=\"sentences\">\n");
        for (String sentence : Brief.sentences(result)) {
            html.append("<p class=\"sentence\">").append(Html.escape(sentence)).append("</p>\n");
        }
        html.append("</div>\n").append(trust(result));
        html.append("<figure class=\"comparison\">\n")
                .append(ScenarioComparison.svg(result))
                .append("</figure>\n</section>\n");
        html.append("<section id=\"brief-2\" class=\"brief page-two\">\n<h2>Who is hit, where</h2>\n")
                .append(HeatMap.html(
                        result,
                        HeatMap.delivered(result.scope().finalCommodity().id().value())));
        List<String> none = noEffect(result);
        if (!none.isEmpty()) {
            html.append("<p class=\"no-effect\">No effect on any member (collapsed below): ")
                    .append(Html.escape(String.join(", ", none)))
                    .append(".</p>\n");
        }
        html.append(MapSection.coalitionMap(result));
        html.append("<p class=\"note screen-only\">Printing this page gives these two pages as a brief; ")
                .append("the details follow, and every number is in summary.csv and summary.json beside it.</p>\n");
        return html.append("</section>\n").toString();
    }

    /**
     * The brief's line on trust: the backtest score on the report's dataset and, for each recorded
     * calibration run, its score and what it changes; empty for a dataset without a track record.
     */
    static String trust(StressTestResult result) {
        return TrackRecord.of(result.scope().reference())
                .map(record -> {
                    StringBuilder line =
                            new StringBuilder("<p class=\"trust\">How far to trust these figures: replaying "
                                    + "real disruptions, the model has " + Html.escape(record.score()) + " (ψ = "
                                    + ArioParameters.defaults().psi()
                                    + ", the share of their stock target below which buyers ration)");
                    for (TrackRecord.Calibration c : record.calibrations()) {
                        line.append("; with ψ = ")
                                .append(c.psi())
                                .append(", ")
                                .append(Html.escape(c.score()))
                                .append(", and ")
                                .append(Html.escape(c.note()));
                    }
                    return line.append(". See <a href=\"#track-record\">Track record</a>.</p>\n")
                            .toString();
                })
                .orElse("");
    }

    /** The names of the scenarios without an effect. */
    static List<String> noEffect(StressTestResult result) {
        return result.scenarios().stream()
                .filter(Brief::noEffect)
                .map(s -> s.entry().name())
                .toList();
    }

    /** One line in place of a scenario section, for a scenario without an effect. */
    static String collapsed(ScenarioResult s) {
        return "<section class=\"scenario collapsed\" id=\"scenario-"
                + Html.id(s.entry().name()) + "\">\n<p><strong>"
                + Html.escape(s.entry().name()) + "</strong>: "
                + Html.escape(s.entry().title())
                + ". No region's output of the final commodity moved by more than 0.1% of baseline and no member's node "
                + "lost output in " + s.entry().scenario().horizon() + " days ("
                + Html.escape(s.entry().reference())
                + ", seed " + s.entry().scenario().seed() + ").</p>\n</section>\n";
    }
}
