package org.lodestone.spark;

import java.io.IOException;
import java.io.Serializable;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.time.LocalDate;
import java.util.HexFormat;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;
import java.util.TreeMap;
import java.util.stream.Stream;
import org.lodestone.io.scenario.LocatedScenario;
import org.lodestone.io.scenario.ScenarioLibrary;
import org.lodestone.io.scenario.ScenarioReader;

/**
 * Everything an executor needs to run members, as data: the scenario (a bundled reference, or the
 * file's bytes), the dataset (a bundled reference, or every file of the dataset folder), the
 * coalition and date, and the inputs varied. It is broadcast once; each executor JVM builds the
 * table and the member binding from it once ({@link MemberContext}) and then runs the pure engine.
 *
 * @param scenario     the scenario as named on the driver ({@code builtin:NAME} or a file)
 * @param scenarioText the file's text, null for a bundled scenario (fields are plain values: the job is serialized)
 * @param dataset      the dataset reference, {@code builtin:NAME}, or the folder's name when shipped
 * @param datasetFiles the dataset folder's files by relative path; empty for a bundled dataset
 * @param coalition    the group reported for; the scenario's, else the dataset's default, when null
 * @param date         the date membership is evaluated on
 * @param inputs       the field paths the members set
 */
public record MemberJob(
        String scenario,
        String scenarioText,
        String dataset,
        Map<String, byte[]> datasetFiles,
        String coalition,
        LocalDate date,
        List<String> inputs)
        implements Serializable {

    private static final long serialVersionUID = 1L;

    public MemberJob {
        Objects.requireNonNull(scenario, "scenario");
        Objects.requireNonNull(dataset, "dataset");
        datasetFiles = new TreeMap<>(datasetFiles);
        Objects.requireNonNull(date, "date");
        inputs = List.copyOf(inputs);
    }

    /**
     * The job for {@code scenario} as the driver sees it: a bundled scenario and dataset are named,
     * a scenario file and a dataset folder are read into the job.
     *
     * @throws org.lodestone.io.problem.InputException for a bad scenario
     */
    public static MemberJob of(String scenario, Optional<String> coalition, LocalDate date, List<String> inputs) {
        LocatedScenario located = ScenarioReader.read(Path.of(scenario));
        String text = scenario.startsWith(ScenarioLibrary.PREFIX) ? null : read(Path.of(scenario));
        String dataset = located.scenario().dataset();
        if (dataset.startsWith(ScenarioLibrary.PREFIX)) {
            return new MemberJob(scenario, text, dataset, Map.of(), coalition.orElse(null), date, inputs);
        }
        Path folder = Path.of(dataset);
        Path beside = Path.of(scenario).toAbsolutePath().getParent().resolve(folder);
        folder = !folder.isAbsolute() && Files.isDirectory(beside) ? beside : folder;
        return new MemberJob(
                scenario, text, folder.getFileName().toString(), files(folder), coalition.orElse(null), date, inputs);
    }

    /** The scenario file's text, empty for a bundled scenario. */
    public Optional<String> text() {
        return Optional.ofNullable(scenarioText);
    }

    /** The coalition asked for, if any. */
    public Optional<String> group() {
        return Optional.ofNullable(coalition);
    }

    /** A fingerprint of the job's content, for caching what executors build from it. */
    public String key() {
        try {
            MessageDigest sha = MessageDigest.getInstance("SHA-256");
            sha.update((scenario
                            + '\0'
                            + Objects.toString(scenarioText, "")
                            + '\0'
                            + dataset
                            + '\0'
                            + Objects.toString(coalition, "")
                            + '\0'
                            + date
                            + '\0'
                            + inputs)
                    .getBytes(StandardCharsets.UTF_8));
            datasetFiles.forEach((name, bytes) -> {
                sha.update(name.getBytes(StandardCharsets.UTF_8));
                sha.update(bytes);
            });
            return HexFormat.of().formatHex(sha.digest());
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException("the JDK always provides SHA-256", e);
        }
    }

    private static String read(Path file) {
        try {
            return Files.readString(file);
        } catch (IOException e) {
            throw new UncheckedIOException("cannot read " + file, e);
        }
    }

    private static Map<String, byte[]> files(Path folder) {
        Map<String, byte[]> files = new TreeMap<>();
        try (Stream<Path> paths = Files.walk(folder)) {
            for (Path p : paths.filter(Files::isRegularFile).toList()) {
                files.put(folder.relativize(p).toString(), Files.readAllBytes(p));
            }
        } catch (IOException e) {
            throw new UncheckedIOException("cannot read the dataset folder " + folder, e);
        }
        return files;
    }
}
