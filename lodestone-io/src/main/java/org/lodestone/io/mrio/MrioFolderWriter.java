package org.lodestone.io.mrio;

import java.io.BufferedWriter;
import java.io.IOException;
import java.io.OutputStreamWriter;
import java.io.Writer;
import java.nio.charset.StandardCharsets;
import java.nio.file.AtomicMoveNotSupportedException;
import java.nio.file.FileAlreadyExistsException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.util.List;
import java.util.UUID;
import java.util.stream.Stream;
import org.lodestone.core.mrio.IoTable;
import org.lodestone.core.mrio.SparseMatrix;
import org.lodestone.io.csv.CsvField;

/**
 * Writes an {@link IoTable} as an MRIO folder, the format {@link MrioFolderReader} reads:
 * {@code industries.csv}, {@code fd_columns.csv}, {@code Z.csv}, {@code Y.csv}, {@code x.csv} and a
 * {@code meta.json} giving the monetary factor. Numbers are written in the shortest form that reads
 * back as the same double: integer values as integers ({@code 202}), others as
 * {@link Double#toString(double)} does ({@code 0.1}, {@code 1.0E-5}); zeros of the sparse matrices
 * are written as {@code 0}. Reading the folder back gives identical doubles.
 *
 * <p>The files are written into a temporary sibling folder that is then moved into place, so the
 * folder appears complete or not at all. An existing non-empty folder is never overwritten.
 * Writing streams row by row: a 9,800 × 9,800 table takes a few seconds and no memory beyond one
 * row of text.
 */
public final class MrioFolderWriter {

    private static final int BUFFER_BYTES = 1 << 20;

    private MrioFolderWriter() {}

    /**
     * Writes the table.
     *
     * @param table  a monetary table without capital (the format holds neither physical units nor
     *               capital)
     * @param folder the folder to create; it must not exist, or be empty
     * @throws IllegalArgumentException   if the table is physical, gives capital or holds a value that
     *                                    is NaN or infinite
     * @throws FileAlreadyExistsException if the folder exists and is not empty
     * @throws IOException                if writing fails; the temporary folder is then removed
     */
    public static void write(IoTable table, Path folder) throws IOException {
        if (table.units() != IoTable.Units.MONETARY || table.capital().isPresent()) {
            throw new IllegalArgumentException("an MRIO folder holds monetary tables without capital; this table is "
                    + table.units() + (table.capital().isPresent() ? " with capital" : ""));
        }
        Path target = folder.toAbsolutePath().normalize();
        requireAbsentOrEmpty(target);
        Files.createDirectories(target.getParent());
        // A sibling, so that the final move is a rename; created with the default permissions.
        Path temporary = Files.createDirectory(
                target.resolveSibling("." + target.getFileName() + ".writing-" + UUID.randomUUID()));
        try {
            writeFiles(table, temporary);
            moveIntoPlace(temporary, target);
        } catch (IOException | RuntimeException e) {
            try {
                deleteFolder(temporary);
            } catch (IOException cleanup) {
                e.addSuppressed(cleanup);
            }
            throw e;
        }
    }

    private static void writeFiles(IoTable table, Path folder) throws IOException {
        StringBuilder industries = new StringBuilder("idx,region,sector\n");
        for (int i = 0; i < table.size(); i++) {
            labelRow(
                    industries,
                    i,
                    table.industries().get(i).region(),
                    table.industries().get(i).sector());
        }
        Files.writeString(folder.resolve("industries.csv"), industries, StandardCharsets.UTF_8);
        StringBuilder columns = new StringBuilder("idx,region,category\n");
        for (int q = 0; q < table.finalDemandColumns().size(); q++) {
            labelRow(
                    columns,
                    q,
                    table.finalDemandColumns().get(q).region(),
                    table.finalDemandColumns().get(q).category());
        }
        Files.writeString(folder.resolve("fd_columns.csv"), columns, StandardCharsets.UTF_8);
        writeMatrix(table.z(), folder.resolve("Z.csv"));
        writeMatrix(table.y(), folder.resolve("Y.csv"));
        writeColumn(table.x(), folder.resolve("x.csv"));
        Files.writeString(
                folder.resolve(MetaJson.FILE), MetaJson.write(table.monetaryFactor()), StandardCharsets.UTF_8);
    }

    private static void labelRow(StringBuilder text, int idx, String region, String name) {
        text.append(idx)
                .append(',')
                .append(CsvField.of(region))
                .append(',')
                .append(CsvField.of(name))
                .append('\n');
    }

    /** Every cell of the matrix, row by row, stored entries from the CSR arrays and 0 elsewhere. */
    private static void writeMatrix(SparseMatrix matrix, Path file) throws IOException {
        int[] rowStart = matrix.rowStart();
        int[] columns = matrix.columns();
        double[] values = matrix.values();
        StringBuilder line = new StringBuilder();
        try (Writer out = writer(file)) {
            for (int i = 0; i < matrix.rows(); i++) {
                line.setLength(0);
                int k = rowStart[i];
                for (int j = 0; j < matrix.cols(); j++) {
                    if (j > 0) {
                        line.append(',');
                    }
                    if (k < rowStart[i + 1] && columns[k] == j) {
                        DecimalText.append(line, values[k++]);
                    } else {
                        line.append('0');
                    }
                }
                out.append(line).append('\n');
            }
        }
    }

    private static void writeColumn(double[] values, Path file) throws IOException {
        StringBuilder text = new StringBuilder();
        for (double value : values) {
            DecimalText.append(text, value);
            text.append('\n');
        }
        Files.writeString(file, text, StandardCharsets.UTF_8);
    }

    private static Writer writer(Path file) throws IOException {
        return new BufferedWriter(
                new OutputStreamWriter(Files.newOutputStream(file), StandardCharsets.UTF_8), BUFFER_BYTES);
    }

    private static void requireAbsentOrEmpty(Path folder) throws IOException {
        if (Files.isDirectory(folder)) {
            try (Stream<Path> entries = Files.list(folder)) {
                if (entries.findAny().isPresent()) {
                    throw new FileAlreadyExistsException(
                            folder.toString(), null, "the folder exists and is not empty; not overwritten");
                }
            }
        } else if (Files.exists(folder)) {
            throw new FileAlreadyExistsException(folder.toString(), null, "a file of that name exists");
        }
    }

    private static void moveIntoPlace(Path temporary, Path target) throws IOException {
        requireAbsentOrEmpty(target);
        Files.deleteIfExists(target);
        try {
            Files.move(temporary, target, StandardCopyOption.ATOMIC_MOVE);
        } catch (AtomicMoveNotSupportedException e) {
            Files.move(temporary, target);
        }
    }

    private static void deleteFolder(Path folder) throws IOException {
        if (!Files.exists(folder)) {
            return;
        }
        List<Path> files;
        try (Stream<Path> entries = Files.list(folder)) {
            files = entries.toList();
        }
        for (Path file : files) {
            Files.deleteIfExists(file);
        }
        Files.deleteIfExists(folder);
    }
}
