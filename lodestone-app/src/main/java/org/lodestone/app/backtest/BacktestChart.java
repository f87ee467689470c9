package org.lodestone.app.backtest;

import org.lodestone.app.report.Axis;
import org.lodestone.app.report.Html;
import org.lodestone.app.report.Svg;
import org.lodestone.core.backtest.Band;
import org.lodestone.core.backtest.MetricKind;
import org.lodestone.core.backtest.MetricScore;
import org.lodestone.core.backtest.ObservedMetric;
import org.lodestone.core.shortfall.ShortfallMetrics;

/**
 * One metric's chart: the simulated output of its nodes, or its flow (% of baseline per day),
 * against what was observed. For output and flows, the band is a shaded box over the period and
 * the observed value a line across it (a blocked share b drawn as the flow 100 − b); for a first stock-out day, the band is a shaded strip of days; for days to recover,
 * a strip from the simulated first shortfall plus the band's days.
 */
final class BacktestChart {

    private static final int WIDTH = 760;
    private static final int HEIGHT = 326;
    private static final int LEFT = 64;
    private static final int RIGHT = 740;
    private static final int TOP = 40;
    private static final int BOTTOM = 250;

    private BacktestChart() {}

    static String svg(MetricScore score, double[] path) {
        ObservedMetric m = score.metric();
        String title = m.id() + ": " + m.subject() + " (" + m.kind().key() + ")";
        Axis x = Axis.exact(0, Math.max(path.length - 1, m.toDay() + 1), 8, LEFT, RIGHT);
        Axis y = yAxis(m, path);
        StringBuilder svg = new StringBuilder(Svg.open(WIDTH, HEIGHT, title));
        svg.append(Svg.text("chart-title", LEFT, 22, title, "", "start")).append('\n');
        Svg.yTicks(svg, y, LEFT, RIGHT);
        Svg.xTicks(svg, x, LEFT, RIGHT, BOTTOM);
        Svg.axisTitles(svg, "% of baseline", "days from the episode's start", LEFT, RIGHT, TOP, BOTTOM);
        observed(svg, score, path, x, y);
        svg.append(polyline(path, x, y));
        // under the axis title, so a long chart title never runs into it
        svg.append(Svg.text(
                "legend-label",
                LEFT,
                HEIGHT - 8,
                "blue: simulated; shaded: observed band; red: observed value",
                "",
                "start"));
        return svg.append("\n</svg>\n").toString();
    }

    private static Axis yAxis(ObservedMetric m, double[] path) {
        double low = 100;
        double high = 100;
        for (double v : path) {
            low = Math.min(low, 100 * v);
            high = Math.max(high, 100 * v);
        }
        if (m.kind() == MetricKind.NODE_OUTPUT || m.kind() == MetricKind.FLOW) {
            low = Math.min(low, m.band().min().orElse(low));
            high = Math.max(high, m.band().max().orElse(high));
            low = Math.min(low, m.observed().orElse(low));
            high = Math.max(high, m.observed().orElse(high));
        }
        if (m.kind() == MetricKind.SHARE_BLOCKED) {
            low = Math.min(low, 100 - m.band().max().orElse(100));
        }
        return Axis.nice(Math.min(low, high - 1), high, 5, BOTTOM, TOP);
    }

    private static void observed(StringBuilder svg, MetricScore score, double[] path, Axis x, Axis y) {
        ObservedMetric m = score.metric();
        Band band = m.band();
        switch (m.kind()) {
            case NODE_OUTPUT, FLOW -> {
                double top = band.max().isPresent() ? y.at(band.max().getAsDouble()) : y.to();
                double bottom = band.min().isPresent() ? y.at(band.min().getAsDouble()) : y.from();
                svg.append(box(x.at(m.fromDay()), top, x.at(m.toDay()), bottom));
                m.observed().ifPresent(v -> svg.append(observedLine(x.at(m.fromDay()), x.at(m.toDay()), y.at(v))));
            }
            case SHARE_BLOCKED -> {
                double top = band.min().isPresent() ? y.at(100 - band.min().getAsDouble()) : y.to();
                double bottom = band.max().isPresent() ? y.at(100 - band.max().getAsDouble()) : y.from();
                svg.append(box(x.at(m.fromDay()), top, x.at(m.toDay()), bottom));
                m.observed()
                        .ifPresent(v -> svg.append(observedLine(x.at(m.fromDay()), x.at(m.toDay()), y.at(100 - v))));
            }
            case FIRST_STOCKOUT_DAY -> strip(svg, x, band, 0, m.fromDay(), m.toDay());
            case DAYS_TO_RECOVER -> {
                int first = firstShortfall(path, m.fromDay());
                strip(svg, x, band, first, m.fromDay(), m.toDay());
            }
        }
    }

    private static void strip(StringBuilder svg, Axis x, Band band, int offset, int from, int to) {
        double low = offset + band.min().orElse(from - offset);
        double high = offset + Math.min(band.max().orElse(to - offset), to - offset + 1);
        svg.append(box(x.at(Math.max(low, x.min())), TOP, x.at(Math.min(high, x.max())), BOTTOM));
    }

    private static int firstShortfall(double[] path, int from) {
        for (int t = from; t < path.length; t++) {
            if (path[t] < 1 - ShortfallMetrics.TOLERANCE) {
                return t;
            }
        }
        return from;
    }

    private static String box(double x1, double y1, double x2, double y2) {
        return "<rect class=\"band\" fill=\"#E69F00\" fill-opacity=\"0.25\" x=\"" + Html.coordinate(Math.min(x1, x2))
                + "\" y=\"" + Html.coordinate(Math.min(y1, y2)) + "\" width=\""
                + Html.coordinate(Math.max(1, Math.abs(x2 - x1))) + "\" height=\""
                + Html.coordinate(Math.max(1, Math.abs(y2 - y1))) + "\"/>\n";
    }

    private static String observedLine(double x1, double x2, double y) {
        return "<line class=\"observed\" stroke=\"#D55E00\" stroke-width=\"2\" x1=\"" + Html.coordinate(x1)
                + "\" x2=\"" + Html.coordinate(x2) + "\" y1=\"" + Html.coordinate(y) + "\" y2=\"" + Html.coordinate(y)
                + "\"/>\n";
    }

    private static String polyline(double[] path, Axis x, Axis y) {
        StringBuilder points = new StringBuilder();
        for (int t = 0; t < path.length; t++) {
            points.append(t == 0 ? "" : " ")
                    .append(Html.coordinate(x.at(t)))
                    .append(',')
                    .append(Html.coordinate(y.at(100 * path[t])));
        }
        return "<polyline class=\"series simulated\" fill=\"none\" stroke=\"#0072B2\" stroke-width=\"2\" points=\""
                + points + "\"/>\n";
    }
}
