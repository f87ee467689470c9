package org.lodestone.io.csv;

/** One field of RFC 4180 CSV text, as {@link CsvReader} reads it back. */
public final class CsvField {

    private CsvField() {}

    /** {@code value} quoted (a quote doubled) when it holds a comma, a quote or a line break; else as it is. */
    public static String of(String value) {
        boolean quote = value.indexOf(',') >= 0
                || value.indexOf('"') >= 0
                || value.indexOf('\n') >= 0
                || value.indexOf('\r') >= 0;
        return quote ? '"' + value.replace("\"", "\"\"") + '"' : value;
    }
}
