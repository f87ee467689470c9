package org.lodestone.app.stresstest;

import java.util.List;
import org.lodestone.app.report.Axis;
import org.lodestone.app.report.Html;
import org.lodestone.app.report.Svg;
import org.lodestone.core.shortfall.ShortfallMetrics;

/**
 * The brief's chart comparing every scenario: for the coalition, a bar of the final commodity
 * delivered over the run and a bar of the deepest day, both in % of baseline, on one axis that
 * starts at zero. Scenarios without a node of the final commodity for the coalition get no bars.
 */
final class ScenarioComparison {

    private static final int WIDTH = 920;
    private static final int LEFT = 230;
    private static final int RIGHT = 860;
    private static final int TOP = 56;
    private static final int ROW = 34;
    private static final int BAR = 12;
    static final String DELIVERED = "#1f6fb2";
    static final String DEEPEST = "#d58a3a";

    private ScenarioComparison() {}

    static String svg(StressTestResult result) {
        List<ScenarioResult> scenarios = result.scenarios();
        String last = result.scope().finalCommodity().id().value();
        int bottom = TOP + ROW * scenarios.size();
        int height = bottom + 50;
        String title = last + " for the coalition per scenario: delivered over the run and on the worst day";
        Axis x = Axis.nice(0, Math.max(100, high(scenarios)), 10, LEFT, RIGHT);
        StringBuilder svg = new StringBuilder(Svg.open(WIDTH, height, title));
        svg.append(Svg.text("chart-title", 10, 20, title, "", "start")).append('\n');
        legend(svg);
        svg.append("<g class=\"axis x-axis\">\n");
        for (double v : x.ticks()) {
            svg.append(Svg.line("grid", x.at(v), TOP - 6, x.at(v), bottom));
            svg.append(Svg.text("tick-label", x.at(v), bottom + 16, x.label(v), "", "middle"));
        }
        svg.append(Svg.line("axis-line", LEFT, bottom, RIGHT, bottom)).append("</g>\n");
        svg.append(
                Svg.text("axis-label", (LEFT + RIGHT) / 2.0, bottom + 38, "% of baseline (axis from 0)", "", "middle"));
        for (int i = 0; i < scenarios.size(); i++) {
            row(svg, scenarios.get(i), TOP + i * ROW, x);
        }
        return svg.append("</svg>\n").toString();
    }

    private static void row(StringBuilder svg, ScenarioResult s, int top, Axis x) {
        svg.append("<g class=\"scenario-row\" data-scenario=\"")
                .append(Html.escape(s.entry().name()))
                .append("\">");
        svg.append(Svg.text("tick-label", LEFT - 8, top + BAR + 4, s.entry().name(), "", "end"));
        s.coalition().compute().ifPresent(m -> {
            bar(svg, x, top + 2, m.delivered(), DELIVERED, "delivered");
            bar(svg, x, top + 2 + BAR + 2, m.deepest(), DEEPEST, "deepest");
        });
        svg.append("</g>\n");
    }

    private static void bar(StringBuilder svg, Axis x, double y, double fraction, String colour, String what) {
        double end = x.at(100 * fraction);
        svg.append("<rect class=\"bar ")
                .append(what)
                .append("\" x=\"")
                .append(LEFT)
                .append("\" y=\"")
                .append(Html.coordinate(y))
                .append("\" width=\"")
                .append(Html.coordinate(end - LEFT))
                .append("\" height=\"")
                .append(BAR)
                .append("\" fill=\"")
                .append(colour)
                .append("\"><title>")
                .append(what)
                .append(' ')
                .append(MetricText.percent(fraction))
                .append("%</title></rect>");
        svg.append(Svg.text("bar-label", end + 4, y + BAR - 2, MetricText.percent(fraction) + "%", "", "start"));
    }

    private static void legend(StringBuilder svg) {
        int y = 34;
        svg.append("<g class=\"legend\">");
        svg.append("<rect x=\"")
                .append(LEFT)
                .append("\" y=\"")
                .append(y - 9)
                .append("\" width=\"12\" height=\"10\" fill=\"")
                .append(DELIVERED)
                .append("\"/>");
        svg.append(Svg.text("legend-label", LEFT + 16, y, "delivered over the run, % of baseline", "", "start"));
        svg.append("<rect x=\"")
                .append(LEFT + 280)
                .append("\" y=\"")
                .append(y - 9)
                .append("\" width=\"12\" height=\"10\" fill=\"")
                .append(DEEPEST)
                .append("\"/>");
        svg.append(Svg.text("legend-label", LEFT + 296, y, "deepest day, % of baseline", "", "start"));
        svg.append("</g>\n");
    }

    private static double high(List<ScenarioResult> scenarios) {
        return scenarios.stream()
                .flatMap(s -> s.coalition().compute().stream())
                .mapToDouble(ShortfallMetrics::delivered)
                .map(v -> 100 * v)
                .max()
                .orElse(100);
    }
}
