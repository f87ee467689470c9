package org.lodestone.app.sensitivity;

import java.util.Locale;
import org.lodestone.app.report.Axis;
import org.lodestone.app.report.Html;
import org.lodestone.app.report.InputNames;
import org.lodestone.app.report.Svg;

/**
 * An inline SVG tornado chart: one row per input, ranked by first-order index, with a bar from
 * the metric at the input's 5th percentile to the metric at its 95th (every other input at its
 * median), around a vertical line at the metric with every input at its median; the indices are
 * written at the right of each row.
 */
final class TornadoChart {

    private static final int WIDTH = 920;
    private static final int LEFT = 300;
    private static final int RIGHT = 720;
    private static final int TOP = 44;
    private static final int ROW = 30;
    private static final String LOW = "#56B4E9";
    private static final String HIGH = "#D55E00";

    private TornadoChart() {}

    /**
     * @param scale 100 to draw fractions as percentages, 1 otherwise
     */
    static String svg(SensitivityResult r, String axisTitle, double scale) {
        int[] ranking = r.ranking();
        int height = TOP + ROW * ranking.length + 56;
        int bottom = height - 46;
        double low = r.median() * scale;
        double high = low;
        for (int i : ranking) {
            low = Math.min(low, Math.min(r.low()[i], r.high()[i]) * scale);
            high = Math.max(high, Math.max(r.low()[i], r.high()[i]) * scale);
        }
        Axis x = Axis.nice(low, high, 6, LEFT, RIGHT);
        String title =
                "Tornado: " + r.metric().key() + " of " + r.unit() + " as each input goes from its P5 to its P95";
        StringBuilder svg = new StringBuilder(Svg.open(WIDTH, height, title));
        svg.append(Svg.text("chart-title", 10, 22, title, "", "start")).append('\n');
        Svg.xTicks(svg, x, LEFT, RIGHT, bottom);
        svg.append(Svg.text("axis-label", (LEFT + RIGHT) / 2.0, bottom + 36, axisTitle, "", "middle"));
        for (int n = 0; n < ranking.length; n++) {
            int i = ranking[n];
            double y = TOP + n * ROW;
            double base = x.at(r.median() * scale);
            svg.append("<g class=\"tornado-row\">")
                    .append(Svg.text(
                            "tick-label",
                            LEFT - 8,
                            y + 14,
                            InputNames.of(
                                    r.setup().scenario(),
                                    r.design().uncertainty().vary().get(i).path()),
                            "",
                            "end"));
            svg.append(bar(base, x.at(r.low()[i] * scale), y, LOW, "at P5: " + value(r.low()[i] * scale)));
            svg.append(bar(base, x.at(r.high()[i] * scale), y, HIGH, "at P95: " + value(r.high()[i] * scale)));
            svg.append(Svg.text(
                            "tick-label",
                            RIGHT + 10,
                            y + 14,
                            String.format(
                                    Locale.ROOT,
                                    "S %s  ST %s",
                                    index(r.indices().first()[i]),
                                    index(r.indices().total()[i])),
                            "",
                            "start"))
                    .append("</g>\n");
        }
        svg.append(Svg.line("baseline", x.at(r.median() * scale), TOP - 6, x.at(r.median() * scale), bottom))
                .append('\n');
        svg.append(legend(bottom));
        return svg.append("</svg>\n").toString();
    }

    private static String bar(double from, double to, double y, String colour, String title) {
        return String.format(
                Locale.ROOT,
                "<rect x=\"%.1f\" y=\"%.1f\" width=\"%.1f\" height=\"18\" fill=\"%s\"><title>%s</title></rect>",
                Math.min(from, to),
                y,
                Math.max(1, Math.abs(to - from)),
                colour,
                Html.escape(title));
    }

    private static String legend(int bottom) {
        return String.format(
                        Locale.ROOT,
                        "<g class=\"legend\"><rect x=\"10\" y=\"%d\" width=\"14\" height=\"10\" fill=\"%s\"/>",
                        bottom + 22,
                        LOW)
                + Svg.text("legend-label", 28, bottom + 31, "input at its P5", "", "start")
                + String.format(
                        Locale.ROOT,
                        "<rect x=\"130\" y=\"%d\" width=\"14\" height=\"10\" fill=\"%s\"/>",
                        bottom + 22,
                        HIGH)
                + Svg.text("legend-label", 148, bottom + 31, "input at its P95", "", "start") + "</g>\n";
    }

    private static String index(double v) {
        return Double.isNaN(v) ? "-" : String.format(Locale.ROOT, "%.2f", v).replace("-0.00", "0.00");
    }

    private static String value(double v) {
        return String.format(Locale.ROOT, "%.4g", v);
    }
}
