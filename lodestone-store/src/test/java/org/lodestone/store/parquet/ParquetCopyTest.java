package org.lodestone.store.parquet;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.lodestone.store.StoreException;

/** {@link ParquetCopy}: the rows come back typed from read_parquet, with a date per step when the run has a start. */
class ParquetCopyTest {

    private static final Map<String, String> COLUMNS = columns();

    @TempDir
    Path dir;

    private static Map<String, String> columns() {
        Map<String, String> c = new LinkedHashMap<>();
        c.put("step", "INTEGER");
        c.put("region", "VARCHAR");
        c.put("production", "DOUBLE");
        return c;
    }

    @Test
    void aStartDateAddsADateColumnAfterTheStep() throws Exception {
        Path csv = Files.writeString(dir.resolve("t.csv"), "step,region,production\n0,USA,1.5\n31,TWN,0.25\n");
        Path parquet = dir.resolve("t.parquet");

        ParquetCopy.copy(csv, COLUMNS, Optional.of(LocalDate.of(2026, 1, 31)), parquet);

        assertThat(rows("SELECT * FROM read_parquet('" + parquet + "') ORDER BY step"))
                .containsExactly(List.of("0", "2026-01-31", "USA", "1.5"), List.of("31", "2026-03-03", "TWN", "0.25"));
        assertThat(rows("SELECT column_name, column_type FROM (DESCRIBE SELECT * FROM read_parquet('" + parquet
                        + "'))"))
                .containsExactly(
                        List.of("step", "INTEGER"),
                        List.of("date", "DATE"),
                        List.of("region", "VARCHAR"),
                        List.of("production", "DOUBLE"));
    }

    @Test
    void withoutAStartThereIsNoDateColumn() throws Exception {
        Path csv = Files.writeString(dir.resolve("t.csv"), "step,region,production\n2,USA,3\n");
        Path parquet = dir.resolve("t.parquet");

        ParquetCopy.copy(csv, COLUMNS, Optional.empty(), parquet);

        assertThat(rows("SELECT * FROM read_parquet('" + parquet + "')")).containsExactly(List.of("2", "USA", "3.0"));
    }

    @Test
    void aValueOfTheWrongTypeNamesTheFiles() throws IOException {
        Path csv = Files.writeString(dir.resolve("t.csv"), "step,region,production\nx,USA,3\n");

        assertThatThrownBy(() -> ParquetCopy.copy(csv, COLUMNS, Optional.empty(), dir.resolve("t.parquet")))
                .isInstanceOf(StoreException.class)
                .hasMessageStartingWith("cannot write " + dir.resolve("t.parquet") + " from " + csv + ": ");
    }

    private static List<List<String>> rows(String sql) throws SQLException {
        List<List<String>> rows = new ArrayList<>();
        try (Connection c = DriverManager.getConnection("jdbc:duckdb:");
                Statement s = c.createStatement();
                ResultSet r = s.executeQuery(sql)) {
            while (r.next()) {
                List<String> row = new ArrayList<>();
                for (int i = 1; i <= r.getMetaData().getColumnCount(); i++) {
                    row.add(r.getString(i));
                }
                rows.add(row);
            }
        }
        return rows;
    }
}
