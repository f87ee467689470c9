package org.lodestone.io.mrio;

import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import org.lodestone.core.mrio.IoTable;
import org.lodestone.core.mrio.SparseMatrix;
import org.lodestone.io.problem.InputException;
import org.lodestone.io.problem.Location;
import org.lodestone.io.problem.Problem;
import org.lodestone.io.problem.Problems;

/**
 * Reads the core of an MRIO saved by pymrio as text, {@code IOSystem.save_all(path,
 * table_format="txt")}, into a monetary {@link IoTable}.
 *
 * <p>The layout, as read in pymrio's {@code core/mriosystem.py} (IndEcol/pymrio 000d82fb:
 * {@code save} writes each table with {@code df.to_csv(path, sep="\t", float_format="%.12g")} and
 * records {@code nr_index_col} and {@code nr_header}, 2 and 2 for Z and Y, in
 * {@code file_parameters.json}), {@code core/fileio.py} (0066ec8d: {@code load} reads them back with
 * {@code pd.read_csv(..., index_col=[0, 1], header=[0, 1], sep="\t")}) and pandas'
 * {@code io/formats/csvs.py} (00059f5a: how {@code to_csv} writes multi-level headers, and the extra
 * row of index names):
 *
 * <ul>
 *   <li>{@code Z.txt}: tab-separated; header row 1 is {@code region}, an empty cell, then the region
 *       of each column; header row 2 is {@code sector}, an empty cell, then the sector of each
 *       column; pandas then writes a row {@code region, sector} followed by empty cells (the index
 *       names; absent when the index is unnamed); then one row per industry: region, sector and P
 *       numbers.
 *   <li>{@code Y.txt}: the same with {@code category} for the second header row and Q columns.
 *   <li>{@code x.txt}, optional: one header row {@code region, sector, indout}, then region, sector
 *       and the gross output. When absent, x is the row sums of [Z Y] as pymrio's {@code calc_x}
 *       computes it (summed here left to right, Z then Y; numpy sums pairwise, so the last bits may
 *       differ).
 * </ul>
 *
 * <p>pymrio's other files ({@code A.txt}, {@code file_parameters.json}, {@code metadata.json},
 * extension folders) are ignored. Rows and columns of Z, rows of Y and x, and columns of Y are
 * sorted lexicographically on (region, sector) and (region, category), as the reference ARIO
 * implementation sorts them. The values keep the table's money unit; pymrio records no unit in
 * these files, so the monetary factor is {@value MrioFolderReader#DEFAULT_MONETARY_FACTOR}
 * (millions, the unit of EXIOBASE).
 *
 * <p>Problems are located and reported together in one {@link InputException}: missing files,
 * malformed header rows, rows without region and sector, cells that are not finite plain decimal
 * numbers, wrong numbers of values, duplicate labels, Z whose columns differ from its rows, Y or x
 * whose rows differ from Z's, final-demand regions without industries, and incomplete region ×
 * sector or region × category products.
 */
public final class PymrioTextReader {

    private static final int SHOWN = 5;

    private final Path folder;
    private final Problems problems = new Problems();

    private PymrioTextReader(Path folder) {
        this.folder = folder;
    }

    /**
     * Reads {@code Z.txt}, {@code Y.txt} and, if present, {@code x.txt} of a pymrio text folder.
     *
     * @throws InputException       with every problem found, if any
     * @throws UncheckedIOException if a file exists but cannot be read
     */
    public static IoTable read(Path folder) {
        return new PymrioTextReader(folder).table();
    }

    private IoTable table() {
        requireFiles();
        PymrioTable z = PymrioTable.scan(folder.resolve("Z.txt"), file("Z.txt"), true, problems);
        PymrioTable y = PymrioTable.scan(folder.resolve("Y.txt"), file("Y.txt"), true, problems);
        Optional<PymrioTable> x = Files.isRegularFile(folder.resolve("x.txt"))
                ? Optional.of(PymrioTable.scan(folder.resolve("x.txt"), file("x.txt"), false, problems))
                : Optional.empty();
        Set<String> regions = checkIndustries(z);
        checkFinalDemand(y, regions, z);
        x.ifPresent(table -> checkSameRows(table, z, "x.txt"));
        boolean keep = !problems.hasErrors();
        Optional<SparseMatrix> zMatrix = z.matrix(keep, problems);
        Optional<SparseMatrix> yMatrix = y.matrix(keep, problems);
        Optional<double[]> xColumn = x.flatMap(table -> table.column(keep, problems));
        problems.throwIfErrors();
        List<Label> industries = sorted(z.rows(), z.sortedRowOrder());
        double[] output = xColumn.orElseGet(() -> rowSums(zMatrix.orElseThrow(), yMatrix.orElseThrow()));
        return new IoTable(
                MrioFolderReader.industries(industries),
                MrioFolderReader.finalDemandColumns(y.sortedColumns()),
                zMatrix.orElseThrow(),
                yMatrix.orElseThrow(),
                output,
                IoTable.Units.MONETARY,
                MrioFolderReader.DEFAULT_MONETARY_FACTOR,
                Optional.empty());
    }

