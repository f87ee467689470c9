package org.lodestone.app.report;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;

/**
 * Pieces of the report's inline SVG charts: the document element, text, and axes with grid
 * lines, ticks and labels. Class names match the report's stylesheet ({@link Page#CSS}).
 */
public final class Svg {

    private Svg() {}

    /** The opening {@code <svg>} element with a title, for a chart of the given size. */
    public static String open(int width, int height, String title) {
        return "<svg class=\"chart\" xmlns=\"http://www.w3.org/2000/svg\" width=\"" + width + "\" height=\"" + height
                + "\" viewBox=\"0 0 " + width + ' ' + height + "\" role=\"img\">\n<title>" + Html.escape(title)
                + "</title>\n";
    }

    /** A text element; {@code transform} may be empty. */
    public static String text(String cssClass, double x, double y, String content, String transform, String anchor) {
        return "<text class=\"" + cssClass + "\" x=\"" + Html.coordinate(x) + "\" y=\"" + Html.coordinate(y)
                + "\" text-anchor=\"" + anchor + "\"" + (transform.isEmpty() ? "" : " transform=\"" + transform + "\"")
                + ">" + Html.escape(content) + "</text>";
    }

    /**
     * Splits {@code text} at spaces into lines of at most {@code maxChars} characters, so a label
     * stays inside its chart (a single longer word keeps a line of its own).
     */
    public static List<String> wrap(String text, int maxChars) {
        List<String> lines = new ArrayList<>();
        StringBuilder line = new StringBuilder();
        for (String word : text.split(" ")) {
            if (line.length() > 0 && line.length() + 1 + word.length() > maxChars) {
                lines.add(line.toString());
                line.setLength(0);
            }
            line.append(line.length() > 0 ? " " : "").append(word);
        }
        lines.add(line.toString());
        return lines;
    }

    /** A text element of several lines: the first at {@code y}, each next {@code lineHeight} lower. */
    public static String lines(
            String cssClass, double x, double y, List<String> lines, double lineHeight, String anchor) {
        StringBuilder text = new StringBuilder("<text class=\"" + cssClass + "\" x=\"" + Html.coordinate(x) + "\" y=\""
                + Html.coordinate(y) + "\" text-anchor=\"" + anchor + "\">");
        for (int n = 0; n < lines.size(); n++) {
            text.append("<tspan x=\"")
                    .append(Html.coordinate(x))
                    .append("\" dy=\"")
                    .append(n == 0 ? "0" : Html.coordinate(lineHeight))
                    .append("\">")
                    .append(Html.escape(lines.get(n)))
                    .append("</tspan>");
        }
        return text.append("</text>").toString();
    }

    /** A line element with a CSS class. */
    public static String line(String cssClass, double x1, double y1, double x2, double y2) {
        return "<line class=\"" + cssClass + "\" x1=\"" + Html.coordinate(x1) + "\" x2=\"" + Html.coordinate(x2)
                + "\" y1=\"" + Html.coordinate(y1) + "\" y2=\"" + Html.coordinate(y2) + "\"/>";
    }

    /** A vertical axis at {@code left}: a grid line across to {@code right} and a label at every tick. */
    public static void yTicks(StringBuilder svg, Axis y, int left, int right) {
        svg.append("<g class=\"axis y-axis\">\n");
        for (double v : y.ticks()) {
            svg.append(line("grid", left, y.at(v), right, y.at(v)));
            svg.append(text("tick-label", left - 6, y.at(v) + 4, y.label(v), "", "end"));
        }
        svg.append(line("axis-line", left, y.from(), left, y.to())).append("\n</g>\n");
    }

    /** A horizontal axis at {@code bottom} from {@code left} to {@code right}: ticks and labels. */
    public static void xTicks(StringBuilder svg, Axis x, int left, int right, int bottom) {
        svg.append("<g class=\"axis x-axis\">\n").append(line("axis-line", left, bottom, right, bottom));
        for (double v : x.ticks()) {
            svg.append(line("tick", x.at(v), bottom, x.at(v), bottom + 5));
            svg.append(text("tick-label", x.at(v), bottom + 18, x.label(v), "", "middle"));
        }
        svg.append("</g>\n");
    }

    /**
     * Day ticks with the calendar date of each under its day number, for a scenario with a start
     * date: {@code start} is day 0, so tick {@code d} is {@code start + d} days.
     */
    public static void xDayTicks(StringBuilder svg, Axis x, int left, int right, int bottom, LocalDate start) {
        svg.append("<g class=\"axis x-axis\">\n").append(line("axis-line", left, bottom, right, bottom));
        for (double v : x.ticks()) {
            svg.append(line("tick", x.at(v), bottom, x.at(v), bottom + 5));
            svg.append(text("tick-label", x.at(v), bottom + 15, x.label(v), "", "middle"));
            svg.append(text(
                    "tick-date",
                    x.at(v),
                    bottom + 27,
                    start.plusDays(Math.round(v)).toString(),
                    "",
                    "middle"));
        }
        svg.append("</g>\n");
    }

    /** A title along the left side, rotated, and one under the x axis. */
    public static void axisTitles(
            StringBuilder svg, String yTitle, String xTitle, int left, int right, int top, int bottom) {
        double middle = (top + bottom) / 2.0;
        svg.append(text(
                "axis-label",
                left - 48,
                middle,
                yTitle,
                "rotate(-90 " + (left - 48) + " " + Html.coordinate(middle) + ")",
                "middle"));
        svg.append(text("axis-label", (left + right) / 2.0, bottom + 40, xTitle, "", "middle"));
    }
}
