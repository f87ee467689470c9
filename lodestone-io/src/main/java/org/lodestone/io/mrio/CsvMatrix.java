package org.lodestone.io.mrio;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Path;
import java.util.Optional;
import org.lodestone.core.mrio.SparseMatrix;
import org.lodestone.io.problem.Location;
import org.lodestone.io.problem.Problems;

/**
 * Reads a matrix file of an MRIO folder: comma-separated numbers, no header, no index column,
 * streamed line by line. Checks every cell and the number of rows and of values per row.
 */
final class CsvMatrix {

    /**
     * The expected shape; a dimension of -1 is unknown (its label file could not be read whole),
     * and then only the cells, and the rows against each other, are checked.
     *
     * @param rows        number of rows, or -1
     * @param cols        number of values per row, or -1
     * @param rowsMeaning what the rows stand for, e.g. {@code one per industry of industries.csv}
     * @param colsMeaning what the values of a row stand for
     */
    record Shape(int rows, int cols, String rowsMeaning, String colsMeaning) {

        boolean known() {
            return rows >= 0 && cols >= 0;
        }
    }

    private CsvMatrix() {}

    /**
     * Reads and checks the file.
     *
     * @param keep false to check the file without holding its values (when earlier problems make
     *             a table impossible anyway)
     * @return the matrix, or empty if its shape is unknown, it has problems, or {@code keep} is false
     * @throws UncheckedIOException if the file cannot be read
     */
    static Optional<SparseMatrix> read(Path path, String file, Shape shape, boolean keep, Problems problems) {
        int errorsBefore = errorCount(problems);
        RowStore store = keep && shape.known() ? new RowStore(shape.cols()) : null;
        try (MatrixText text = MatrixText.open(path, file, ',', problems)) {
            int cols = shape.cols();
            double[] row = new double[Math.max(cols, 0)];
            int count = 0;
            int firstExtraLine = 0;
            for (String line = text.nextLine(); line != null; line = text.nextLine(), count++) {
                if (cols < 0) {
                    cols = text.fields(line).size();
                    row = new double[cols];
                }
                int found = text.numbers(line, 0, row);
                if (found != cols) {
                    Location where = text.at(found > cols ? text.fieldStart(line, cols) : line.length());
                    text.error(where, "", "row has " + found + " values", cols + ", " + shape.colsMeaning(), "");
                } else if (store != null && count < shape.rows()) {
                    store.add(row);
                }
                firstExtraLine = count == shape.rows() ? text.lineNumber() : firstExtraLine;
            }
            if (shape.rows() >= 0 && count != shape.rows()) {
                Location where = count > shape.rows() ? new Location(file, firstExtraLine, 1) : Location.file(file);
                problems.error(where, "", "", "has " + count + " rows", shape.rows() + ", " + shape.rowsMeaning(), "");
            }
        } catch (IOException e) {
            throw new UncheckedIOException("cannot read " + file, e);
        }
        return store == null || errorCount(problems) > errorsBefore ? Optional.empty() : Optional.of(store.build());
    }

    private static int errorCount(Problems problems) {
        return (int) problems.all().stream().filter(p -> p.isError()).count();
    }
}
