package org.lodestone.app.table;

import java.util.List;
import java.util.stream.Collectors;

/** Writes RFC 4180 CSV lines. */
public final class Csv {

    private Csv() {}

    /** One CSV line ending in a newline; fields with commas, quotes or line breaks are quoted. */
    public static String line(List<String> fields) {
        return fields.stream().map(Csv::field).collect(Collectors.joining(",")) + "\n";
    }

    private static String field(String value) {
        if (value.contains(",") || value.contains("\"") || value.contains("\n") || value.contains("\r")) {
            return '"' + value.replace("\"", "\"\"") + '"';
        }
        return value;
    }
}
