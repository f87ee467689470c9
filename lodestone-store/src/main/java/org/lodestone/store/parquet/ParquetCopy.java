package org.lodestone.store.parquet;

import java.nio.file.Path;
import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.SQLException;
import java.sql.Statement;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.lodestone.store.StoreException;

/**
 * Turns a CSV file into a Parquet file with DuckDB ({@code read_csv} then {@code COPY … TO …
 * (FORMAT parquet)}), in an in-memory database: the column types are stated, not guessed, and a
 * {@code date} column (the start date plus the {@code step} in days) follows {@code step} when
 * the run has a start date. DuckDB is already the store's engine, so Parquet costs no new
 * dependency (parquet-hadoop would bring a Hadoop client).
 */
public final class ParquetCopy {

    private ParquetCopy() {}

    /**
     * Writes {@code parquet} from {@code csv}.
     *
     * @param csv     a CSV file with a header naming exactly {@code columns}, in order
     * @param columns each column's DuckDB type ({@code INTEGER}, {@code DOUBLE}, {@code VARCHAR}), in order
     * @param start   the date of step 0; adds a {@code date} column after {@code step} when present
     * @param parquet the file to write (replaced)
     * @throws StoreException if DuckDB cannot read the CSV or write the Parquet file
     */
    public static void copy(Path csv, Map<String, String> columns, Optional<LocalDate> start, Path parquet) {
        String sql = "COPY (SELECT " + String.join(", ", select(columns, start)) + " FROM read_csv("
                + literal(csv) + ", header = true, auto_detect = false, columns = " + struct(columns)
                + ")) TO " + literal(parquet) + " (FORMAT parquet, COMPRESSION zstd)";
        try (Connection c = DriverManager.getConnection("jdbc:duckdb:");
                Statement s = c.createStatement()) {
            s.execute(sql);
        } catch (SQLException e) {
            throw new StoreException("cannot write " + parquet + " from " + csv + ": " + e.getMessage(), e);
        }
    }

    private static List<String> select(Map<String, String> columns, Optional<LocalDate> start) {
        List<String> select = new ArrayList<>();
        for (String column : columns.keySet()) {
            select.add(quoted(column));
            if (column.equals("step") && start.isPresent()) {
                select.add("CAST(DATE '" + start.get() + "' + step AS DATE) AS date");
            }
        }
        return select;
    }

    private static String struct(Map<String, String> columns) {
        List<String> fields = new ArrayList<>();
        columns.forEach((name, type) -> fields.add("'" + name.replace("'", "''") + "': '" + type + "'"));
        return "{" + String.join(", ", fields) + "}";
    }

    private static String quoted(String column) {
        return '"' + column.replace("\"", "\"\"") + '"';
    }

    private static String literal(Path file) {
        return "'" + file.toAbsolutePath().toString().replace("'", "''") + "'";
    }
}
