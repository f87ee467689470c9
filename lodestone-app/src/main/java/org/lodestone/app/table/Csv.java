package org.lodestone.app.table;

import java.math.BigDecimal;
import java.math.MathContext;
import java.util.List;
import java.util.stream.Collectors;
import org.lodestone.io.csv.CsvField;

/** Writes RFC 4180 CSV lines. */
public final class Csv {

    private Csv() {}

    /** One CSV line ending in a newline; fields with commas, quotes or line breaks are quoted. */
    public static String line(List<String> fields) {
        return fields.stream().map(CsvField::of).collect(Collectors.joining(",")) + "\n";
    }

    /** Six significant digits, plain notation, no trailing zeros; empty for NaN (a missing value). */
    public static String number(double value) {
        if (Double.isNaN(value)) {
            return "";
        }
        if (Double.isInfinite(value)) {
            return value > 0 ? "inf" : "-inf";
        }
        return new BigDecimal(value)
                .round(new MathContext(6))
                .stripTrailingZeros()
                .toPlainString();
    }
}
