package org.lodestone.app.stresstest;

import java.util.List;
import org.lodestone.app.run.Scope;
import org.lodestone.app.table.Spreadsheet;

/**
 * {@code summary.xlsx} ({@code --format xlsx}): the rows of {@code summary.csv} with numbers as
 * numbers, the brief's sentences, and a sheet of units, definitions and sources, written with
 * {@link Spreadsheet} as the other commands' workbooks are. The summary sheet is made of the
 * CSV text {@link SummaryFiles} writes, so the workbook and the CSV file cannot disagree.
 */
final class SummaryWorkbook {

    static final String SUMMARY = "summary";
    static final String BRIEF = "brief";

    private SummaryWorkbook() {}

    static byte[] bytes(StressTestResult result) {
        Scope scope = result.scope();
        Spreadsheet book = new Spreadsheet();
        List<String> header = book.table(SUMMARY, SummaryFiles.csv(result));
        book.lines(
                BRIEF,
                "Lodestone stress test: " + scope.coalition().name() + " on " + scope.date(),
                Brief.sentences(result));
        List<Spreadsheet.Column> columns = header.stream()
                .map(column -> {
                    List<String> meaning =
                            SummaryColumns.MEANINGS.getOrDefault(column, List.of("", "see docs/stress-test.md"));
                    return new Spreadsheet.Column(SUMMARY, column, meaning.get(0), meaning.get(1));
                })
                .toList();
        book.units(columns, SummaryColumns.facts(result), scope.dataset().sources());
        return book.bytes();
    }
}
