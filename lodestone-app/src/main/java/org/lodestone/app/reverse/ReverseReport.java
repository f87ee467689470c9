package org.lodestone.app.reverse;

import java.util.List;
import java.util.Locale;
import org.lodestone.app.report.Html;
import org.lodestone.app.report.InputNames;
import org.lodestone.app.report.Page;
import org.lodestone.app.table.Csv;
import org.lodestone.core.reverse.Bisection;
import org.lodestone.core.reverse.SearchAxis;

/** The reverse stress test's {@code index.html}: the verdict, the chart, the boundary and the method. */
final class ReverseReport {

    private ReverseReport() {}

    static String render(ReverseResult r) {
        String title = "Lodestone reverse stress test: " + r.target() + " for " + r.unit() + " in "
                + r.setup().scenario().name();
        StringBuilder html = new StringBuilder(Page.head(title))
                .append("<header>\n<h1>")
                .append(Html.escape(title))
                .append("</h1>\n<p class=\"lead\">")
                .append(Html.escape(ReverseTable.verdict(r)))
                .append("</p>\n<p>")
                .append(Html.escape(intro(r)))
                .append("</p>\n</header>\n");
        html.append("<section id=\"chart\">\n<h2>")
                .append(r.line().isPresent() ? "The metric along the input" : "The boundary")
                .append("</h2>\n")
                .append(r.line().isPresent() ? BoundaryChart.line(r) : BoundaryChart.plane(r))
                .append("</section>\n");
        r.grid().ifPresent(g -> {
            html.append("<section id=\"boundary\">\n<h2>Boundary points</h2>\n<table>\n<thead>")
                    .append(Html.row(
                            "th", r.axes().stream().map(SearchAxis::path).toList()))
                    .append("</thead>\n<tbody>\n");
            g.boundary().forEach(p -> html.append(Html.row("td", List.of(Csv.number(p[0]), Csv.number(p[1])))));
            html.append("</tbody>\n</table>\n</section>\n");
        });
        html.append(method(r));
        return html.append(Page.foot(String.format(
                        Locale.ROOT,
                        "Written by Lodestone %s; %d runs in %.1f s on %d threads.",
                        r.version(),
                        r.evaluations().size(),
                        r.runSeconds(),
                        r.threads())))
                .toString();
    }

    private static String intro(ReverseResult r) {
        StringBuilder s = new StringBuilder();
        for (SearchAxis a : r.axes()) {
            s.append(InputNames.of(r.setup().scenario(), a.path()))
                    .append(" (")
                    .append(a.path())
                    .append(") from ")
                    .append(Csv.number(a.min()))
                    .append(" to ")
                    .append(Csv.number(a.max()))
                    .append("; ");
        }
        return s + "every other input at its value in " + r.setup().reference() + "; "
                + r.evaluations().size() + " runs, reported for " + r.unit() + " (coalition "
                + r.setup().scope().coalition().id() + " on "
                + r.setup().scope().date() + ").";
    }

    private static String method(ReverseResult r) {
        String how = r.line().isPresent()
                ? "Bisection: the target is checked at both ends of the range, then the interval between the last value where it holds "
                        + "and the first where it breaks is halved until narrower than "
                        + Csv.number(Bisection.DEFAULT_TOLERANCE)
                        + " of the range (whole numbers: adjacent values)."
                : "Grid: a coarse grid over both ranges; each cell whose corners disagree is split in four, several times; along every edge "
                        + "of the finest such cells whose ends disagree, the crossing is bisected. The boundary is the set of crossings.";
        return "<section id=\"method\">\n<h2>Method</h2>\n<ul>\n<li>" + Html.escape(how)
                + "</li>\n<li>Both assume the metric moves one way as "
                + "each input grows (a harsher disruption never helps); where it does not, a crossing is still found but others may be "
                + "missed. Runs are single deterministic runs of the scenario with the inputs set; no other input varies. See "
                + "docs/methods-uncertainty.md.</li>\n</ul>\n</section>\n";
    }
}
