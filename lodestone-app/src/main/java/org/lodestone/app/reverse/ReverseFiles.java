package org.lodestone.app.reverse;

import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import java.util.ArrayList;
import java.util.List;
import org.lodestone.app.table.Csv;
import org.lodestone.core.ensemble.Metric;
import org.lodestone.core.reverse.Bisection;
import org.lodestone.core.reverse.Evaluation;
import org.lodestone.core.reverse.SearchAxis;

/**
 * {@code runs.csv} (every point run, in order), {@code boundary.csv} (the boundary found) and
 * {@code reverse.json}. The metric is shown as every file shows it: the compute shares in % of
 * baseline, in a column named {@code compute-delivered_pct}.
 */
final class ReverseFiles {

    private ReverseFiles() {}

    static String runs(ReverseResult r) {
        List<String> header = new ArrayList<>(List.of("run"));
        r.axes().forEach(a -> header.add(a.path()));
        Metric metric = r.target().metric();
        header.addAll(List.of(metric.key() + (metric.percent() ? "_pct" : ""), "target_holds"));
        StringBuilder out = new StringBuilder(Csv.line(header));
        int n = 0;
        for (Evaluation e : r.evaluations()) {
            List<String> row = new ArrayList<>(List.of(String.valueOf(n++)));
            for (double v : e.point()) {
                row.add(Csv.number(v));
            }
            row.add(Csv.number(metric.shown(e.value())));
            row.add(String.valueOf(e.holds()));
            out.append(Csv.line(row));
        }
        return out.toString();
    }

    static String boundary(ReverseResult r) {
        if (r.line().isPresent()) {
            Bisection.Result l = r.line().get();
            StringBuilder out = new StringBuilder(Csv.line(List.of("input", "holds_at", "breaks_at", "boundary")));
            return out.append(Csv.line(List.of(
                            l.axis().path(),
                            l.holding().map(Csv::number).orElse(""),
                            l.breaking().map(Csv::number).orElse(""),
                            l.boundary().map(Csv::number).orElse(""))))
                    .toString();
        }
        StringBuilder out = new StringBuilder(
                Csv.line(r.axes().stream().map(SearchAxis::path).toList()));
        for (double[] p : r.grid().orElseThrow().boundary()) {
            out.append(Csv.line(List.of(Csv.number(p[0]), Csv.number(p[1]))));
        }
        return out.toString();
    }

    static String json(ReverseResult r) {
        ObjectMapper mapper = new ObjectMapper();
        ObjectNode root = mapper.createObjectNode()
                .put("lodestone_version", r.version())
                .put("scenario", r.setup().scenario().name())
                .put("reference", r.setup().reference())
                .put("scenario_hash", r.setup().scenario().hash())
                .put("dataset", r.setup().scope().reference())
                .put("coalition", r.setup().scope().coalition().id())
                .put("date", r.setup().scope().date().toString())
                .put("unit", r.unit())
                .put("target", r.target().toString())
                .put("measure", r.setup().unitOf(r.target().metric()))
                .put("method", r.line().isPresent() ? "bisection" : "grid refined near the boundary")
                .put("runs", r.evaluations().size())
                .put("engine", r.engine())
                .put("threads", r.threads())
                .put("run_seconds", r.runSeconds());
        ArrayNode axes = root.putArray("inputs");
        for (SearchAxis a : r.axes()) {
            axes.addObject()
                    .put("path", a.path())
                    .put("min", a.min())
                    .put("max", a.max())
                    .put("whole_numbers", a.integer());
        }
        r.line().ifPresent(l -> {
            ObjectNode b = root.putObject("boundary");
            l.holding().ifPresentOrElse(v -> b.put("holds_at", v), () -> b.putNull("holds_at"));
            l.breaking().ifPresentOrElse(v -> b.put("breaks_at", v), () -> b.putNull("breaks_at"));
        });
        r.grid().ifPresent(g -> {
            ArrayNode points = root.putArray("boundary");
            g.boundary().forEach(p -> points.addArray().add(p[0]).add(p[1]));
        });
        return root.toPrettyString() + "\n";
    }
}
