package org.lodestone.io.dataset;

import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Optional;
import org.lodestone.io.problem.InputException;
import org.lodestone.io.problem.Location;
import org.lodestone.io.problem.Problem;

/**
 * Where the files of a dataset are read from: a folder, or a dataset bundled with Lodestone
 * ({@code builtin:NAME}, read from the class path).
 */
public sealed interface DatasetSource {

    /** Names of the bundled datasets. */
    List<String> BUILTIN = List.of("ai-stack");

    /** Prefix of bundled dataset references. */
    String BUILTIN_PREFIX = "builtin:";

    /** The file's content, or empty if the dataset has no such file. */
    Optional<String> read(String fileName) throws IOException;

    /** The file as shown in problem locations, e.g. {@code data/production.csv}. */
    String display(String fileName);

    /**
     * Resolves a dataset reference: {@code builtin:NAME} or a folder path.
     *
     * @throws InputException if the builtin is unknown or the folder does not exist
     */
    static DatasetSource resolve(String reference) {
        if (reference.startsWith(BUILTIN_PREFIX)) {
            String name = reference.substring(BUILTIN_PREFIX.length());
            if (!BUILTIN.contains(name)) {
                throw InputException.of(new Problem(
                        Problem.Severity.ERROR,
                        reference,
                        0,
                        0,
                        "dataset",
                        name,
                        "is not a bundled dataset",
                        "one of "
                                + String.join(
                                        ", ",
                                        BUILTIN.stream()
                                                .map(b -> BUILTIN_PREFIX + b)
                                                .toList()),
                        ""));
            }
            return new Builtin(name);
        }
        if (reference.startsWith("mrio:")) {
            throw InputException.of(new Problem(
                    Problem.Severity.ERROR,
                    reference,
                    0,
                    0,
                    "dataset",
                    reference,
                    "is an MRIO folder, which this command does not read yet",
                    "a dataset folder or builtin:ai-stack",
                    ""));
        }
        Path folder = Path.of(reference);
        if (!Files.isDirectory(folder)) {
            Location where = Location.file(reference);
            throw InputException.of(new Problem(
                    Problem.Severity.ERROR,
                    where.file(),
                    0,
                    0,
                    "dataset",
                    "",
                    Files.exists(folder) ? "is not a folder" : "does not exist",
                    "a dataset folder holding dataset.yaml, or builtin:ai-stack",
                    ""));
        }
        return new Folder(folder);
    }

    /** A dataset folder on disk. */
    record Folder(Path path) implements DatasetSource {

        @Override
        public Optional<String> read(String fileName) throws IOException {
            Path file = path.resolve(fileName);
            return Files.isRegularFile(file)
                    ? Optional.of(Files.readString(file, StandardCharsets.UTF_8))
                    : Optional.empty();
        }

        @Override
        public String display(String fileName) {
            return path.resolve(fileName).toString();
        }
    }

    /** A dataset bundled in the jar under {@code /org/lodestone/io/datasets/NAME/}. */
    record Builtin(String name) implements DatasetSource {

        @Override
        public Optional<String> read(String fileName) throws IOException {
            try (InputStream in =
                    DatasetSource.class.getResourceAsStream("/org/lodestone/io/datasets/" + name + "/" + fileName)) {
                return in == null
                        ? Optional.empty()
                        : Optional.of(new String(in.readAllBytes(), StandardCharsets.UTF_8));
            }
        }

        @Override
        public String display(String fileName) {
            return BUILTIN_PREFIX + name + "/" + fileName;
        }
    }
}
