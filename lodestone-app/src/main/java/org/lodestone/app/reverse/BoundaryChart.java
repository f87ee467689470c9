package org.lodestone.app.reverse;

import java.util.Comparator;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import org.lodestone.app.report.Axis;
import org.lodestone.app.report.Html;
import org.lodestone.app.report.InputNames;
import org.lodestone.app.report.Svg;
import org.lodestone.app.table.Csv;
import org.lodestone.core.reverse.Evaluation;
import org.lodestone.core.reverse.SearchAxis;

/**
 * Inline SVG charts of a reverse stress test: for one input, the metric at each point run against
 * the input, with the threshold; for two, every point run (filled where the target holds, hollow
 * where it breaks) and the boundary found.
 */
final class BoundaryChart {

    private static final int WIDTH = 920;
    private static final int LEFT = 80;
    private static final int RIGHT = 700;
    private static final int TOP = 40;
    private static final int HEIGHT = 420;
    private static final String HOLDS = "#009E73";
    private static final String BREAKS = "#D55E00";
    private static final String OWN = "#0072B2";

    private BoundaryChart() {}

    /** The metric against the one input moved. */
    static String line(ReverseResult r) {
        SearchAxis a = r.axes().get(0);
        double scale = scale(r);
        List<Evaluation> runs = r.evaluations().stream()
                .sorted(Comparator.comparingDouble(e -> e.point()[0]))
                .toList();
        double low = r.target().threshold() * scale;
        double high = low;
        for (Evaluation e : runs) {
            if (!Double.isNaN(e.value())) {
                low = Math.min(low, e.value() * scale);
                high = Math.max(high, e.value() * scale);
            }
        }
        int bottom = HEIGHT - 60;
        Axis x = Axis.nice(a.min(), a.max(), 8, LEFT, RIGHT);
        Axis y = Axis.nice(low, high, 6, bottom, TOP);
        StringBuilder svg = frame(
                "Target " + r.target() + " as the " + name(r, a) + " moves", x, y, title(r, a), yTitle(r), bottom);
        svg.append(Svg.line(
                        "baseline",
                        LEFT,
                        y.at(r.target().threshold() * scale),
                        RIGHT,
                        y.at(r.target().threshold() * scale)))
                .append('\n');
        StringBuilder points = new StringBuilder();
        for (Evaluation e : runs) {
            if (!Double.isNaN(e.value())) {
                points.append(points.length() == 0 ? "" : " ")
                        .append(Html.coordinate(x.at(e.point()[0])))
                        .append(',')
                        .append(Html.coordinate(y.at(e.value() * scale)));
            }
        }
        svg.append("<polyline fill=\"none\" stroke=\"#555555\" stroke-width=\"1.5\" points=\"")
                .append(points)
                .append("\"/>\n");
        for (Evaluation e : runs) {
            if (!Double.isNaN(e.value())) {
                svg.append(dot(
                        x.at(e.point()[0]),
                        y.at(e.value() * scale),
                        e,
                        String.format(Locale.ROOT, "%s = %.4g: %.4g", a.path(), e.point()[0], e.value() * scale)));
            }
        }
        own(r, a).ifPresent(v -> svg.append(ownLine(x.at(v), v, bottom)));
        return svg.append(legend(bottom))
                .append(ownLegend(r))
                .append("</svg>\n")
                .toString();
    }

    /** The points run over the two inputs and the boundary. */
    static String plane(ReverseResult r) {
        SearchAxis a = r.axes().get(0);
        SearchAxis b = r.axes().get(1);
        int bottom = HEIGHT - 60;
        Axis x = Axis.nice(a.min(), a.max(), 8, LEFT, RIGHT);
        Axis y = Axis.nice(b.min(), b.max(), 6, bottom, TOP);
        StringBuilder svg = frame("Where " + r.target() + " breaks", x, y, title(r, a), title(r, b), bottom);
        for (Evaluation e : r.evaluations()) {
            svg.append(dot(
                    x.at(e.point()[0]),
                    y.at(e.point()[1]),
                    e,
                    String.format(
                            Locale.ROOT,
                            "%s = %.4g, %s = %.4g: %s = %.4g",
                            a.path(),
                            e.point()[0],
                            b.path(),
                            e.point()[1],
                            r.target().metric().key(),
                            e.value())));
        }
        StringBuilder curve = new StringBuilder();
        for (double[] p : r.grid().orElseThrow().boundary()) {
            curve.append(curve.length() == 0 ? "" : " ")
                    .append(Html.coordinate(x.at(p[0])))
                    .append(',')
                    .append(Html.coordinate(y.at(p[1])));
        }
        svg.append("<polyline class=\"boundary\" fill=\"none\" stroke=\"#000000\" stroke-width=\"2\" points=\"")
                .append(curve)
                .append("\"><title>boundary</title></polyline>\n");
        Optional<Double> ownA = own(r, a);
        Optional<Double> ownB = own(r, b);
        if (ownA.isPresent() && ownB.isPresent()) {
            svg.append(ownPoint(x.at(ownA.get()), y.at(ownB.get()), ownA.get(), ownB.get()));
        }
        return svg.append(legend(bottom))
                .append(ownLegend(r))
                .append("</svg>\n")
                .toString();
    }

