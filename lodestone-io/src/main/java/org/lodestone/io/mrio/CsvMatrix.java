package org.lodestone.io.mrio;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Path;
import java.util.Optional;
import java.util.function.ObjIntConsumer;
import org.lodestone.core.mrio.SparseMatrix;
import org.lodestone.io.problem.Location;
import org.lodestone.io.problem.Problems;

/**
 * Reads a matrix file of an MRIO folder: comma-separated numbers, no header, no index column.
 * Checks every cell and the number of rows and of values per row. The file is streamed twice: a
 * quick pass counts each row's non-zero cells so that the sparse matrix is allocated at its exact
 * size, then a second pass parses and checks the cells into place.
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
     * Reads and checks a matrix file.
     *
     * @param keep false to check the file without holding its values (when earlier problems make
     *             a table impossible anyway)
     * @return the matrix, or empty if its shape is unknown, it has problems, or {@code keep} is false
     * @throws UncheckedIOException if the file cannot be read
     */
    static Optional<SparseMatrix> read(Path path, String file, Shape shape, boolean keep, Problems problems) {
        try {
            CsrArrays arrays = keep && shape.known() ? countNonZeros(path, file, shape, problems) : null;
            boolean ok = check(path, file, shape, arrays == null ? null : (row, i) -> arrays.set(i, row), problems);
            return ok && arrays != null ? Optional.of(arrays.build()) : Optional.empty();
        } catch (IOException e) {
            throw new UncheckedIOException("cannot read " + file, e);
        }
    }

    /**
     * Reads and checks a file of one value per row into an array, every value kept exactly (even
     * -0.0).
     *
     * @return the values, or empty if their number is unknown, the file has problems, or
     *         {@code keep} is false
     * @throws UncheckedIOException if the file cannot be read
     */
    static Optional<double[]> readColumn(Path path, String file, Shape shape, boolean keep, Problems problems) {
        double[] column = new double[keep && shape.known() ? shape.rows() : 0];
        try {
            boolean ok =
                    check(path, file, shape, keep && shape.known() ? (row, i) -> column[i] = row[0] : null, problems);
            return ok && keep && shape.known() ? Optional.of(column) : Optional.empty();
        } catch (IOException e) {
            throw new UncheckedIOException("cannot read " + file, e);
        }
    }

    /** The first pass: arrays sized for the non-zero cells of each row, or null if the row count is wrong. */
    private static CsrArrays countNonZeros(Path path, String file, Shape shape, Problems problems) throws IOException {
        int[] nonZeros = new int[shape.rows()];
        int count = 0;
        try (MatrixText text = MatrixText.open(path, file, ',', problems)) {
            for (String line = text.nextLine();
                    line != null && count <= shape.rows();
                    line = text.nextLine(), count++) {
                if (count < shape.rows()) {
                    nonZeros[count] = text.nonZeroCells(line, 0);
                }
            }
        }
        return count == shape.rows() ? new CsrArrays(shape.cols(), nonZeros) : null;
    }

    /** Parses and checks every cell, handing the rows to {@code sink} if given; true if no problem. */
    private static boolean check(Path path, String file, Shape shape, ObjIntConsumer<double[]> sink, Problems problems)
            throws IOException {
        int errorsBefore = errorCount(problems);
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
                } else if (sink != null && count < shape.rows()) {
                    sink.accept(row, count);
                }
                firstExtraLine = count == shape.rows() ? text.lineNumber() : firstExtraLine;
            }
            if (shape.rows() >= 0 && count != shape.rows()) {
                Location where = count > shape.rows() ? new Location(file, firstExtraLine, 1) : Location.file(file);
                problems.error(where, "", "", "has " + count + " rows", shape.rows() + ", " + shape.rowsMeaning(), "");
            }
        }
        return errorCount(problems) == errorsBefore;
    }

    private static int errorCount(Problems problems) {
        return (int) problems.all().stream().filter(p -> p.isError()).count();
    }
}
