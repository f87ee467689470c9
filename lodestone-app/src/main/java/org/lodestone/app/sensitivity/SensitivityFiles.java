package org.lodestone.app.sensitivity;

import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ObjectNode;
import java.util.List;
import org.lodestone.app.table.Csv;
import org.lodestone.core.sensitivity.SobolIndices;
import org.lodestone.core.uncertainty.Variation;

/**
 * {@code sensitivity.csv} (one row per input, ranked) and {@code sensitivity.json} (the same with
 * the provenance). The Sobol indices are shares of the metric's variance on 0 to 1, as the
 * literature and the report give them; the metric's values ({@code metric_at_p5}, {@code
 * metric_at_p95}, {@code swing}) are in the unit of column {@code measure}: {@code % of baseline}
 * for the compute shares, as in {@code stress-test}'s summary.
 */
final class SensitivityFiles {

    static final List<String> COLUMNS = List.of(
            "rank",
            "input",
            "distribution",
            "first_order",
            "first_order_low",
            "first_order_high",
            "total",
            "total_low",
            "total_high",
            "metric_at_p5",
            "metric_at_p95",
            "swing",
            "measure");

    private SensitivityFiles() {}

    static String csv(SensitivityResult r) {
        StringBuilder out = new StringBuilder(Csv.line(COLUMNS));
        int rank = 1;
        for (int i : r.ranking()) {
            out.append(Csv.line(row(r, i, rank++)));
        }
        return out.toString();
    }

    private static List<String> row(SensitivityResult r, int i, int rank) {
        SobolIndices s = r.indices();
        Variation v = r.design().uncertainty().vary().get(i);
        return List.of(
                String.valueOf(rank),
                v.path(),
                v.distribution().describe(),
                Csv.number(s.first()[i]),
                Csv.number(s.firstLow()[i]),
                Csv.number(s.firstHigh()[i]),
                Csv.number(s.total()[i]),
                Csv.number(s.totalLow()[i]),
                Csv.number(s.totalHigh()[i]),
                Csv.number(r.metric().shown(r.low()[i])),
                Csv.number(r.metric().shown(r.high()[i])),
                Csv.number(r.metric().shown(Math.abs(r.high()[i] - r.low()[i]))),
                r.setup().unitOf(r.metric()));
    }

    static String json(SensitivityResult r) {
        double scale = r.metric().shown(1);
        ObjectMapper mapper = new ObjectMapper();
        ObjectNode root = mapper.createObjectNode()
                .put("lodestone_version", r.version())
                .put("scenario", r.setup().scenario().name())
                .put("reference", r.setup().reference())
                .put("scenario_hash", r.setup().scenario().hash())
                .put("dataset", r.setup().scope().reference())
                .put("dataset_version", r.setup().scope().dataset().info().version())
                .put("coalition", r.setup().scope().coalition().id())
                .put("date", r.setup().scope().date().toString())
                .put("unit", r.unit())
                .put("metric", r.metric().key())
                .put("measure", r.setup().unitOf(r.metric()))
                .put(
                        "method",
                        "first order: Saltelli et al. 2010 (centred); total: Jansen 1999; 95% bootstrap intervals")
                .put("samples", r.design().samples())
                .put("runs", r.design().size())
                .put("seed", r.design().uncertainty().seed())
                .put("threads", r.threads())
                .put("ran_on", r.ranOn())
                .put("run_seconds", r.runSeconds())
                .put("variance", scale * scale * r.indices().variance())
                .put("metric_at_medians", r.metric().shown(r.median()));
        var inputs = root.putArray("inputs");
        int rank = 1;
        for (int i : r.ranking()) {
            List<String> row = row(r, i, rank++);
            ObjectNode node = inputs.addObject();
            for (int c = 0; c < COLUMNS.size(); c++) {
                String value = row.get(c);
                if (c == 0) {
                    node.put(COLUMNS.get(c), Integer.parseInt(value));
                } else if (c <= 2 || COLUMNS.get(c).equals("measure")) {
                    node.put(COLUMNS.get(c), value);
                } else if (value.isEmpty()) {
                    node.putNull(COLUMNS.get(c));
                } else {
                    node.put(COLUMNS.get(c), Double.parseDouble(value));
                }
            }
        }
        return root.toPrettyString() + "\n";
    }
}
