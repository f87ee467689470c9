package org.lodestone.io.mrio;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import org.lodestone.core.mrio.FinalDemandColumn;
import org.lodestone.core.mrio.Industry;
import org.lodestone.core.mrio.IoTable;
import org.lodestone.core.mrio.SparseMatrix;
import org.lodestone.io.problem.InputException;
import org.lodestone.io.problem.Location;
import org.lodestone.io.problem.Problem;
import org.lodestone.io.problem.Problems;

/**
 * Reads an MRIO folder, Lodestone's plain exchange format for monetary multi-regional input-output
 * tables, one of Lodestone's stable interfaces (a dataset reference {@code mrio:PATH}):
 *
 * <ul>
 *   <li>{@code industries.csv}: header {@code idx,region,sector}, then P rows numbered 0…P−1, in
 *       lexicographic order of (region, sector), every region having every sector;
 *   <li>{@code fd_columns.csv}: header {@code idx,region,category}, then Q rows numbered 0…Q−1, in
 *       lexicographic order of (region, category), every region of the industries having every
 *       category;
 *   <li>{@code Z.csv} (P × P yearly flows, row = supplier, column = buyer), {@code Y.csv} (P × Q
 *       yearly final demand), {@code x.csv} (P × 1 gross output, used as given, not re-summed):
 *       comma-separated decimal numbers, no header, no index column;
 *   <li>{@code meta.json}, optional: {@code {"monetary_factor": 1000000}} gives the money unit of
 *       the values; without it the factor is {@value #DEFAULT_MONETARY_FACTOR} (millions).
 * </ul>
 *
 * <p>Values keep the table's money unit per year. Numbers are parsed exactly as
 * {@link Double#parseDouble} would, so a folder written with round-trip digits reads back the same
 * doubles. Each matrix file is streamed line by line, twice: a quick pass counts the non-zero
 * cells of each row, so that the sparse matrix (zeros are not stored) is allocated once at its
 * exact size, then the cells are parsed into place. A 9,800 × 9,800 Z.csv of integers (96 million
 * cells, 320 MB) reads in about 5 s on one core; cells of 17 significant digits take the slower
 * path of {@link Double#parseDouble} and about three times as long.
 *
 * <p>Every problem of a pass is reported together in one {@link InputException}, located
 * {@code file:line:column} with the value and what was expected: missing files, bad or misnumbered
 * idx, empty, duplicate or unsorted labels, incomplete region × sector products, cells that are not
 * finite plain decimal numbers, and wrong numbers of rows or values per row (each file shows its
 * first {@value MatrixText#MAX_PROBLEMS} problems). When a label file cannot be read whole, the
 * matrices are still checked cell by cell but not against its count.
 */
public final class MrioFolderReader {

    /** The monetary factor when the folder has no meta.json. */
    public static final double DEFAULT_MONETARY_FACTOR = 1e6;
    /** The files an MRIO folder must hold. */
    public static final List<String> REQUIRED_FILES =
            List.of("industries.csv", "fd_columns.csv", "Z.csv", "Y.csv", "x.csv");

    private static final String INDUSTRIES = "one per industry of industries.csv";

    private final Path folder;
    private final Problems problems = new Problems();

    private MrioFolderReader(Path folder) {
        this.folder = folder;
    }

    /**
     * Reads the folder into a {@link IoTable.Units#MONETARY} table without capital (the engine
     * derives it from value added).
     *
     * @throws InputException       with every problem found, if any
     * @throws UncheckedIOException if a file exists but cannot be read
     */
    public static IoTable read(Path folder) {
        return new MrioFolderReader(folder).table();
    }

    private IoTable table() {
        requireFiles();
        LabelFile.Result industries =
                LabelFile.read(file("industries.csv"), text("industries.csv"), "sector", "industry", problems);
        Set<String> regions = Label.regions(industries.labels());
        if (industries.complete()) {
            Label.checkProduct(
                    industries.labels(),
                    regions,
                    "industry",
                    "region × sector",
                    Location.file(file("industries.csv")),
                    problems);
        }
        LabelFile.Result columns = LabelFile.read(
                file("fd_columns.csv"), text("fd_columns.csv"), "category", "final-demand column", problems);
        if (industries.complete() && Label.checkRegions(columns.labels(), regions, "industries.csv", problems)) {
            Label.checkProduct(
                    columns.labels(),
                    regions,
                    "final-demand column",
                    "region × category",
                    Location.file(file("fd_columns.csv")),
                    problems);
        }
        double monetaryFactor = monetaryFactor();
        int p = industries.complete() ? industries.labels().size() : -1;
        int q = columns.complete() ? columns.labels().size() : -1;
        boolean keep = !problems.hasErrors();
        Optional<SparseMatrix> z = matrix("Z.csv", new CsvMatrix.Shape(p, p, INDUSTRIES, INDUSTRIES), keep);
        Optional<SparseMatrix> y =
                matrix("Y.csv", new CsvMatrix.Shape(p, q, INDUSTRIES, "one per column of fd_columns.csv"), keep);
        Optional<double[]> x = CsvMatrix.readColumn(
                folder.resolve("x.csv"),
                file("x.csv"),
                new CsvMatrix.Shape(p, 1, INDUSTRIES, "the gross output"),
                keep,
                problems);
        problems.throwIfErrors();
        return new IoTable(
                industries(industries.labels()),
                finalDemandColumns(columns.labels()),
                z.orElseThrow(),
                y.orElseThrow(),
                x.orElseThrow(),
                IoTable.Units.MONETARY,
                monetaryFactor,
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
                    "an MRIO folder holding " + String.join(", ", REQUIRED_FILES),
                    ""));
        }
        for (String name : REQUIRED_FILES) {
            if (!Files.isRegularFile(folder.resolve(name))) {
                problems.error(
                        Location.file(file(name)),
                        "",
                        "",
                        "is missing",
                        "the file " + name + " in the MRIO folder",
                        "An MRIO folder holds " + String.join(", ", REQUIRED_FILES) + " and optionally meta.json");
            }
        }
        problems.throwIfErrors();
    }

    private double monetaryFactor() {
        if (!Files.isRegularFile(folder.resolve(MetaJson.FILE))) {
            return DEFAULT_MONETARY_FACTOR;
        }
        return MetaJson.monetaryFactor(file(MetaJson.FILE), text(MetaJson.FILE), problems)
                .orElse(DEFAULT_MONETARY_FACTOR);
    }

    private Optional<SparseMatrix> matrix(String name, CsvMatrix.Shape shape, boolean keep) {
        return CsvMatrix.read(folder.resolve(name), file(name), shape, keep, problems);
    }

    private String file(String name) {
        return folder.resolve(name).toString();
    }

    private String text(String name) {
        try {
            return Files.readString(folder.resolve(name), StandardCharsets.UTF_8);
        } catch (IOException e) {
            throw new UncheckedIOException("cannot read " + file(name), e);
        }
    }

    static List<Industry> industries(List<Label> labels) {
        return labels.stream().map(l -> new Industry(l.region(), l.name())).toList();
    }

    static List<FinalDemandColumn> finalDemandColumns(List<Label> labels) {
        return labels.stream()
                .map(l -> new FinalDemandColumn(l.region(), l.name()))
                .toList();
    }
}
