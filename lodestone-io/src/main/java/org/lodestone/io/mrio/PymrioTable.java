package org.lodestone.io.mrio;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.Comparator;
import java.util.List;
import java.util.Optional;
import java.util.function.ObjIntConsumer;
import org.lodestone.core.mrio.SparseMatrix;
import org.lodestone.io.problem.Problems;

/**
 * One table of a pymrio text folder, as pandas {@code DataFrame.to_csv(sep="\t")} writes it: a
 * header row per column level (the level's name, an empty cell under the second index column, then
 * one label per column), for a named index one row with the index names and empty cells, then one
 * row per table row: two index cells (region, sector) and the numbers. A table with a single column
 * level (x) has one header row holding the index names and the column name.
 *
 * <p>Read in two passes: {@link #scan} reads the labels and counts each row's non-zero cells;
 * {@link #matrix} or {@link #column} parses the numbers straight into their final place, rows and
 * columns sorted lexicographically on their labels.
 */
final class PymrioTable {

    private static final int INDEX_COLUMNS = 2;

    private final Path path;
    private final String file;
    private final boolean twoLevels;
    private final List<Label> rows;
    private final List<Label> columns;
    private final int[] nonZeros;
    private final boolean labelled;

    /**
     * @param file      the file as shown in locations
     * @param twoLevels true for Z and Y (two header rows), false for x (one header row, one column)
     * @param rows      the row labels in file order
     * @param columns   the column labels in file order (empty for x)
     * @param nonZeros  the number of non-zero cells of each row, in file order
     * @param labelled  true if every data row has its region and sector
     */
    private PymrioTable(
            Path path,
            String file,
            boolean twoLevels,
            List<Label> rows,
            List<Label> columns,
            int[] nonZeros,
            boolean labelled) {
        this.path = path;
        this.file = file;
        this.twoLevels = twoLevels;
        this.rows = List.copyOf(rows);
        this.columns = List.copyOf(columns);
        this.nonZeros = nonZeros;
        this.labelled = labelled;
    }

    /**
     * The first pass: labels and non-zero counts; problems with headers and index cells are recorded.
     *
     * @throws UncheckedIOException if the file cannot be read
     */
    static PymrioTable scan(Path path, String file, boolean twoLevels, Problems problems) {
        try (MatrixText text = MatrixText.open(path, file, '\t', problems)) {
            List<Label> columns =
                    twoLevels ? PymrioHeader.columnLabels(text, problems) : PymrioHeader.singleColumn(text, problems);
            List<Label> rows = new ArrayList<>();
            int[] nonZeros = new int[16];
            boolean labelled = true;
            for (String line = PymrioHeader.firstDataLine(text); line != null; line = text.nextLine()) {
                Optional<Label> label = rowLabel(text, line, true);
                labelled &= label.isPresent();
                if (label.isPresent()) {
                    nonZeros = rows.size() == nonZeros.length ? Arrays.copyOf(nonZeros, rows.size() * 2) : nonZeros;
                    nonZeros[rows.size()] = text.nonZeroCells(line, INDEX_COLUMNS);
                    rows.add(label.get());
                }
            }
            return new PymrioTable(
                    path, file, twoLevels, rows, columns, Arrays.copyOf(nonZeros, rows.size()), labelled);
        } catch (IOException e) {
            throw new UncheckedIOException("cannot read " + file, e);
        }
    }

    /** The row labels in file order. */
    List<Label> rows() {
        return rows;
    }

    /** The column labels in file order (none for a one-column table). */
    List<Label> columns() {
        return columns;
    }

    /** True if every data row has its region and sector, so that the rows can be compared with another table's. */
    boolean labelled() {
        return labelled;
    }

    /** Number of value columns. */
    int width() {
        return twoLevels ? columns.size() : 1;
    }

    /** The column labels sorted. */
    List<Label> sortedColumns() {
        return Arrays.stream(sortedOrder(columns)).mapToObj(columns::get).toList();
    }

    /** The row order that sorts the rows: element k is the file row of sorted row k. */
    int[] sortedRowOrder() {
        return sortedOrder(rows);
    }

    /** True if the header rows gave the columns (always for a one-column table). */
    boolean hasColumns() {
        return !twoLevels || !columns.isEmpty();
    }

