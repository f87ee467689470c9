package org.lodestone.app.stresstest;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.util.List;
import java.util.Map;
import org.apache.poi.ss.usermodel.CellStyle;
import org.apache.poi.ss.usermodel.Font;
import org.apache.poi.ss.usermodel.Row;
import org.apache.poi.ss.usermodel.Sheet;
import org.apache.poi.ss.usermodel.Workbook;
import org.apache.poi.ss.util.CellRangeAddress;
import org.apache.poi.xssf.usermodel.XSSFWorkbook;
import org.lodestone.app.run.Scope;
import org.lodestone.app.table.Spreadsheet;
import org.lodestone.core.model.Source;

/**
 * {@code summary.xlsx} ({@code --format xlsx}): the rows of {@code summary.csv} with numbers as
 * numbers, the brief's sentences, and a sheet of units, definitions and sources, written with
 * Apache POI. The summary sheet takes its columns and values from {@link SummaryFiles}, so the
 * workbook and the CSV file cannot disagree.
 */
final class SummaryWorkbook {

    static final String SUMMARY = "summary";
    static final String BRIEF = "brief";
    static final String UNITS = "units and sources";

    private SummaryWorkbook() {}

    static byte[] bytes(StressTestResult result) {
        try (Workbook book = new XSSFWorkbook();
                ByteArrayOutputStream out = new ByteArrayOutputStream()) {
            CellStyle bold = bold(book);
            summary(book.createSheet(SUMMARY), result, bold);
            brief(book.createSheet(BRIEF), result, bold);
            units(book.createSheet(UNITS), result, bold);
            book.write(out);
            return out.toByteArray();
        } catch (IOException e) {
            throw new UncheckedIOException("cannot write summary.xlsx", e);
        }
    }

    private static void summary(Sheet sheet, StressTestResult result, CellStyle bold) {
        Spreadsheet.row(sheet, 0, SummaryFiles.COLUMNS, bold);
        int r = 1;
        for (ScenarioResult s : result.scenarios()) {
            for (RegionOutcome outcome : s.regions()) {
                List<String> values = SummaryFiles.fields(result, s, outcome);
                Row row = sheet.createRow(r++);
                for (int c = 0; c < values.size(); c++) {
                    Spreadsheet.value(row.createCell(c), SummaryFiles.COLUMNS.get(c), values.get(c));
                }
            }
        }
        sheet.createFreezePane(0, 1);
        sheet.setAutoFilter(new CellRangeAddress(0, r - 1, 0, SummaryFiles.COLUMNS.size() - 1));
        for (int c = 0; c < SummaryFiles.COLUMNS.size(); c++) {
            sheet.setColumnWidth(
                    c, 256 * Math.max(10, SummaryFiles.COLUMNS.get(c).length() + 2));
        }
    }

    private static void brief(Sheet sheet, StressTestResult result, CellStyle bold) {
        Scope scope = result.scope();
        Spreadsheet.row(
                sheet, 0, List.of("Lodestone stress test: " + scope.coalition().name() + " on " + scope.date()), bold);
        int r = 2;
        for (String sentence : Brief.sentences(result)) {
            sheet.createRow(r++).createCell(0).setCellValue(sentence);
        }
        sheet.setColumnWidth(0, 256 * 160);
    }

    private static void units(Sheet sheet, StressTestResult result, CellStyle bold) {
        Scope scope = result.scope();
        Spreadsheet.row(sheet, 0, List.of("column", "unit", "definition"), bold);
        int r = 1;
        for (String column : SummaryFiles.COLUMNS) {
            List<String> meaning = SummaryColumns.MEANINGS.getOrDefault(column, List.of("", "see docs/stress-test.md"));
            Spreadsheet.row(sheet, r++, List.of(column, meaning.get(0), meaning.get(1)), null);
        }
        r++;
        Spreadsheet.row(sheet, r++, List.of("run", "value"), bold);
        for (Map.Entry<String, String> fact : SummaryColumns.facts(result).entrySet()) {
            Spreadsheet.row(sheet, r++, List.of(fact.getKey(), fact.getValue()), null);
        }
        r++;
        Spreadsheet.row(sheet, r++, List.of("source", "title", "publisher", "year", "url"), bold);
        for (Source s : scope.dataset().sources()) {
            Spreadsheet.row(
                    sheet,
                    r++,
                    List.of(
                            s.id().value(),
                            s.title(),
                            s.publisher(),
                            s.year().isPresent() ? String.valueOf(s.year().getAsInt()) : "",
                            s.url()),
                    null);
        }
        sheet.setColumnWidth(0, 256 * 24);
        sheet.setColumnWidth(1, 256 * 40);
        sheet.setColumnWidth(2, 256 * 110);
    }

    private static CellStyle bold(Workbook book) {
        Font font = book.createFont();
        font.setBold(true);
        CellStyle style = book.createCellStyle();
        style.setFont(font);
        return style;
    }
}
