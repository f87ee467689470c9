package org.lodestone.core.ario;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import org.lodestone.core.mrio.FinalDemandColumn;
import org.lodestone.core.mrio.Industry;
import org.lodestone.core.mrio.IoTable;
import org.lodestone.core.mrio.SparseMatrix;

/**
 * The published ARIO reference case (BoARIO 0.6.3 trajectories), read from
 * {@code testdata/ario-case-synth-5x4} (a copy of the published reference case, with its README) with plain Java so that core tests need no I/O module.
 */
final class ReferenceCase {

    static final Path ROOT = Path.of("..", "testdata", "ario-case-synth-5x4");

    private ReferenceCase() {}

    static IoTable table() {
        Path mrio = ROOT.resolve("mrio");
        List<Industry> industries = new ArrayList<>();
        for (String[] row : rows(mrio.resolve("industries.csv"), true)) {
            industries.add(new Industry(row[1], row[2]));
        }
        List<FinalDemandColumn> columns = new ArrayList<>();
        for (String[] row : rows(mrio.resolve("fd_columns.csv"), true)) {
            columns.add(new FinalDemandColumn(row[1], row[2]));
        }
        int p = industries.size();
        double[] x = new double[p];
        List<String[]> xRows = rows(mrio.resolve("x.csv"), false);
        for (int i = 0; i < p; i++) {
            x[i] = Double.parseDouble(xRows.get(i)[0]);
        }
        return new IoTable(
                industries,
                columns,
                dense(mrio.resolve("Z.csv"), p, p),
                dense(mrio.resolve("Y.csv"), p, columns.size()),
                x,
                IoTable.Units.MONETARY,
                1e6,
                Optional.empty());
    }

    /** An expected wide file: row t holds the values of step t. */
    static double[][] expected(String file) {
        List<String[]> rows = rows(ROOT.resolve("expected").resolve(file), true);
        double[][] values = new double[rows.size()][];
        for (int t = 0; t < rows.size(); t++) {
            String[] row = rows.get(t);
            values[t] = new double[row.length - 1];
            for (int c = 1; c < row.length; c++) {
                values[t][c - 1] = Double.parseDouble(row[c]);
            }
        }
        return values;
    }

    /** Column names of an expected file, after {@code step}. */
    static List<String> header(String file) {
        try {
            String first =
                    Files.readAllLines(ROOT.resolve("expected").resolve(file)).get(0);
            List<String> names = new ArrayList<>(List.of(first.split(",")));
            return names.subList(1, names.size());
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    private static SparseMatrix dense(Path file, int rows, int cols) {
        List<String[]> lines = rows(file, false);
        double[] values = new double[rows * cols];
        for (int i = 0; i < rows; i++) {
            for (int j = 0; j < cols; j++) {
                values[i * cols + j] = Double.parseDouble(lines.get(i)[j]);
            }
        }
        return SparseMatrix.fromDense(rows, cols, values);
    }

    private static List<String[]> rows(Path file, boolean header) {
        try {
            List<String> lines = Files.readAllLines(file);
            List<String[]> rows = new ArrayList<>();
            for (String line : lines.subList(header ? 1 : 0, lines.size())) {
                if (!line.isBlank()) {
                    rows.add(line.split(","));
                }
            }
            return rows;
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }
}