    /**
     * The second pass into a sparse matrix, rows and columns sorted: empty unless {@code keep}
     * and no problem was found in this pass.
     *
     * @throws UncheckedIOException if the file cannot be read
     */
    Optional<SparseMatrix> matrix(boolean keep, Problems problems) {
        int[] rowPosition = inverse(sortedRowOrder());
        CsrArrays arrays = keep ? new CsrArrays(width(), permute(nonZeros, rowPosition)) : null;
        boolean ok = values((values, row) -> arrays.set(rowPosition[row], values), keep, problems);
        return ok && keep ? Optional.of(arrays.build()) : Optional.empty();
    }

    /**
     * The second pass of a one-column table into an array, rows sorted, every value kept exactly
     * (even -0.0): empty unless {@code keep} and no problem was found in this pass.
     *
     * @throws UncheckedIOException if the file cannot be read
     */
    Optional<double[]> column(boolean keep, Problems problems) {
        int[] rowPosition = inverse(sortedRowOrder());
        double[] column = new double[keep ? rows.size() : 0];
        boolean ok = values((values, row) -> column[rowPosition[row]] = values[0], keep, problems);
        return ok && keep ? Optional.of(column) : Optional.empty();
    }

    /** Parses and checks every number, columns sorted, handing each labelled row to {@code sink} if {@code keep}; true if no problem. */
    private boolean values(ObjIntConsumer<double[]> sink, boolean keep, Problems problems) {
        if (!hasColumns()) {
            return false;
        }
        int errorsBefore = problems.all().size();
        int[] columnPosition = twoLevels ? inverse(sortedOrder(columns)) : new int[] {0};
        try (MatrixText text = MatrixText.open(path, file, '\t', problems)) {
            PymrioHeader.skip(text, twoLevels ? 2 : 1);
            double[] read = new double[width()];
            double[] sorted = new double[width()];
            int row = 0;
            for (String line = PymrioHeader.firstDataLine(text); line != null; line = text.nextLine()) {
                if (rowLabel(text, line, false).isEmpty()) {
                    continue;
                }
                int found = text.numbers(line, INDEX_COLUMNS, read);
                if (found != width()) {
                    int offset = found > width() ? text.fieldStart(line, INDEX_COLUMNS + width()) : line.length();
                    text.error(
                            text.at(offset),
                            "",
                            "row has " + found + " values",
                            width() + ", one per column of the header",
                            "");
                }
                for (int c = 0; c < width(); c++) {
                    sorted[columnPosition[c]] = read[c];
                }
                if (keep) {
                    sink.accept(sorted, row);
                }
                row++;
            }
        } catch (IOException e) {
            throw new UncheckedIOException("cannot read " + file, e);
        }
        return problems.all().size() == errorsBefore;
    }

    /** The (region, sector) of a data row; without them the row is reported (if asked) and skipped. */
    private static Optional<Label> rowLabel(MatrixText text, String line, boolean report) {
        List<String> index = text.fields(line, INDEX_COLUMNS);
        if (index.size() < INDEX_COLUMNS
                || index.get(0).isEmpty()
                || index.get(1).isEmpty()) {
            if (report) {
                text.error(
                        text.at(0),
                        "",
                        "row has no region and sector",
                        "two index cells, region then sector, before the numbers",
                        "");
            }
            return Optional.empty();
        }
        return Optional.of(new Label(index.get(0), index.get(1), text.at(0)));
    }

    private static int[] sortedOrder(List<Label> labels) {
        Integer[] order = new Integer[labels.size()];
        Arrays.setAll(order, k -> k);
        Arrays.sort(order, Comparator.comparing(labels::get, Label.ORDER));
        return Arrays.stream(order).mapToInt(Integer::intValue).toArray();
    }

    private static int[] inverse(int[] order) {
        int[] inverse = new int[order.length];
        for (int k = 0; k < order.length; k++) {
            inverse[order[k]] = k;
        }
        return inverse;
    }

    /** {@code values} moved to their positions. */
    private static int[] permute(int[] values, int[] position) {
        int[] permuted = new int[values.length];
        for (int k = 0; k < values.length; k++) {
            permuted[position[k]] = values[k];
        }
        return permuted;
    }
}
