package org.lodestone.app.stresstest;

import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.OptionalDouble;
import java.util.function.Function;
import org.lodestone.app.report.Html;
import org.lodestone.core.shortfall.Role;

/**
 * The brief's member × scenario heat map: an HTML table, one row per scenario with an effect and
 * one column for the coalition and each member, each cell a measure in % of baseline coloured from
 * white (100%) to deep red (the lowest value in the table); values above 100% are pale blue.
 * Scenarios without an effect are left out (the brief names them in a line). The measure is a
 * parameter so that other measures (end uses, value at risk) can be drawn the same way.
 */
final class HeatMap {

    /**
     * What a heat map shows.
     *
     * @param title the table's caption, with the unit
     * @param value the measure of one outcome as a fraction of baseline, empty when it has none
     */
    record Measure(String title, Function<RegionOutcome, OptionalDouble> value) {}

    /** Delivered final commodity over the run. */
    static Measure delivered(String finalCommodity) {
        return new Measure(
                finalCommodity + " delivered over the run, % of baseline",
                r -> r.compute().map(m -> OptionalDouble.of(m.delivered())).orElse(OptionalDouble.empty()));
    }

    private HeatMap() {}

    static String html(StressTestResult result, Measure measure) {
        List<ScenarioResult> rows =
                result.scenarios().stream().filter(s -> !Brief.noEffect(s)).toList();
        if (rows.isEmpty()) {
            return "";
        }
        List<String> columns = new ArrayList<>();
        columns.add(result.scope().coalition().id());
        rows.get(0).regions().stream().filter(r -> r.role() == Role.MEMBER).forEach(r -> columns.add(r.region()));
        double low = low(rows, columns, measure);
        StringBuilder html = new StringBuilder("<table class=\"heatmap\">\n<caption>")
                .append(Html.escape(measure.title()))
                .append("</caption>\n<thead><tr><th>scenario</th>");
        columns.forEach(c -> html.append("<th>").append(Html.escape(c)).append("</th>"));
        html.append("</tr></thead>\n<tbody>\n");
        for (ScenarioResult s : rows) {
            html.append("<tr><th><a href=\"#scenario-")
                    .append(Html.id(s.entry().name()))
                    .append("\">")
                    .append(Html.escape(s.entry().name()))
                    .append("</a></th>");
            for (String c : columns) {
                cell(html, measure.value().apply(s.region(c)), low);
            }
            html.append("</tr>\n");
        }
        return html.append("</tbody>\n</table>\n").toString();
    }

    private static void cell(StringBuilder html, OptionalDouble value, double low) {
        if (value.isEmpty()) {
            html.append("<td class=\"num\">-</td>");
            return;
        }
        double v = value.getAsDouble();
        html.append("<td class=\"num\" style=\"background:")
                .append(colour(v, low))
                .append("\">")
                .append(String.format(Locale.ROOT, "%.1f", 100 * v))
                .append("</td>");
    }

    /** White at 100%, deep red at {@code low}, pale blue above 100%. */
    static String colour(double value, double low) {
        if (value > 1) {
            return "#dbe9f6";
        }
        double t = low >= 1 ? 0 : Math.min(1, (1 - value) / (1 - low));
        int g = (int) Math.round(255 - t * (255 - 80));
        int b = (int) Math.round(255 - t * (255 - 60));
        return String.format(Locale.ROOT, "#%02x%02x%02x", 255 - (int) Math.round(t * 55), g, b);
    }

    private static double low(List<ScenarioResult> rows, List<String> columns, Measure measure) {
        double low = 1;
        for (ScenarioResult s : rows) {
            for (String c : columns) {
                OptionalDouble v = measure.value().apply(s.region(c));
                if (v.isPresent()) {
                    low = Math.min(low, v.getAsDouble());
                }
            }
        }
        return low;
    }
}
