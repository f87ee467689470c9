package org.lodestone.io.run;

import java.io.IOException;
import java.io.InputStream;
import java.io.InvalidClassException;
import java.io.ObjectInputFilter;
import java.io.ObjectInputStream;
import java.io.ObjectOutputStream;
import java.io.OutputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.Objects;
import org.lodestone.core.ensemble.EnsembleSummary;
import org.lodestone.io.problem.InputException;
import org.lodestone.io.problem.Problem;

/**
 * An ensemble summary in a file, with a header saying how it was made (scenario and its SHA-256,
 * dataset, coalition, date, seed, engine, the cluster and its seconds): what a Spark job writes and
 * {@code lodestone ensemble --summary} reads, so that summaries made apart (several jobs, several
 * clusters) can be combined, and reported on with the date and coalition they were run for.
 * Java serialization, read through a filter that accepts only Lodestone's summary classes and the
 * JDK's collections and boxed values.
 *
 * @param header  how the summary was made, by key
 * @param summary the summary
 */
public record SummaryArchive(Map<String, String> header, EnsembleSummary summary) {

    /** Header key: the scenario as the job named it. */
    public static final String SCENARIO = "scenario";
    /** Header key: SHA-256 of the scenario file. */
    public static final String SCENARIO_HASH = "scenario_hash";
    /** Header key: the dataset's id and version, {@code ID VERSION}. */
    public static final String DATASET = "dataset";
    /** Header key: the id of the coalition the members were reported for. */
    public static final String COALITION = "coalition";
    /** Header key: the date coalition membership was evaluated on, YYYY-MM-DD. */
    public static final String DATE = "date";
    /** Header key: the seed. */
    public static final String SEED = "seed";

    private static final String FILTER =
            "maxdepth=20;org.lodestone.core.ensemble.*;org.lodestone.core.shortfall.Role;java.lang.*;"
                    + "java.util.*;java.lang.Enum;java.lang.Number;!*";

    public SummaryArchive {
        header = Map.copyOf(header);
        Objects.requireNonNull(summary, "summary");
    }

    /** Writes the archive to {@code file} (through a temporary file, so a reader never sees half of it). */
    public void write(Path file) throws IOException {
        Path parent = file.toAbsolutePath().getParent();
        Files.createDirectories(parent);
        Path temporary = Files.createTempFile(parent, "." + file.getFileName(), ".tmp");
        try (OutputStream out = Files.newOutputStream(temporary);
                ObjectOutputStream objects = new ObjectOutputStream(out)) {
            objects.writeObject(new LinkedHashMap<>(header));
            objects.writeObject(summary);
        }
        Files.move(temporary, file, StandardCopyOption.REPLACE_EXISTING);
    }

    /**
     * Reads an archive.
     *
     * @throws InputException if the file is missing, unreadable or not a summary archive
     */
    public static SummaryArchive read(Path file) {
        try (InputStream in = Files.newInputStream(file);
                ObjectInputStream objects = new ObjectInputStream(in)) {
            objects.setObjectInputFilter(ObjectInputFilter.Config.createFilter(FILTER));
            Object header = objects.readObject();
            Object summary = objects.readObject();
            if (header instanceof Map<?, ?> map && summary instanceof EnsembleSummary s) {
                Map<String, String> h = new LinkedHashMap<>();
                map.forEach((k, v) -> h.put(String.valueOf(k), String.valueOf(v)));
                return new SummaryArchive(h, s);
            }
            throw bad(file, "holds no ensemble summary");
        } catch (InvalidClassException | ClassNotFoundException e) {
            throw bad(file, "is not a summary archive of this version of Lodestone (" + e.getMessage() + ")");
        } catch (IOException e) {
            throw bad(file, Files.exists(file) ? "cannot be read: " + e.getMessage() : "does not exist");
        }
    }

    /**
     * The header value of {@code key}.
     *
     * @throws InputException naming {@code file} and the key when the header lacks it (a summary written
     *     before Lodestone recorded it)
     */
    public String require(String key, Path file) {
        String value = header.get(key);
        if (value == null || value.isBlank()) {
            throw InputException.of(new Problem(
                    Problem.Severity.ERROR,
                    file.toString(),
                    0,
                    0,
                    key,
                    "",
                    "does not record the " + key + " it was run for",
                    "a summary whose header records "
                            + String.join(", ", SCENARIO_HASH, DATASET, COALITION, DATE, SEED),
                    "it was written by an older Lodestone; run the Spark job again"));
        }
        return value;
    }

    private static InputException bad(Path file, String message) {
        return InputException.of(new Problem(
                Problem.Severity.ERROR,
                file.toString(),
                0,
                0,
                "",
                "",
                message,
                "a summary written by the Spark job (EnsembleJob --summary FILE)",
                ""));
    }
}
