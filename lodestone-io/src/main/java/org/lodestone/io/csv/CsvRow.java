package org.lodestone.io.csv;

import java.util.List;
import java.util.Map;
import org.lodestone.io.problem.Location;

/**
 * One record of a CSV file with the location of each field.
 *
 * @param file    the file as the user named it
 * @param line    1-based line on which the record starts
 * @param fields  the field values, unquoted
 * @param columns 1-based column at which each field starts
 * @param header  column name → field position
 */
public record CsvRow(String file, int line, List<String> fields, int[] columns, Map<String, Integer> header) {

    public CsvRow {
        fields = List.copyOf(fields);
        columns = columns.clone();
        header = Map.copyOf(header);
    }

    /** The value of a column, or "" when the column is absent or the row is short. */
    public String get(String column) {
        Integer i = header.get(column);
        return i == null || i >= fields.size() ? "" : fields.get(i);
    }

    /** True if the file has this column. */
    public boolean has(String column) {
        return header.containsKey(column);
    }

    /** Where the field of {@code column} starts (the row start when absent). */
    public Location at(String column) {
        Integer i = header.get(column);
        if (i == null || i >= columns.length) {
            return new Location(file, line, 1);
        }
        return new Location(file, line, columns[i]);
    }

    /** Where the row starts. */
    public Location start() {
        return new Location(file, line, 1);
    }
}