    private void requireFiles() {
        if (!Files.isDirectory(folder)) {
            throw InputException.of(new Problem(
                    Problem.Severity.ERROR,
                    folder.toString(),
                    0,
                    0,
                    "",
                    "",
                    Files.exists(folder) ? "is not a folder" : "does not exist",
                    "a folder written by pymrio's save_all(table_format=\"txt\")",
                    ""));
        }
        for (String name : List.of("Z.txt", "Y.txt")) {
            if (!Files.isRegularFile(folder.resolve(name))) {
                problems.error(
                        Location.file(file(name)),
                        "",
                        "",
                        "is missing",
                        "the file " + name + " of a pymrio text folder",
                        "Save the MRIO with pymrio's save_all(path, table_format=\"txt\")");
            }
        }
        problems.throwIfErrors();
    }

    /** Z's rows: unique, the full region × sector product, and the same labels as its columns. */
    private Set<String> checkIndustries(PymrioTable z) {
        Set<String> regions = Label.regions(z.rows());
        if (z.rows().isEmpty()) {
            problems.error(Location.file(file("Z.txt")), "", "", "has no rows", "one row per industry", "");
        }
        boolean uniqueRows = Label.checkUnique(z.rows(), "industry", problems);
        boolean uniqueColumns = Label.checkUnique(z.columns(), "industry", problems);
        if (uniqueRows && uniqueColumns) {
            Label.checkProduct(
                    z.rows(), regions, "industry", "region × sector", Location.file(file("Z.txt")), problems);
            if (z.hasColumns() && z.labelled()) {
                checkSame(z.columns(), z.rows(), "column", "Z.txt", "its rows");
            }
        }
        return regions;
    }

    private void checkFinalDemand(PymrioTable y, Set<String> regions, PymrioTable z) {
        checkSameRows(y, z, "Y.txt");
        if (Label.checkUnique(y.columns(), "final-demand column", problems)
                && Label.checkRegions(y.columns(), regions, "Z.txt", problems)) {
            Label.checkProduct(
                    y.columns(),
                    regions,
                    "final-demand column",
                    "region × category",
                    Location.file(file("Y.txt")),
                    problems);
        }
    }

    /** The rows of Y or x are those of Z (compared only when both tables have labels on every row). */
    private void checkSameRows(PymrioTable table, PymrioTable z, String name) {
        if (Label.checkUnique(table.rows(), "industry", problems) && table.labelled() && z.labelled()) {
            checkSame(table.rows(), z.rows(), "row", name, "the rows of Z.txt");
        }
    }

    /** Each label must be a reference label, and each reference label must be present. */
    private void checkSame(List<Label> labels, List<Label> reference, String what, String name, String referenceName) {
        Set<String> known = texts(reference);
        for (Label label : labels) {
            if (!known.contains(label.text())) {
                problems.error(
                        label.at(),
                        "",
                        label.text(),
                        "is not an industry of " + referenceName,
                        "the same industries as " + referenceName,
                        "");
            }
        }
        Set<String> present = texts(labels);
        List<String> absent = reference.stream()
                .map(Label::text)
                .filter(text -> !present.contains(text))
                .toList();
        if (!absent.isEmpty()) {
            String shown = String.join(" ", absent.subList(0, Math.min(SHOWN, absent.size())));
            String more = absent.size() > SHOWN ? " and " + (absent.size() - SHOWN) + " more" : "";
            problems.error(
                    Location.file(file(name)),
                    "",
                    "",
                    "has no " + what + " for " + shown + more,
                    "a " + what + " for each industry of " + referenceName,
                    "");
        }
    }

    private String file(String name) {
        return folder.resolve(name).toString();
    }

    private static Set<String> texts(List<Label> labels) {
        Set<String> texts = new HashSet<>();
        labels.forEach(label -> texts.add(label.text()));
        return texts;
    }

    private static List<Label> sorted(List<Label> labels, int[] order) {
        List<Label> sorted = new ArrayList<>(order.length);
        for (int k : order) {
            sorted.add(labels.get(k));
        }
        return sorted;
    }

    /** Row sums of [Z Y], each summed left to right. */
    private static double[] rowSums(SparseMatrix z, SparseMatrix y) {
        double[] sums = z.rowSums();
        for (int i = 0; i < sums.length; i++) {
            for (int k = y.rowStart()[i]; k < y.rowStart()[i + 1]; k++) {
                sums[i] += y.values()[k];
            }
        }
        return sums;
    }
}
