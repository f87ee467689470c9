package org.lodestone.app.table;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.regex.Pattern;
import org.apache.poi.ss.usermodel.Cell;
import org.apache.poi.ss.usermodel.CellStyle;
import org.apache.poi.ss.usermodel.Font;
import org.apache.poi.ss.usermodel.Row;
import org.apache.poi.ss.usermodel.Sheet;
import org.apache.poi.ss.util.CellRangeAddress;
import org.apache.poi.xssf.usermodel.XSSFWorkbook;
import org.lodestone.core.model.Source;
import org.lodestone.io.csv.CsvReader;
import org.lodestone.io.csv.CsvRow;
import org.lodestone.io.problem.Problems;

/**
 * An {@code .xlsx} workbook (Apache POI) made of the CSV tables a command already writes, with
 * numbers as numbers, and a sheet of units, definitions, run facts and sources. Building from the
 * CSV text means the workbook and the CSV file cannot disagree.
 */
public final class Spreadsheet {

    /** The name of the sheet of units, definitions and sources. */
    public static final String UNITS = "units and sources";

    /**
     * What a column of a sheet holds.
     *
     * @param sheet      the sheet it is in
     * @param column     its header
     * @param unit       its unit (or the kind of text)
     * @param definition how it is computed
     */
    public record Column(String sheet, String column, String unit, String definition) {

        /** Units that name things: their cells stay text even when all digits (a sector "10"). */
        private static final Pattern NAMES = Pattern.compile(
                "\\btext\\b|\\bname\\b|\\bids?\\b|ISO 3166|layer of the stack|^stage$|region:commodity");

        /** Whether the column holds names or codes rather than quantities, read from its unit. */
        public boolean text() {
            return NAMES.matcher(unit).find();
        }
    }

    private final XSSFWorkbook book = new XSSFWorkbook();
    private final CellStyle bold;
    /** Each table sheet's fields as the CSV text had them, to restore the text columns in {@link #units}. */
    private final Map<String, List<CsvRow>> texts = new LinkedHashMap<>();

    /** An empty workbook. */
    public Spreadsheet() {
        Font font = book.createFont();
        font.setBold(true);
        bold = book.createCellStyle();
        bold.setFont(font);
    }

    /**
     * The fields of a CSV header line, unquoted (RFC 4180): a quoted name may hold commas, as the
     * ensemble's dataset paths do ({@code "dataset.substitution[ai-server,ndfeb-magnet].substitutable"}).
     */
    static List<String> headerOf(String line) {
        List<String> fields = new ArrayList<>();
        StringBuilder field = new StringBuilder();
        boolean quoted = false;
        for (int i = 0; i < line.length(); i++) {
            char ch = line.charAt(i);
            if (quoted && ch == '"' && i + 1 < line.length() && line.charAt(i + 1) == '"') {
                field.append('"');
                i++;
            } else if (ch == '"') {
                quoted = !quoted;
            } else if (ch == ',' && !quoted) {
                fields.add(field.toString());
                field.setLength(0);
            } else {
                field.append(ch);
            }
        }
        fields.add(field.toString());
        return fields;
    }

    /**
     * Adds a sheet holding {@code csv} (RFC 4180, a header line first).
     *
     * @return the header's columns
     */
    public List<String> table(String name, String csv) {
        List<String> header = headerOf(csv.lines().findFirst().orElse(""));
        Problems problems = new Problems();
        List<CsvRow> rows = CsvReader.read(name + ".csv", csv, header, List.of(), problems);
        if (problems.hasErrors()) {
            throw new IllegalStateException("cannot read back " + name + ".csv: " + problems.all());
        }
        Sheet sheet = book.createSheet(name);
        row(sheet, 0, header, bold);
        int r = 1;
        for (CsvRow values : rows) {
            Row row = sheet.createRow(r++);
            for (int c = 0; c < header.size(); c++) {
                value(row.createCell(c), header.get(c), values.fields().get(c));
            }
        }
        sheet.createFreezePane(0, 1);
        sheet.setAutoFilter(new CellRangeAddress(0, Math.max(1, r - 1), 0, header.size() - 1));
        for (int c = 0; c < header.size(); c++) {
            sheet.setColumnWidth(
                    c, 256 * Math.min(60, Math.max(10, header.get(c).length() + 2)));
        }
        texts.put(name, rows);
        return header;
    }

    /**
     * Adds a sheet of one column: a bold title, a blank row, then one line a row (a brief's
     * sentences).
     */
    public void lines(String name, String title, List<String> lines) {
        Sheet sheet = book.createSheet(name);
        row(sheet, 0, List.of(title), bold);
        for (int r = 0; r < lines.size(); r++) {
            sheet.createRow(r + 2).createCell(0).setCellValue(lines.get(r));
        }
        sheet.setColumnWidth(0, 256 * 160);
    }

