package org.lodestone.io.mrio;

import java.io.IOException;
import java.util.ArrayList;
import java.util.List;
import org.lodestone.io.problem.Location;
import org.lodestone.io.problem.Problems;

/** The header rows of a pymrio text table (see {@link PymrioTable}). */
final class PymrioHeader {

    private static final int INDEX_COLUMNS = 2;

    private PymrioHeader() {}

    /**
     * The column labels of the two header rows (regions, then sectors or categories), located at
     * their cells; empty with a problem recorded when the rows are missing or malformed.
     */
    static List<Label> columnLabels(MatrixText text, Problems problems) throws IOException {
        String regionsLine = text.nextLine();
        int regionsLineNumber = text.lineNumber();
        String namesLine = regionsLine == null ? null : text.nextLine();
        if (namesLine == null) {
            problems.error(
                    Location.file(text.file()),
                    "",
                    "",
                    "has fewer than two header rows",
                    "two header rows: the region of each column, then its sector or category",
                    "");
            return List.of();
        }
        List<String> regions = text.fields(regionsLine);
        List<String> names = text.fields(namesLine);
        if (regions.size() != names.size() || regions.size() <= INDEX_COLUMNS) {
            String message = regions.size() != names.size()
                    ? "header row has " + names.size() + " cells, the row above " + regions.size()
                    : "header rows have no column labels";
            problems.error(
                    text.at(0),
                    "",
                    "",
                    message,
                    "two header rows of equal length: two index cells, then one label per column",
                    "");
            return List.of();
        }
        List<Label> labels = new ArrayList<>(regions.size() - INDEX_COLUMNS);
        for (int k = INDEX_COLUMNS; k < regions.size(); k++) {
            Location at = new Location(text.file(), regionsLineNumber, text.fieldStart(regionsLine, k) + 1);
            labels.add(new Label(regions.get(k), names.get(k), at));
        }
        return labels;
    }

    /** Checks the header row of a one-column table: region, sector and the column name. */
    static List<Label> singleColumn(MatrixText text, Problems problems) throws IOException {
        String header = text.nextLine();
        int cells = header == null ? 0 : text.fields(header).size();
        if (cells != INDEX_COLUMNS + 1) {
            Location where = header == null ? Location.file(text.file()) : text.at(0);
            problems.error(
                    where,
                    "",
                    "",
                    header == null ? "is empty" : "has a header row of " + cells + " cells",
                    "a header row of 3 cells: region, sector and the column name (indout)",
                    "");
        }
        return List.of();
    }

    /** The first line after the header rows, past the row of index names pandas writes for a named index. */
    static String firstDataLine(MatrixText text) throws IOException {
        String line = text.nextLine();
        return line != null && isIndexNames(line) ? text.nextLine() : line;
    }

    /** Skips the header rows. */
    static void skip(MatrixText text, int rows) throws IOException {
        for (int k = 0; k < rows; k++) {
            text.nextLine();
        }
    }

    /** The row of index names: two non-empty cells, then only empty ones. */
    private static boolean isIndexNames(String line) {
        int first = line.indexOf('\t');
        int second = first < 0 ? -1 : line.indexOf('\t', first + 1);
        return first > 0 && second > first + 1 && line.substring(second).isBlank();
    }
}
