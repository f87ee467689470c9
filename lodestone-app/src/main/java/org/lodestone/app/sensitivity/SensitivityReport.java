package org.lodestone.app.sensitivity;

import java.util.List;
import java.util.Locale;
import org.lodestone.app.report.Html;
import org.lodestone.app.report.InputNames;
import org.lodestone.app.report.Page;
import org.lodestone.core.sensitivity.SobolIndices;
import org.lodestone.core.uncertainty.Variation;

/** The sensitivity analysis's {@code index.html}: the tornado chart, the ranked indices and the method. */
final class SensitivityReport {

    private SensitivityReport() {}

    static String render(SensitivityResult r) {
        boolean fraction = r.metric().percent();
        String title = "Lodestone sensitivity: " + r.metric().key() + " of " + r.unit() + " in "
                + r.setup().scenario().name();
        StringBuilder html = new StringBuilder(Page.head(title))
                .append("<header>\n<h1>")
                .append(Html.escape(title))
                .append("</h1>\n<p>")
                .append(Html.escape(intro(r)))
                .append("</p>\n</header>\n");
        html.append("<section id=\"tornado\">\n<h2>Which inputs matter</h2>\n")
                .append(TornadoChart.svg(
                        r,
                        (fraction
                                        ? r.metric().key() + ", % of baseline"
                                        : r.metric().key() + " (" + r.setup().unitOf(r.metric()) + ")")
                                + "; bars from the median run, axis not from 0",
                        fraction ? 100 : 1))
                .append(
                        "<p class=\"note\">Rows are ranked by first-order index S (the share of the metric's variance the input explains "
                                + "alone); ST is the total index (alone and with others). Bars: the metric with the input at its 5th and 95th "
                                + "percentile and every other input at its median; the vertical line is the metric with every input at its "
                                + "median.</p>\n</section>\n");
        html.append(table(r)).append(method(r));
        return html.append(Page.foot(String.format(
                        Locale.ROOT,
                        "Written by Lodestone %s; %d runs in %.1f s on %s.",
                        r.version(),
                        r.design().size(),
                        r.runSeconds(),
                        r.ranOn())))
                .toString();
    }

    private static String intro(SensitivityResult r) {
        return r.design().size() + " runs of " + r.setup().reference() + " (a Saltelli design with N = "
                + r.design().samples() + " over "
                + r.design().inputs() + " inputs, seed "
                + r.design().uncertainty().seed() + "), for " + r.unit() + " (coalition "
                + r.setup().scope().coalition().id() + " on "
                + r.setup().scope().date() + ")."
                + (r.indices().variance() == 0
                        ? " The metric does not vary over these runs, so no input can be ranked."
                        : "");
    }

    private static String table(SensitivityResult r) {
        SobolIndices s = r.indices();
        StringBuilder html = new StringBuilder("<section id=\"indices\">\n<h2>Sobol indices</h2>\n<table>\n<thead>")
                .append(Html.row(
                        "th",
                        List.of(
                                "rank",
                                "input",
                                "distribution",
                                "first order S (95% interval)",
                                "total ST (95% interval)",
                                "metric at P5" + unit(r),
                                "metric at P95" + unit(r))))
                .append("</thead>\n<tbody>\n");
        int rank = 1;
        for (int i : r.ranking()) {
            Variation v = r.design().uncertainty().vary().get(i);
            html.append(Html.row(
                    "td",
                    List.of(
                            String.valueOf(rank++),
                            InputNames.of(r.setup().scenario(), v.path()) + " (" + v.path() + ")",
                            v.distribution().describe(),
                            interval(s.first()[i], s.firstLow()[i], s.firstHigh()[i]),
                            interval(s.total()[i], s.totalLow()[i], s.totalHigh()[i]),
                            metric(r, r.low()[i]),
                            metric(r, r.high()[i]))));
        }
        return html.append("</tbody>\n</table>\n</section>\n").toString();
    }

    /** The metric's unit in the table's header: percent for a fraction, as the tornado draws it. */
    private static String unit(SensitivityResult r) {
        return r.metric().percent() ? ", % of baseline" : " (" + r.metric().unit() + ")";
    }

    private static String metric(SensitivityResult r, double value) {
        return r.metric().percent()
                ? String.format(Locale.ROOT, "%.2f", r.metric().shown(value))
                : String.format(Locale.ROOT, "%.4g", value);
    }

    private static String interval(double value, double low, double high) {
        return Double.isNaN(value)
                ? "-"
                : String.format(Locale.ROOT, "%.3f (%.3f to %.3f)", value, low, high)
                        .replace("-0.000", "0.000");
    }

    private static String method(SensitivityResult r) {
        return "<section id=\"method\">\n<h2>Method</h2>\n<ul>\n"
                + "<li>Two matrices A and B of N = " + r.design().samples()
                + " rows each draw every input from its distribution; for each "
                + "input i, A_B^(i) is A with column i taken from B. The metric is computed for every row of A, B and each A_B^(i): N (d + 2) "
                + "runs.</li>\n<li>First order (Saltelli et al. 2010): S_i = mean over rows of (f_B − mean) (f_ABi − f_A) / V; total "
                + "(Jansen 1999): ST_i = mean of (f_A − f_ABi)² / 2V; V is the variance of f_A and f_B. Intervals: 95% bootstrap over the "
                + "rows.</li>\n<li>Indices are estimates: small negative values and S above ST are noise; a larger N narrows the intervals. "
                + "They rank the inputs within the ranges written in the scenario's uncertainty block, and say nothing about inputs held "
                + "fixed. See docs/methods-uncertainty.md.</li>\n</ul>\n</section>\n";
    }
}
