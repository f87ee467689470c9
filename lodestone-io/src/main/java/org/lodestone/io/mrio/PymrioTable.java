package org.lodestone.io.mrio;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.Comparator;
import java.util.List;
import org.lodestone.io.problem.Location;
import org.lodestone.io.problem.Problems;

/**
 * One table of a pymrio text folder, as pandas {@code DataFrame.to_csv(sep="\t")} writes it: a
 * header row per column level (the level's name, an empty cell under the second index column, then
 * one label per column), for named indexes one row with the index names and empty cells, then one
 * row per table row: two index cells (region, sector) and the numbers. A table with a single column
 * level (x) has one header row holding the index names and the column name.
 *
 * <p>Rows are kept in file order; columns are put in lexicographic order of their labels as they
 * are read.
 *
 * @param rows    the row labels in file order
 * @param columns the column labels, sorted (empty for a single-level table)
 * @param values  the rows, columns sorted
 */
record PymrioTable(List<Label> rows, List<Label> columns, RowStore values) {

    private static final int INDEX_COLUMNS = 2;

    /**
     * Reads a table whose columns have two levels (Z: region, sector; Y: region, category).
     *
     * @throws UncheckedIOException if the file cannot be read
     */
    static PymrioTable readTwoLevels(Path path, String file, Problems problems) {
        try (MatrixText text = MatrixText.open(path, file, '\t', problems)) {
            List<Label> columns = columnLabels(text, problems);
            Integer[] sorted = sortedOrder(columns);
            int[] position = new int[columns.size()];
            for (int k = 0; k < sorted.length; k++) {
                position[sorted[k]] = k;
            }
            List<Label> sortedColumns = Arrays.stream(sorted).map(columns::get).toList();
            return readRows(text, sortedColumns, position);
        } catch (IOException e) {
            throw new UncheckedIOException("cannot read " + file, e);
        }
    }

    /**
     * Reads a table with one column (x: index names and {@code indout} in its header row).
     *
     * @throws UncheckedIOException if the file cannot be read
     */
    static PymrioTable readOneColumn(Path path, String file, Problems problems) {
        try (MatrixText text = MatrixText.open(path, file, '\t', problems)) {
            String header = text.nextLine();
            if (header == null || text.fields(header).size() != INDEX_COLUMNS + 1) {
                Location where = header == null ? Location.file(file) : text.at(0);
                problems.error(where, "", "", header == null ? "is empty" : "has a header row of " + text.fields(header).size() + " cells",
                        "a header row of 3 cells: region, sector and the column name (indout)", "");
            }
            return readRows(text, List.of(), new int[] {0});
        } catch (IOException e) {
            throw new UncheckedIOException("cannot read " + file, e);
        }
    }

    /** The column labels of the two header rows, located at their cells. */
    private static List<Label> columnLabels(MatrixText text, Problems problems) throws IOException {
        String regionsLine = text.nextLine();
        int regionsLineNumber = text.lineNumber();
        String namesLine = regionsLine == null ? null : text.nextLine();
        if (namesLine == null) {
            problems.error(Location.file(text.file()), "", "", "has fewer than two header rows", "two header rows: column regions, then column sectors or categories", "");
            return List.of();
        }
        List<String> regions = text.fields(regionsLine);
        List<String> names = text.fields(namesLine);
        if (regions.size() != names.size() || regions.size() <= INDEX_COLUMNS) {
            String message = regions.size() != names.size() ? "header row has " + names.size() + " cells, the row above " + regions.size()
                    : "header rows have no column labels";
            problems.error(text.at(0), "", "", message, "two header rows of equal length: two index cells, then one label per column", "");
            return List.of();
        }
        List<Label> labels = new ArrayList<>(regions.size() - INDEX_COLUMNS);
        for (int k = INDEX_COLUMNS; k < regions.size(); k++) {
            Location at = new Location(text.file(), regionsLineNumber, text.fieldStart(regionsLine, k) + 1);
            labels.add(new Label(regions.get(k), names.get(k), at));
        }
        return labels;
    }

    private static PymrioTable readRows(MatrixText text, List<Label> columns, int[] position) throws IOException {
        int cols = position.length;
        RowStore store = new RowStore(cols);
        List<Label> rows = new ArrayList<>();
        double[] read = new double[cols];
        double[] sorted = new double[cols];
        String line = text.nextLine();
        if (line != null && isIndexNames(line)) {
            line = text.nextLine();
        }
        for (; line != null; line = text.nextLine()) {
            List<String> index = text.fields(line, INDEX_COLUMNS);
            if (index.size() < INDEX_COLUMNS || index.get(0).isEmpty() || index.get(1).isEmpty()) {
                text.error(text.at(0), "", "row has no region and sector", "two index cells, region then sector, before the numbers", "");
                continue;
            }
            rows.add(new Label(index.get(0), index.get(1), text.at(0)));
            int found = text.numbers(line, INDEX_COLUMNS, read);
            if (found != cols) {
                int offset = found > cols ? text.fieldStart(line, INDEX_COLUMNS + cols) : line.length();
                text.error(text.at(offset), "", "row has " + found + " values", cols + ", one per column of the header", "");
            }
            for (int c = 0; c < cols; c++) {
                sorted[position[c]] = read[c];
            }
            store.add(sorted);
        }
        return new PymrioTable(rows, columns, store);
    }

    /** The row pandas writes for a named index: the index names, then empty cells. */
    private static boolean isIndexNames(String line) {
        int first = line.indexOf('\t');
        int second = first < 0 ? -1 : line.indexOf('\t', first + 1);
        return second > first + 1 && first > 0 && line.substring(second).isBlank();
    }

    private static Integer[] sortedOrder(List<Label> labels) {
        Integer[] order = new Integer[labels.size()];
        for (int k = 0; k < order.length; k++) {
            order[k] = k;
        }
        Arrays.sort(order, Comparator.comparing(labels::get, Label.ORDER));
        return order;
    }

    /** The row order that sorts the rows: element k is the file row of sorted row k. */
    int[] sortedRowOrder() {
        return Arrays.stream(sortedOrder(rows)).mapToInt(Integer::intValue).toArray();
    }
}
