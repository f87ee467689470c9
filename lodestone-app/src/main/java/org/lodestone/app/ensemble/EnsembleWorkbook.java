package org.lodestone.app.ensemble;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.lodestone.app.table.ColumnMeanings;
import org.lodestone.app.table.Spreadsheet;
import org.lodestone.core.ensemble.Metric;
import org.lodestone.core.uncertainty.Variation;

/**
 * {@code ensemble.xlsx} ({@code ensemble --format xlsx}): the sheets metrics, most_hit, bands and
 * members, each the CSV file of that name with numbers as numbers, and a sheet of units,
 * definitions, the run's facts (scenario hash, seed, dataset, coalition, date, the inputs varied)
 * and the dataset's sources.
 */
final class EnsembleWorkbook {

    static final String FILE = "ensemble.xlsx";

    private EnsembleWorkbook() {}

    static byte[] bytes(EnsembleResult result) {
        Spreadsheet book = new Spreadsheet();
        List<Spreadsheet.Column> columns = new ArrayList<>();
        columns.addAll(
                ColumnMeanings.of("ensemble-metrics", "metrics", book.table("metrics", EnsembleFiles.metrics(result))));
        columns.addAll(ColumnMeanings.of(
                "ensemble-most-hit", "most_hit", book.table("most_hit", EnsembleFiles.mostHit(result))));
        columns.addAll(ColumnMeanings.of("ensemble-bands", "bands", book.table("bands", EnsembleFiles.bands(result))));
        columns.addAll(members(result, book.table("members", EnsembleFiles.members(result))));
        book.units(columns, facts(result), result.setup().scope().dataset().sources());
        return book.bytes();
    }

    /** The member index, each varied input (its path), then the first unit's metrics. */
    private static List<Spreadsheet.Column> members(EnsembleResult result, List<String> header) {
        List<Spreadsheet.Column> columns =
                new ArrayList<>(ColumnMeanings.of("ensemble-members", "members", header.subList(0, 1)));
        String unit = result.summary().layout().units().get(0);
        for (String column : header.subList(1, header.size())) {
            Metric metric = metric(unit, column);
            columns.add(
                    metric == null
                            ? new Spreadsheet.Column(
                                    "members",
                                    column,
                                    "the input's own unit (docs/scenario-format.md)",
                                    "the value drawn for this member of the varied input (its distribution is in the run facts)")
                            : new Spreadsheet.Column(
                                    "members",
                                    column,
                                    result.summary().layout().unitOf(metric),
                                    "the member's " + metric.key() + " for " + unit + " (as in sheet metrics)"));
        }
        return columns;
    }

    private static Metric metric(String unit, String column) {
        for (Metric m : Metric.values()) {
            if (column.equals(EnsembleFiles.memberColumn(unit, m))) {
                return m;
            }
        }
        return null;
    }

    private static Map<String, String> facts(EnsembleResult result) {
        Map<String, String> facts = new LinkedHashMap<>(Spreadsheet.facts(EnsembleFiles.json(result), "provenance"));
        for (Variation v : result.uncertainty().vary()) {
            facts.put(
                    "input " + v.path(),
                    v.distribution().describe() + " (scenario value "
                            + result.setup().scenarioValue(v.path()) + ")");
        }
        facts.put(
                "definitions",
                "docs/methods-uncertainty.md; every number's source is in the sources below and in the dataset");
        return facts;
    }
}
