package org.lodestone.io.problem;

import java.util.Objects;

/**
 * A place in an input file.
 *
 * @param file   the file as the user named it
 * @param line   1-based line, 0 for the whole file
 * @param column 1-based column, 0 when unknown
 */
public record Location(String file, int line, int column) {

    public Location {
        Objects.requireNonNull(file, "file");
    }

    /** The whole file. */
    public static Location file(String file) {
        return new Location(file, 0, 0);
    }
}
