package org.lodestone.app.stresstest;

import java.time.LocalDate;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import org.lodestone.app.report.Axis;
import org.lodestone.app.report.Svg;
import org.lodestone.app.run.Scope;
import org.lodestone.core.ario.EventPhase;
import org.lodestone.core.ario.PhaseChanged;
import org.lodestone.core.scenario.EventKind;
import org.lodestone.core.scenario.EventSpec;

/**
 * An inline SVG timeline of a scenario's events on the same day axis as its charts: one row per
 * event with its description above a bar from its start to its end. What follows the end is read
 * from the run's phase changes ({@link PhaseChanged}), not guessed from the scenario: a paler bar
 * from the day the engine began recovering or rebuilding the loss to the day it was gone, or to
 * the end of the run when it never was. When the scenario has a start date, each day tick shows its
 * calendar date under the day number, as the line charts do.
 */
final class EventTimeline {

    private static final int ROW = 38;
    private static final int TOP = 14;
    /** The height of a further line of a wrapped event description, px. */
    private static final int LABEL_ROW = 15;
    /** Characters of a line of an event description (12 px, about 7 px a character) across the chart. */
    private static final int LABEL_CHARS = (LineChart.WIDTH - LineChart.LEFT - 10) / 7;
    /** The height the dates under the day ticks add, px. */
    private static final int DATE_ROW = 12;

    /** One colour per kind of event (Okabe–Ito); the shocks to capacity share one. */
    private static String colour(EventKind kind) {
        return switch (kind) {
            case CAPACITY_LOSS, CAPITAL_DESTROYED -> "#E69F00";
            case EXPORT_CONTROL -> "#D55E00";
            case LOGISTICS_DISRUPTION -> "#0072B2";
            case DEMAND_SHOCK -> "#CC79A7";
            case STOCK_RELEASE -> "#009E73";
        };
    }

    private EventTimeline() {}

    /**
     * @param events the scenario's events
     * @param phases the phase changes the run published for them (event indices in scenario order)
     * @param start  the scenario's day 0, if it has one: each day tick then shows its date
     */
    static String svg(
            List<EventSpec> events,
            List<PhaseChanged> phases,
            Scope scope,
            int days,
            String xTitle,
            Optional<LocalDate> start) {
        int dateRow = start.isPresent() ? DATE_ROW : 0;
        List<List<String>> labels = events.stream()
                .map(e -> Svg.wrap(EventText.describe(e, scope), LABEL_CHARS))
                .toList();
        int extra = labels.stream().mapToInt(l -> l.size() - 1).sum();
        int height = TOP + ROW * Math.max(1, events.size()) + LABEL_ROW * extra + 46 + dateRow;
        int bottom = height - 40 - dateRow;
        Axis x = Axis.exact(0, Math.max(days, 1), 8, LineChart.LEFT, LineChart.RIGHT);
        StringBuilder svg = new StringBuilder("<svg class=\"timeline\" xmlns=\"http://www.w3.org/2000/svg\" width=\""
                + LineChart.WIDTH + "\" height=\"" + height + "\" viewBox=\"0 0 " + LineChart.WIDTH + " " + height
                + "\" role=\"img\">\n<title>Events</title>\n");
        if (events.isEmpty()) {
            svg.append(Svg.text(
                    "event-label", LineChart.LEFT, TOP + 16, "no events: the run stays at its baseline", "", "start"));
        }
        double y = TOP;
        for (int n = 0; n < events.size(); n++) {
            EventSpec e = events.get(n);
            List<String> label = labels.get(n);
            double x0 = x.at(Math.min(e.start(), days));
            double x1 = x.at(Math.min(e.start() + e.duration(), days));
            svg.append("<g class=\"event ").append(e.type()).append("\">");
            svg.append(Svg.lines("event-label", LineChart.LEFT, y + 12, label, LABEL_ROW, "start"));
            y += LABEL_ROW * (label.size() - 1);
            String colour = colour(e.kind());
            int[] after = afterEnd(phases, n, days);
            if (after.length > 0) {
                svg.append(rect("recovery", x.at(after[0]), y + 18, x.at(after[1]) - x.at(after[0]), colour));
            }
            svg.append(rect("event-bar", x0, y + 18, Math.max(2, x1 - x0), colour))
                    .append("</g>\n");
            y += ROW;
        }
        if (start.isPresent()) {
            Svg.xDayTicks(svg, x, LineChart.LEFT, LineChart.RIGHT, bottom, start.get());
        } else {
            Svg.xTicks(svg, x, LineChart.LEFT, LineChart.RIGHT, bottom);
        }
        svg.append(Svg.text(
                "axis-label", (LineChart.LEFT + LineChart.RIGHT) / 2.0, bottom + 34 + dateRow, xTitle, "", "middle"));
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

    /**
     * The days event {@code n} spent recovering or rebuilding: from the step it entered either
     * phase to the step it finished, or to {@code days}; empty if it never did.
     */
    private static int[] afterEnd(List<PhaseChanged> phases, int n, int days) {
        int from = -1;
        int to = days;
        for (PhaseChanged change : phases) {
            if (change.event() != n) {
                continue;
            }
            boolean recovering = change.to() == EventPhase.RECOVERING || change.to() == EventPhase.REBUILDING;
            if (recovering && from < 0) {
                from = change.step();
            } else if (change.to() == EventPhase.FINISHED && from >= 0) {
                to = Math.min(change.step(), days);
            }
        }
        return from < 0 ? new int[0] : new int[] {Math.min(from, days), to};
    }
}
