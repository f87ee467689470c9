package org.lodestone.io.mrio;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.lodestone.io.problem.InputException;
import org.lodestone.io.problem.Problem;

/**
 * A small valid MRIO folder to write into a test directory, with files replaced or left out:
 * regions R1, R2, sectors A, B (P = 4), one final-demand category hh (Q = 2).
 */
final class MrioFolder {

    static final String INDUSTRIES = """
            idx,region,sector
            0,R1,A
            1,R1,B
            2,R2,A
            3,R2,B
            """;
    static final String FD_COLUMNS = """
            idx,region,category
            0,R1,hh
            1,R2,hh
            """;
    static final String Z = """
            1,2,0,4
            5,6,7,8
            0,0,0.5,1e3
            1.25,0,3,4
            """;
    static final String Y = """
            10,1
            20,2
            30,3
            40,4
            """;
    static final String X = """
            18
            48
            1033.5
            52.25
            """;

    private final Map<String, String> files = new LinkedHashMap<>(
            Map.of("industries.csv", INDUSTRIES, "fd_columns.csv", FD_COLUMNS, "Z.csv", Z, "Y.csv", Y, "x.csv", X));

    /** Replaces (or adds) a file. */
    MrioFolder with(String file, String text) {
        files.put(file, text);
        return this;
    }

    /** Leaves a file out. */
    MrioFolder without(String file) {
        files.remove(file);
        return this;
    }

    Path writeTo(Path dir) {
        try {
            Files.createDirectories(dir);
            for (Map.Entry<String, String> file : files.entrySet()) {
                Files.writeString(dir.resolve(file.getKey()), file.getValue());
            }
            return dir;
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    /** The formatted problems of reading the folder, or none if it reads. */
    static List<String> problems(Path folder) {
        try {
            MrioFolderReader.read(folder);
            return List.of();
        } catch (InputException e) {
            return e.problems().stream().map(Problem::format).toList();
        }
    }
}
