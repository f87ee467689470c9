package org.lodestone.app.ensemble;

import java.util.List;
import java.util.Objects;
import org.lodestone.app.report.Axis;
import org.lodestone.app.report.Html;
import org.lodestone.app.report.Svg;
import org.lodestone.core.ensemble.TrajectoryBands;

/**
 * An inline SVG chart of AI compute over the days of an ensemble: per unit, the P5–P95 band as a
 * pale area and the median as a line, with a dashed 100% line and a legend; each band drawn has its
 * own colour, identical bands are drawn once and, past the palette, the least hit are named in a
 * note instead ({@link BandSeries}).
 */
final class BandChart {

    static final int WIDTH = 920;
    private static final int LEFT = 64;
    private static final int RIGHT = 670;
    private static final int TOP = 40;
    private static final int LEGEND_X = 690;
    /** Height of a line of the note under the chart. */
    private static final int NOTE_ROW = 14;
    /** Characters of a line of the note (the page's .note size, about 9 px a character). */
    private static final int NOTE_CHARS = (WIDTH - LEFT - 10) / 9;

    private static final String[] PALETTE = {"#0072B2", "#D55E00", "#009E73", "#CC79A7", "#E69F00", "#56B4E9"};

    /**
     * One unit's bands.
     *
     * @param label what the bands are of (a coalition or region)
     * @param bands the percentiles per day
     */
    record Series(String label, TrajectoryBands bands) {
        Series {
            Objects.requireNonNull(label, "label");
            Objects.requireNonNull(bands, "bands");
        }
    }

    private BandChart() {}

    /**
     * @param xTitle the day axis's title, with the calendar date of day 0 when the scenario has one
     */
    static String svg(String title, String xTitle, List<Series> series, int days) {
        BandSeries shown = BandSeries.of(series, PALETTE.length);
        List<BandSeries.Drawn> drawn = shown.drawn();
        List<String> note = shown.note().isEmpty() ? List.of() : Svg.wrap(shown.note(), NOTE_CHARS);
        int height = Math.max(320, TOP + 70 + 36 * drawn.size()) + NOTE_ROW * note.size();
        int bottom = height - 50 - NOTE_ROW * note.size();
        Axis x = Axis.exact(0, Math.max(days, 1), 8, LEFT, RIGHT);
        Axis y = yAxis(drawn, bottom);
        StringBuilder svg = new StringBuilder(Svg.open(WIDTH, height, title));
        svg.append(Svg.text("chart-title", LEFT, 22, title, "", "start")).append('\n');
        Svg.yTicks(svg, y, LEFT, RIGHT);
        Svg.xTicks(svg, x, LEFT, RIGHT, bottom);
        Svg.axisTitles(svg, "% of baseline", xTitle, LEFT, RIGHT, TOP, bottom);
        svg.append(Svg.line("baseline", LEFT, y.at(100), RIGHT, y.at(100))).append('\n');
        for (int n = 0; n < drawn.size(); n++) {
            svg.append(band(drawn.get(n), PALETTE[n], x, y));
        }
        for (int n = 0; n < drawn.size(); n++) {
            legend(svg, drawn.get(n).legend(), PALETTE[n], TOP + 8 + n * 36);
        }
        if (!note.isEmpty()) {
            svg.append(Svg.lines("note", LEFT, height - 8 - NOTE_ROW * (note.size() - 1), note, NOTE_ROW, "start"));
        }
        return svg.append("</svg>\n").toString();
    }

    private static void legend(StringBuilder svg, String label, String colour, double ly) {
        svg.append("<g class=\"legend-item\"><rect x=\"")
                .append(LEGEND_X)
                .append("\" y=\"")
                .append(Html.coordinate(ly - 6))
                .append("\" width=\"24\" height=\"12\" fill=\"")
                .append(colour)
                .append("\" fill-opacity=\"0.25\"/>")
                .append(Svg.line("median", LEGEND_X, ly, LEGEND_X + 24, ly)
                        .replace("/>", " stroke=\"" + colour + "\" stroke-width=\"2\"/>"))
                .append(Svg.text("legend-label", LEGEND_X + 30, ly + 4, label + ": median", "", "start"))
                .append(Svg.text("legend-label", LEGEND_X + 30, ly + 19, "P5–P95 band", "", "start"))
                .append("</g>\n");
    }

    private static Axis yAxis(List<BandSeries.Drawn> series, int bottom) {
        double low = 100;
        double high = 100;
        for (BandSeries.Drawn s : series) {
            for (int t = 0; t < s.bands().days(); t++) {
                if (s.bands().members(t) > 0) {
                    low = Math.min(low, 100 * s.bands().quantile(t, 0.05));
                    high = Math.max(high, 100 * s.bands().quantile(t, 0.95));
                }
            }
        }
        return Axis.nice(Math.min(low, high - 1), high, 5, bottom, TOP);
    }

    private static String band(BandSeries.Drawn s, String colour, Axis x, Axis y) {
        TrajectoryBands b = s.bands();
        StringBuilder upper = new StringBuilder();
        StringBuilder lower = new StringBuilder();
        StringBuilder median = new StringBuilder();
        for (int t = 0; t < b.days(); t++) {
            if (b.members(t) == 0) {
                continue;
            }
            String px = Html.coordinate(x.at(t));
            upper.append(px)
                    .append(',')
                    .append(Html.coordinate(y.at(100 * b.quantile(t, 0.95))))
                    .append(' ');
            lower.insert(0, px + "," + Html.coordinate(y.at(100 * b.quantile(t, 0.05))) + " ");
            median.append(median.length() == 0 ? "" : " ")
                    .append(px)
                    .append(',')
                    .append(Html.coordinate(y.at(100 * b.quantile(t, 0.5))));
        }
        String label = Html.escape(String.join(" = ", s.labels()));
        return "<g class=\"series\" data-unit=\"" + label + "\"><polygon class=\"band\" fill=\"" + colour
                + "\" fill-opacity=\"0.25\" stroke=\"none\" "
                + "points=\"" + upper + lower.toString().trim() + "\"><title>" + label
                + ": P5–P95</title></polygon>\n<polyline class=\"median\" "
                + "fill=\"none\" stroke=\"" + colour + "\" stroke-width=\"2\" points=\"" + median + "\"><title>" + label
                + ": median</title></polyline></g>\n";
    }
}
