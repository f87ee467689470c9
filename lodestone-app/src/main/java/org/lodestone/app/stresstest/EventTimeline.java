package org.lodestone.app.stresstest;

import java.util.List;
import java.util.Locale;
import org.lodestone.app.report.Axis;
import org.lodestone.app.report.Svg;
import org.lodestone.core.scenario.EventSpec;

/**
 * An inline SVG timeline of a scenario's events on the same day axis as its charts: one row per
 * event with its description above a bar from its start to its end; a capacity loss's recovery
 * is drawn as a paler bar after it.
 */
final class EventTimeline {

    private static final int ROW = 38;
    private static final int TOP = 14;

    private EventTimeline() {}

    static String svg(List<EventSpec> events, Scope scope, int days, String xTitle) {
        int height = TOP + ROW * Math.max(1, events.size()) + 46;
        int bottom = height - 40;
        Axis x = Axis.nice(0, Math.max(days, 1), 8, LineChart.LEFT, LineChart.RIGHT);
        StringBuilder svg = new StringBuilder("<svg class=\"timeline\" xmlns=\"http://www.w3.org/2000/svg\" width=\""
                + LineChart.WIDTH + "\" height=\"" + height + "\" viewBox=\"0 0 " + LineChart.WIDTH + " " + height
                + "\" role=\"img\">\n<title>Events</title>\n");
        if (events.isEmpty()) {
            svg.append(Svg.text(
                    "event-label", LineChart.LEFT, TOP + 16, "no events: the run stays at its baseline", "", "start"));
        }
        for (int n = 0; n < events.size(); n++) {
            EventSpec e = events.get(n);
            double y = TOP + n * ROW;
            double x0 = x.at(Math.min(e.start(), days));
            double x1 = x.at(Math.min(e.start() + e.duration(), days));
            svg.append("<g class=\"event ").append(e.type()).append("\">");
            svg.append(Svg.text("event-label", LineChart.LEFT, y + 12, EventText.describe(e, scope), "", "start"));
            if (e instanceof EventSpec.CapacityLoss c) {
                double x2 = x.at(Math.min(e.start() + e.duration() + c.tau(), days));
                svg.append(rect("recovery", x1, y + 18, x2 - x1, colour(e)));
            }
            svg.append(rect("event-bar", x0, y + 18, Math.max(2, x1 - x0), colour(e)))
                    .append("</g>\n");
        }
        svg.append("<g class=\"axis x-axis\"><line class=\"axis-line\" x1=\"")
                .append(LineChart.LEFT)
                .append("\" x2=\"")
                .append(LineChart.RIGHT)
                .append("\" y1=\"")
                .append(bottom)
                .append("\" y2=\"")
                .append(bottom)
                .append("\"/>");
        for (double v : x.ticks()) {
            svg.append(Svg.text("tick-label", x.at(v), bottom + 16, x.label(v), "", "middle"));
        }
        svg.append("</g>\n")
                .append(Svg.text(
                        "axis-label", (LineChart.LEFT + LineChart.RIGHT) / 2.0, bottom + 34, xTitle, "", "middle"));
        return svg.append("</svg>\n").toString();
    }

    private static String rect(String cssClass, double x, double y, double width, String colour) {
        return String.format(
                Locale.ROOT,
                "<rect class=\"%s\" x=\"%.1f\" y=\"%.1f\" width=\"%.1f\" height=\"12\" fill=\"%s\"%s/>",
                cssClass,
                x,
                y,
                width,
                colour,
                cssClass.equals("recovery") ? " fill-opacity=\"0.3\"" : "");
    }

    private static String colour(EventSpec e) {
        return switch (e.type()) {
            case "export-control" -> "#D55E00";
            case "logistics-disruption" -> "#0072B2";
            case "demand-shock" -> "#CC79A7";
            case "stock-release" -> "#009E73";
            default -> "#E69F00";
        };
    }
}
