package org.lodestone.io.mrio;

import java.util.ArrayList;
import java.util.List;
import org.lodestone.io.csv.CsvReader;
import org.lodestone.io.csv.CsvRow;
import org.lodestone.io.problem.Location;
import org.lodestone.io.problem.Problems;

/**
 * Reads a label file of an MRIO folder, {@code industries.csv} ({@code idx,region,sector}) or
 * {@code fd_columns.csv} ({@code idx,region,category}): rows numbered 0, 1, 2, … in file order,
 * no empty names, no duplicates, lexicographic order on (region, name).
 */
final class LabelFile {

    private LabelFile() {}

    /**
     * The labels read from a label file.
     *
     * @param labels   the labels of the rows that could be read, in file order
     * @param complete true if every row could be read, so that the number of labels is the
     *                 dimension the matrices must have
     */
    record Result(List<Label> labels, boolean complete) {}

    /**
     * Reads and checks the file.
     *
     * @param file       the file as shown in locations
     * @param text       its content
     * @param nameColumn {@code sector} or {@code category}
     * @param what       {@code industry} or {@code final-demand column}
     */
    static Result read(String file, String text, String nameColumn, String what, Problems problems) {
        List<String> columns = List.of("idx", "region", nameColumn);
        int before = problems.all().size();
        List<CsvRow> rows = CsvReader.read(file, text, columns, List.of(), problems);
        boolean complete = problems.all().size() == before;
        List<Label> labels = new ArrayList<>(rows.size());
        for (CsvRow row : rows) {
            if (complete) {
                checkIdx(row, labels.size(), problems);
            }
            String region = nonEmpty(row, "region", problems);
            String name = nonEmpty(row, nameColumn, problems);
            labels.add(new Label(region, name, row.at("region")));
        }
        if (complete && labels.isEmpty()) {
            problems.error(Location.file(file), "", "", "has no rows", "one row per " + what, "");
        }
        if (Label.checkUnique(labels, what, problems)) {
            Label.checkSorted(labels, what, "(region, " + nameColumn + ")", problems);
        }
        return new Result(labels, complete);
    }

    private static void checkIdx(CsvRow row, int position, Problems problems) {
        String idx = row.get("idx").trim();
        if (!idx.equals(Integer.toString(position))) {
            problems.error(
                    row.at("idx"),
                    "idx",
                    idx,
                    "is not the row's position",
                    position + " (idx numbers the rows 0, 1, 2, … in file order)",
                    "");
        }
    }

    private static String nonEmpty(CsvRow row, String column, Problems problems) {
        String value = row.get(column).trim();
        if (value.isEmpty()) {
            problems.error(row.at(column), column, "", "is empty", "a name", "");
        }
        return value;
    }
}
