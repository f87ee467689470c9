package org.lodestone.app.stresstest;

import java.util.ArrayList;
import java.util.EnumMap;
import java.util.List;
import java.util.Map;
import java.util.function.Function;
import org.lodestone.app.report.Html;
import org.lodestone.core.model.Dataset;
import org.lodestone.core.model.DatasetInfo;
import org.lodestone.core.model.Provenance;
import org.lodestone.core.model.Source;
import org.lodestone.core.model.Status;

/** The report's provenance: the dataset's identity, how its numbers were obtained, its sources, and the scenarios' hashes. */
final class ProvenanceSection {

    private ProvenanceSection() {}

    static String render(StressTestResult result) {
        Dataset dataset = result.scope().dataset();
        DatasetInfo info = dataset.info();
        StringBuilder html = new StringBuilder("<section id=\"provenance\">\n<h2>Provenance</h2>\n");
        html.append("<p>Dataset <strong>")
                .append(Html.escape(info.name()))
                .append("</strong> (")
                .append(Html.escape(result.scope().reference()))
                .append(", id ")
                .append(Html.escape(info.id()))
                .append(", version ")
                .append(Html.escape(info.version()))
                .append(", reference year ")
                .append(info.year())
                .append("). ")
                .append(Html.escape(info.description()))
                .append("</p>\n");
        html.append("<h3>How the numbers were obtained</h3>\n<table class=\"counts\">\n<thead>")
                .append(Html.row("th", List.of("rows", "observed", "estimated", "assumed")))
                .append("</thead>\n<tbody>\n");
        counts(html, "production", dataset.production(), p -> p.provenance());
        counts(html, "recipes", dataset.recipes(), r -> r.provenance());
        counts(html, "final demand", dataset.finalDemand(), f -> f.provenance());
        counts(html, "trade flows", dataset.flows(), f -> f.provenance());
        counts(html, "chokepoints", dataset.chokepoints(), c -> c.provenance());
        counts(html, "route shares", dataset.routes(), r -> r.provenance());
        html.append(
                "</tbody>\n</table>\n<p class=\"note\">observed: read in the cited source; estimated: worked out from cited numbers; "
                        + "assumed: given by no source, with a rationale (listed per scenario above).</p>\n");
        html.append(sources(dataset.sources()));
        html.append(scenarios(result));
        return html.append("</section>\n").toString();
    }

    private static <T> void counts(StringBuilder html, String what, List<T> rows, Function<T, Provenance> provenance) {
        if (rows.isEmpty()) {
            return;
        }
        Map<Status, Integer> counts = new EnumMap<>(Status.class);
        rows.forEach(r -> counts.merge(provenance.apply(r).status(), 1, Integer::sum));
        html.append(Html.row(
                "td",
                List.of(
                        what + " (" + rows.size() + ")",
                        String.valueOf(counts.getOrDefault(Status.OBSERVED, 0)),
                        String.valueOf(counts.getOrDefault(Status.ESTIMATED, 0)),
                        String.valueOf(counts.getOrDefault(Status.ASSUMED, 0)))));
    }

    private static String sources(List<Source> sources) {
        StringBuilder html = new StringBuilder("<h3>Sources (")
                .append(sources.size())
                .append(")</h3>\n<table class=\"sources\">\n<thead>")
                .append(Html.row("th", List.of("id", "title", "publisher", "year")))
                .append("</thead>\n<tbody>\n");
        for (Source s : sources) {
            html.append("<tr><td>")
                    .append(Html.escape(s.id().value()))
                    .append("</td><td>")
                    .append(Html.link(s.url(), s.title()))
                    .append("</td><td>")
                    .append(Html.escape(s.publisher()))
                    .append("</td><td>")
                    .append(s.year().isPresent() ? String.valueOf(s.year().getAsInt()) : "")
                    .append("</td></tr>\n");
        }
        return html.append("</tbody>\n</table>\n").toString();
    }

    private static String scenarios(StressTestResult result) {
        List<List<String>> rows = new ArrayList<>();
        for (ScenarioResult s : result.scenarios()) {
            rows.add(List.of(
                    s.entry().name(),
                    s.entry().reference(),
                    s.entry().scenario().hash(),
                    String.valueOf(s.entry().scenario().seed())));
        }
        StringBuilder html = new StringBuilder("<h3>Scenarios</h3>\n<table class=\"hashes\">\n<thead>")
                .append(Html.row("th", List.of("scenario", "reference", "SHA-256 of the file", "seed")))
                .append("</thead>\n<tbody>\n");
        rows.forEach(r -> html.append(Html.row("td", r)));
        return html.append("</tbody>\n</table>\n").toString();
    }
}
