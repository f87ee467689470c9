package org.lodestone.app.stresstest;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import org.lodestone.app.report.Axis;
import org.lodestone.app.report.Html;
import org.lodestone.app.report.Svg;
import org.lodestone.app.run.Scope;
import org.lodestone.core.shortfall.Role;

/**
 * An inline SVG line chart of output relative to baseline (in percent) over the days of a run:
 * axes with tick labels and titles, a dashed 100% line, one polyline per line and a legend. The
 * coalition is drawn wide and pale under its members, so a member equal to it stays visible;
 * regions outside the coalition are dashed. Lines of one role that coincide are drawn once, named
 * together, with a note under the chart.
 */
final class LineChart {

    static final int WIDTH = 920;
    static final int LEFT = 64;
    static final int RIGHT = 670;
    private static final int TOP = 40;
    private static final int LEGEND_X = 690;
    private static final int LEGEND_ROW = 18;
    private static final int NOTE_ROW = 18;
    /** The height of a further line of a wrapped title or legend entry, px. */
    private static final int TEXT_ROW = 15;
    /** Characters of a line of the title (14 px bold, about 8.5 px a character) across the chart. */
    private static final int TITLE_CHARS = (WIDTH - LEFT - 10) * 2 / 17;
    /** Characters of a line of a legend entry (12 px, up to 8 px a capital) right of the plot. */
    private static final int LEGEND_CHARS = (WIDTH - LEGEND_X - 36) / 8;
    /** Characters of a line of the note under the chart (the page's .note size, about 9 px a character). */
    private static final int NOTE_CHARS = (WIDTH - LEFT - 10) / 9;

    /** Lines closer than this on every day (a fraction of baseline: 0.0001%) are drawn once. */
    static final double SAME = 1e-6;

    private static final String[] PALETTE = {
        "#0072B2", "#D55E00", "#009E73", "#CC79A7", "#E69F00", "#56B4E9", "#882255", "#117733", "#999933", "#44AA99",
        "#AA4499", "#332288"
    };

    private LineChart() {}

    /**
     * @param title  the chart's title
     * @param xTitle the title of the day axis
     * @param days   days on the x axis
     * @param start  the scenario's day 0, if it has one: each day tick then shows its date
     */
    static String svg(String title, String xTitle, List<Line> given, int days, Optional<LocalDate> start) {
        List<Line> lines = merged(given);
        List<String> titleLines = Svg.wrap(title, TITLE_CHARS);
        int top = TOP + TEXT_ROW * (titleLines.size() - 1);
        List<List<String>> legend =
                lines.stream().map(l -> Svg.wrap(legendText(l), LEGEND_CHARS)).toList();
        int legendRows = legend.stream().mapToInt(List::size).sum();
        List<String> note = lines.size() < given.size() ? Svg.wrap(note(lines), NOTE_CHARS) : List.of();
        int height = Math.max(320, top + 70 + LEGEND_ROW * lines.size() + TEXT_ROW * (legendRows - lines.size()))
                + NOTE_ROW * note.size();
        int bottom = height - 50 - NOTE_ROW * note.size();
        Axis x = Axis.exact(0, Math.max(days, 1), 8, LEFT, RIGHT);
        Axis y = yAxis(lines, bottom, top);
        StringBuilder svg = new StringBuilder(Svg.open(WIDTH, height, title));
        svg.append(Svg.lines("chart-title", LEFT, 22, titleLines, TEXT_ROW, "start"))
                .append('\n');
        Svg.yTicks(svg, y, LEFT, RIGHT);
        if (start.isPresent()) {
            Svg.xDayTicks(svg, x, LEFT, RIGHT, bottom, start.get());
        } else {
            Svg.xTicks(svg, x, LEFT, RIGHT, bottom);
        }
        Svg.axisTitles(svg, "% of baseline", xTitle, LEFT, RIGHT, top, bottom);
        svg.append(Svg.line("baseline", LEFT, y.at(100), RIGHT, y.at(100))).append('\n');
        for (int n = 0; n < lines.size(); n++) {
            svg.append(polyline(lines.get(n), n, x, y));
        }
        legend(svg, lines, legend, top);
        if (!note.isEmpty()) {
            svg.append(Svg.lines("note", LEFT, height - 8 - NOTE_ROW * (note.size() - 1), note, NOTE_ROW, "start"));
        }
        return svg.append("</svg>\n").toString();
    }

    private static String note(List<Line> lines) {
        return "Lines that coincide are drawn once, named together: "
                + String.join(
                        "; ",
                        lines.stream()
                                .map(Line::label)
                                .filter(l -> l.contains(" = "))
                                .toList())
                + ".";
    }

