package org.lodestone.app.table;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.lodestone.io.csv.CsvReader;
import org.lodestone.io.csv.CsvRow;
import org.lodestone.io.problem.Problems;

/**
 * The unit and definition of every column of the tables the commands export ({@code exposure},
 * {@code ensemble}, {@code backtest}), read from {@code column-meanings.csv} beside this class:
 * one row per table and column, so the workbooks' sheets of units and the docs say the same.
 */
public final class ColumnMeanings {

    private static final String FILE = "column-meanings.csv";
    private static final Map<String, List<String>> MEANINGS = load();

    private ColumnMeanings() {}

    /** The (unit, definition) of {@code column} of {@code table}, if the file has it. */
    public static Optional<List<String>> find(String table, String column) {
        return Optional.ofNullable(MEANINGS.get(table + "/" + column));
    }

    /**
     * The columns of a sheet, each with its unit and definition.
     *
     * @param table  the table in {@code column-meanings.csv}
     * @param sheet  the sheet's name in the workbook
     * @param header the sheet's columns
     * @throws IllegalStateException for a column the file does not define (a test keeps them complete)
     */
    public static List<Spreadsheet.Column> of(String table, String sheet, List<String> header) {
        return header.stream()
                .map(c -> {
                    List<String> m = find(table, c)
                            .orElseThrow(() -> new IllegalStateException(
                                    FILE + " has no row for column " + c + " of table " + table));
                    return new Spreadsheet.Column(sheet, c, m.get(0), m.get(1));
                })
                .toList();
    }

    private static Map<String, List<String>> load() {
        try (InputStream in = ColumnMeanings.class.getResourceAsStream(FILE)) {
            if (in == null) {
                throw new IllegalStateException(FILE + " is missing from the application");
            }
            String text = new String(in.readAllBytes(), StandardCharsets.UTF_8);
            Problems problems = new Problems();
            List<CsvRow> rows =
                    CsvReader.read(FILE, text, List.of("table", "column", "unit", "definition"), List.of(), problems);
            problems.throwIfErrors();
            Map<String, List<String>> meanings = new LinkedHashMap<>();
            for (CsvRow row : rows) {
                meanings.put(
                        row.get("table") + "/" + row.get("column"), List.of(row.get("unit"), row.get("definition")));
            }
            return Map.copyOf(meanings);
        } catch (IOException e) {
            throw new UncheckedIOException("cannot read " + FILE, e);
        }
    }
}
