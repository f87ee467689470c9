package org.lodestone.app.exposure;

import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.lodestone.app.table.ColumnMeanings;
import org.lodestone.app.table.Spreadsheet;
import org.lodestone.core.model.Source;
import org.lodestone.io.dataset.DatasetLoader;

/**
 * {@code exposure --format xlsx}: the view's CSV rows as a sheet named after the view, and a sheet
 * of units, definitions, the report's provenance (dataset, coalition, date, members, concern,
 * target) and the dataset's sources.
 */
public final class ExposureWorkbook {

    private ExposureWorkbook() {}

    /** The workbook of {@code report}, made for {@code request}. */
    public static byte[] bytes(ExposureRequest request, ViewReport report) {
        Spreadsheet book = new Spreadsheet();
        String sheet = request.view().key();
        List<String> header = book.table(sheet, report.csv());
        book.units(ColumnMeanings.of("exposure", sheet, header), facts(request, report), sources(request));
        return book.bytes();
    }

    private static List<Source> sources(ExposureRequest request) {
        if (request.dataset().startsWith(AnalysisSource.MRIO)) {
            return List.of();
        }
        return DatasetLoader.load(request.dataset()).dataset().sources();
    }

    /** The view and the report's provenance as (key, value) lines. */
    static Map<String, String> facts(ExposureRequest request, ViewReport report) {
        Map<String, String> facts = new LinkedHashMap<>();
        facts.put("view", request.view().key());
        facts.putAll(Spreadsheet.facts(report.json(), "provenance"));
        facts.put("definitions", "docs/methods.md; every number's source is in the sources below and in the dataset");
        return facts;
    }
}
