package org.lodestone.app.table;

import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.apache.poi.ss.usermodel.Cell;
import org.apache.poi.ss.usermodel.CellType;
import org.apache.poi.ss.usermodel.Row;
import org.apache.poi.ss.usermodel.Sheet;
import org.apache.poi.ss.usermodel.Workbook;
import org.apache.poi.xssf.usermodel.XSSFWorkbook;

/** A workbook read back with Apache POI: each sheet's rows as the cells' values (numbers as doubles). */
public final class SheetRows {

    private SheetRows() {}

    /** Sheet name → rows → cells (String, Double, Boolean, or null for a blank cell). */
    public static Map<String, List<List<Object>>> read(Path file) {
        try {
            return read(Files.readAllBytes(file));
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    /** As {@link #read(Path)}, from the workbook's bytes. */
    public static Map<String, List<List<Object>>> read(byte[] bytes) {
        Map<String, List<List<Object>>> sheets = new LinkedHashMap<>();
        try (InputStream in = new ByteArrayInputStream(bytes);
                Workbook book = new XSSFWorkbook(in)) {
            for (Sheet sheet : book) {
                List<List<Object>> rows = new ArrayList<>();
                for (int r = 0; r <= sheet.getLastRowNum(); r++) {
                    rows.add(cells(sheet.getRow(r)));
                }
                sheets.put(sheet.getSheetName(), rows);
            }
            return sheets;
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    private static List<Object> cells(Row row) {
        List<Object> cells = new ArrayList<>();
        if (row == null) {
            return cells;
        }
        for (int c = 0; c < row.getLastCellNum(); c++) {
            Cell cell = row.getCell(c);
            cells.add(cell == null ? null : value(cell));
        }
        return cells;
    }

    private static Object value(Cell cell) {
        CellType type = cell.getCellType();
        return switch (type) {
            case NUMERIC -> cell.getNumericCellValue();
            case BOOLEAN -> cell.getBooleanCellValue();
            case STRING -> cell.getStringCellValue();
            default -> null;
        };
    }
}