    private static StringBuilder frame(String title, Axis x, Axis y, String xTitle, String yTitle, int bottom) {
        StringBuilder svg = new StringBuilder(Svg.open(WIDTH, HEIGHT, title));
        svg.append(Svg.text("chart-title", LEFT, 22, title, "", "start")).append('\n');
        Svg.yTicks(svg, y, LEFT, RIGHT);
        Svg.xTicks(svg, x, LEFT, RIGHT, bottom);
        Svg.axisTitles(svg, yTitle, xTitle, LEFT, RIGHT, TOP, bottom);
        return svg;
    }

    private static String dot(double cx, double cy, Evaluation e, String title) {
        String colour = e.holds() ? HOLDS : BREAKS;
        return String.format(
                        Locale.ROOT,
                        "<circle class=\"%s\" cx=\"%.1f\" cy=\"%.1f\" r=\"3.5\" fill=\"%s\" stroke=\"%s\"><title>%s</title></circle>",
                        e.holds() ? "holds" : "breaks",
                        cx,
                        cy,
                        e.holds() ? colour : "#ffffff",
                        colour,
                        Html.escape(title))
                + "\n";
    }

    private static String legend(int bottom) {
        return "<g class=\"legend\">"
                + String.format(
                        Locale.ROOT, "<circle cx=\"%d\" cy=\"%d\" r=\"4\" fill=\"%s\"/>", RIGHT + 20, TOP + 10, HOLDS)
                + Svg.text("legend-label", RIGHT + 30, TOP + 14, "target holds", "", "start")
                + String.format(
                        Locale.ROOT,
                        "<circle cx=\"%d\" cy=\"%d\" r=\"4\" fill=\"#ffffff\" stroke=\"%s\"/>",
                        RIGHT + 20,
                        TOP + 30,
                        BREAKS)
                + Svg.text("legend-label", RIGHT + 30, TOP + 34, "target breaks", "", "start") + "</g>\n";
    }

    /** The input's human name, e.g. {@code closure duration, days}. */
    private static String name(ReverseResult r, SearchAxis a) {
        return InputNames.of(r.setup().scenario(), a.path());
    }

    private static String title(ReverseResult r, SearchAxis a) {
        return name(r, a) + " (" + a.path() + ")";
    }

    /** The input's value in the scenario itself, when it lies in the range searched. */
    static Optional<Double> own(ReverseResult r, SearchAxis a) {
        double v = r.setup().scenarioValue(a.path());
        return v >= a.min() && v <= a.max() ? Optional.of(v) : Optional.empty();
    }

    private static String ownLine(double x, double value, int bottom) {
        return String.format(
                        Locale.ROOT,
                        "<g class=\"own\"><line x1=\"%.1f\" y1=\"%d\" x2=\"%.1f\" y2=\"%d\" stroke=\"%s\""
                                + " stroke-width=\"1.5\" stroke-dasharray=\"5 3\"/>",
                        x,
                        TOP,
                        x,
                        bottom,
                        OWN)
                + Svg.text("legend-label", x + 4, TOP + 12, "this scenario: " + Csv.number(value), "", "start")
                + "</g>\n";
    }

    private static String ownPoint(double x, double y, double a, double b) {
        return String.format(
                        Locale.ROOT,
                        "<g class=\"own\"><path d=\"M%.1f %.1fh16M%.1f %.1fv16\" stroke=\"%s\" stroke-width=\"3\"/>",
                        x - 8,
                        y,
                        x,
                        y - 8,
                        OWN)
                + "<title>" + Html.escape("this scenario: " + Csv.number(a) + ", " + Csv.number(b)) + "</title>"
                + Svg.text("legend-label", x + 10, y - 8, "this scenario", "", "start") + "</g>\n";
    }

    /** The legend's line for the scenario's own point, or why it is not drawn. */
    private static String ownLegend(ReverseResult r) {
        boolean drawn = r.axes().stream().allMatch(a -> own(r, a).isPresent());
        String text = drawn ? "this scenario's value" : "scenario's value: off the range";
        return "<g class=\"legend\">"
                + String.format(
                        Locale.ROOT,
                        "<path d=\"M%d %dh12\" stroke=\"%s\" stroke-width=\"3\"/>",
                        RIGHT + 14,
                        TOP + 50,
                        OWN)
                + Svg.text("legend-label", RIGHT + 30, TOP + 54, text, "", "start") + "</g>\n";
    }

    private static double scale(ReverseResult r) {
        return r.target().metric().shown(1);
    }

    private static String yTitle(ReverseResult r) {
        return r.target().metric().key()
                + (scale(r) == 100
                        ? ", % of baseline"
                        : " (" + r.setup().unitOf(r.target().metric()) + ")");
    }
}