    /**
     * The lines with those of one role that agree within {@link #SAME} on every day merged into
     * the first of them, labelled {@code JPN = SGP = QAT}: six identical lines would otherwise hide
     * each other. The coalition is never merged (it is drawn under its members on purpose).
     */
    static List<Line> merged(List<Line> lines) {
        List<Line> out = new ArrayList<>();
        List<List<String>> labels = new ArrayList<>();
        for (Line line : lines) {
            int same = -1;
            for (int k = 0; k < out.size() && same < 0; k++) {
                if (line.role() != Role.COALITION && out.get(k).role() == line.role() && agree(out.get(k), line)) {
                    same = k;
                }
            }
            if (same < 0) {
                out.add(line);
                labels.add(new ArrayList<>(List.of(line.label())));
            } else {
                labels.get(same).add(line.label());
            }
        }
        List<Line> result = new ArrayList<>();
        for (int k = 0; k < out.size(); k++) {
            Line l = out.get(k);
            result.add(new Line(String.join(" = ", labels.get(k)), l.role(), l.values()));
        }
        return result;
    }

    private static boolean agree(Line a, Line b) {
        double[] x = a.values();
        double[] y = b.values();
        if (x.length != y.length) {
            return false;
        }
        for (int t = 0; t < x.length; t++) {
            if (Math.abs(x[t] - y[t]) > SAME) {
                return false;
            }
        }
        return true;
    }

    private static Axis yAxis(List<Line> lines, int bottom, int top) {
        double low = 100;
        double high = 100;
        for (Line line : lines) {
            for (double v : line.values()) {
                low = Math.min(low, 100 * v);
                high = Math.max(high, 100 * v);
            }
        }
        low = Math.min(low, high - 1);
        return Axis.nice(low, high, 5, bottom, top);
    }

    private static String polyline(Line line, int n, Axis x, Axis y) {
        StringBuilder points = new StringBuilder();
        double[] values = line.values();
        for (int t = 0; t < values.length; t++) {
            points.append(t == 0 ? "" : " ")
                    .append(Html.coordinate(x.at(t)))
                    .append(',')
                    .append(Html.coordinate(y.at(100 * values[t])));
        }
        return "<polyline class=\"series " + line.role().key() + "\" data-region=\"" + Html.escape(line.label())
                + "\" fill=\"none\" " + style(line, n) + " points=\"" + points + "\"><title>"
                + Html.escape(legendText(line)) + "</title></polyline>\n";
    }

    private static String style(Line line, int n) {
        return switch (line.role()) {
            case COALITION -> "stroke=\"#000000\" stroke-opacity=\"0.35\" stroke-width=\"6\"";
            case MEMBER -> "stroke=\"" + PALETTE[n % PALETTE.length] + "\" stroke-width=\"2\"";
            case OTHER ->
                "stroke=\"" + (line.label().equals("world") ? "#555555" : PALETTE[n % PALETTE.length])
                        + "\" stroke-width=\"1.6\" stroke-dasharray=\"6 4\"";
        };
    }

    /** One entry per line, each its sample stroke and its words wrapped to the legend's width. */
    private static void legend(StringBuilder svg, List<Line> lines, List<List<String>> words, int top) {
        svg.append("<g class=\"legend\">\n");
        double y = top + 8;
        for (int n = 0; n < lines.size(); n++) {
            svg.append("<g class=\"legend-item\"><line x1=\"")
                    .append(LEGEND_X)
                    .append("\" x2=\"")
                    .append(LEGEND_X + 24)
                    .append("\" y1=\"")
                    .append(Html.coordinate(y))
                    .append("\" y2=\"")
                    .append(Html.coordinate(y))
                    .append("\" ")
                    .append(style(lines.get(n), n))
                    .append("/>")
                    .append(Svg.lines("legend-label", LEGEND_X + 30, y + 4, words.get(n), TEXT_ROW, "start"))
                    .append("</g>\n");
            y += LEGEND_ROW + TEXT_ROW * (words.get(n).size() - 1);
        }
        svg.append("</g>\n");
    }

    /** The legend's words for a line: the coalition, a member, or a region outside it (aggregates said so). */
    static String legendText(Line line) {
        return switch (line.role()) {
            case COALITION -> line.label() + " (coalition)";
            case MEMBER -> line.label();
            case OTHER ->
                line.label().equals("world")
                        ? "world (all producers)"
                        : line.label()
                                + (Scope.isAggregate(line.label()) ? " (aggregate, not a member)" : " (not a member)");
        };
    }
}