    /** Puts back as text the cells of {@code columns} whose unit names things ({@link Column#text}). */
    private void restoreText(List<Column> columns) {
        for (Column c : columns) {
            List<CsvRow> rows = texts.get(c.sheet());
            Sheet sheet = book.getSheet(c.sheet());
            int index = rows == null || !c.text() ? -1 : headerIndex(sheet, c.column());
            for (int r = 0; index >= 0 && r < rows.size(); r++) {
                String text = rows.get(r).fields().get(index);
                if (!text.isEmpty()) {
                    sheet.getRow(r + 1).getCell(index).setCellValue(text);
                }
            }
        }
    }

    private static int headerIndex(Sheet sheet, String column) {
        for (Cell cell : sheet.getRow(0)) {
            if (cell.getStringCellValue().equals(column)) {
                return cell.getColumnIndex();
            }
        }
        return -1;
    }

    /**
     * Adds the sheet of units and definitions of {@code columns}, then the run's facts, then the
     * dataset's sources (none for a table without a source list, such as an MRIO folder). Cells
     * of a column whose unit names things are text, even all-digit ones.
     */
    public void units(List<Column> columns, Map<String, String> facts, List<Source> sources) {
        restoreText(columns);
        Sheet sheet = book.createSheet(UNITS);
        row(sheet, 0, List.of("sheet", "column", "unit", "definition"), bold);
        int r = 1;
        for (Column c : columns) {
            row(sheet, r++, List.of(c.sheet(), c.column(), c.unit(), c.definition()), null);
        }
        r++;
        row(sheet, r++, List.of("run", "value"), bold);
        for (Map.Entry<String, String> fact : facts.entrySet()) {
            row(sheet, r++, List.of(fact.getKey(), fact.getValue()), null);
        }
        r++;
        row(sheet, r++, List.of("source", "title", "publisher", "year", "url"), bold);
        for (Source s : sources) {
            String year = s.year().isPresent() ? String.valueOf(s.year().getAsInt()) : "";
            row(sheet, r++, List.of(s.id().value(), s.title(), s.publisher(), year, s.url()), null);
        }
        sheet.setColumnWidth(0, 256 * 24);
        sheet.setColumnWidth(1, 256 * 40);
        sheet.setColumnWidth(2, 256 * 30);
        sheet.setColumnWidth(3, 256 * 110);
    }

    /**
     * The scalar values of a JSON document (of its object {@code key} when it has one) as facts for
     * {@link #units}: nested keys joined with '.', lists of scalars with spaces; lists of objects
     * are left out.
     */
    public static Map<String, String> facts(String json, String key) {
        Map<String, String> facts = new LinkedHashMap<>();
        try {
            JsonNode root = new ObjectMapper().readTree(json);
            flatten("", root.has(key) ? root.get(key) : root, facts);
        } catch (JsonProcessingException e) {
            throw new IllegalStateException("a report's own JSON does not parse", e);
        }
        return facts;
    }

    private static void flatten(String prefix, JsonNode node, Map<String, String> facts) {
        node.properties().forEach(e -> {
            String name = prefix + e.getKey();
            JsonNode value = e.getValue();
            if (value.isObject()) {
                flatten(name + ".", value, facts);
            } else if (value.isArray() && allScalar(value)) {
                List<String> items = new ArrayList<>();
                value.forEach(v -> items.add(v.asText()));
                facts.put(name, String.join(" ", items));
            } else if (value.isValueNode()) {
                facts.put(name, value.isNull() ? "" : value.asText());
            }
        });
    }

    private static boolean allScalar(JsonNode array) {
        for (JsonNode v : array) {
            if (!v.isValueNode()) {
                return false;
            }
        }
        return true;
    }

    /** The workbook's bytes; the workbook is closed. */
    public byte[] bytes() {
        try (XSSFWorkbook closing = book;
                ByteArrayOutputStream out = new ByteArrayOutputStream()) {
            closing.write(out);
            return out.toByteArray();
        } catch (IOException e) {
            throw new UncheckedIOException("cannot write the workbook", e);
        }
    }

    /**
     * A number when the text is one (dates stay text), a boolean for true/false, else text; empty
     * stays blank. Names made of digits are put back as text by {@link #units}.
     */
    private static void value(Cell cell, String column, String text) {
        if (text.isEmpty()) {
            cell.setBlank();
        } else if (text.equals("true") || text.equals("false")) {
            cell.setCellValue(Boolean.parseBoolean(text));
        } else if (text.matches("-?\\d+(\\.\\d+)?([eE][-+]?\\d+)?") && !column.endsWith("date")) {
            cell.setCellValue(Double.parseDouble(text));
        } else {
            cell.setCellValue(text);
        }
    }

    /** A row of text cells at {@code index}, each in {@code style} when it is not null. */
    private static void row(Sheet sheet, int index, List<String> cells, CellStyle style) {
        Row row = sheet.createRow(index);
        for (int c = 0; c < cells.size(); c++) {
            Cell cell = row.createCell(c);
            cell.setCellValue(cells.get(c));
            if (style != null) {
                cell.setCellStyle(style);
            }
        }
    }
}
