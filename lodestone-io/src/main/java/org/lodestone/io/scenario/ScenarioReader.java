package org.lodestone.io.scenario;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.time.LocalDate;
import java.util.HexFormat;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.OptionalInt;
import java.util.Set;
import org.lodestone.core.ario.ArioParameters;
import org.lodestone.core.scenario.Scenario;
import org.lodestone.core.uncertainty.Uncertainty;
import org.lodestone.io.problem.InputException;
import org.lodestone.io.problem.Location;
import org.lodestone.io.problem.Problem;
import org.lodestone.io.problem.Problems;
import org.lodestone.io.yaml.YamlMap;

/**
 * Reads a scenario file (YAML, schema marker {@code lodestone: 1}; {@code docs/scenario-format.md}).
 * Unknown keys are errors that list the valid ones; every problem of the file is reported together
 * with its line and column. Node names are checked later, against the table (see {@link ScenarioBinder}).
 */
public final class ScenarioReader {

    static final Set<String> KEYS = Set.of(
            "lodestone",
            "name",
            "description",
            "dataset",
            "start",
            "horizon",
            "coalition",
            "model",
            "events",
            "overrides",
            "uncertainty");

    private ScenarioReader() {}

    /**
     * @throws InputException with every problem found
     */
    public static LocatedScenario read(Path file) {
        if (file.toString().startsWith(ScenarioLibrary.PREFIX)) {
            return ScenarioLibrary.read(file.toString().substring(ScenarioLibrary.PREFIX.length()));
        }
        byte[] bytes;
        try {
            bytes = Files.readAllBytes(file);
        } catch (IOException e) {
            throw InputException.of(new Problem(
                    Problem.Severity.ERROR,
                    file.toString(),
                    0,
                    0,
                    "",
                    "",
                    Files.exists(file) ? "cannot be read: " + e.getMessage() : "does not exist",
                    "a scenario file (YAML) or builtin:NAME",
                    ""));
        }
        return read(file.toString(), bytes, file);
    }

    /**
     * Reads scenario text.
     *
     * @param display the name used in problem locations
     * @param bytes   the file's content
     * @param file    the path relative dataset references are resolved from
     * @throws InputException with every problem found
     */
    public static LocatedScenario read(String display, byte[] bytes, Path file) {
        Problems problems = new Problems();
        YamlMap map = YamlMap.parse(display, new String(bytes, StandardCharsets.UTF_8), problems)
                .orElse(null);
        if (map == null) {
            problems.throwIfErrors();
        }
        YamlFields f = new YamlFields(problems);
        map.rejectUnknownKeys(KEYS, problems);
        f.choice(map, "lodestone", true, List.of("1"));
        String name = f.text(map, "name", true).orElse("");
        String description = f.text(map, "description", false).orElse("");
        String dataset = f.text(map, "dataset", true).orElse("");
        Optional<LocalDate> start = f.date(map, "start", false);
        OptionalInt horizon = f.integer(map, "horizon", true, 1);
        Optional<String> coalition = f.text(map, "coalition", false);
        ArioParameters model = map.map("model", problems)
                .map(m -> ModelReader.read(m, f, problems))
                .orElse(ArioParameters.defaults());
        EventReader events = new EventReader(f, problems, start, start.isEmpty() && map.has("start"));
        for (YamlMap event : map.listOfMaps("events", problems)) {
            events.read(event);
        }
        DatasetPaths paths = new DatasetPaths(problems);
        Map<String, Double> overrides =
                map.map("overrides", problems).map(o -> paths.overrides(o, f)).orElse(Map.of());
        Optional<Scenario> read = problems.hasErrors()
                ? Optional.empty()
                : Optional.of(new Scenario(
                        name,
                        dataset,
                        start,
                        horizon.getAsInt(),
                        coalition,
                        model,
                        events.specs(),
                        Uncertainty.none(),
                        sha256(bytes),
                        overrides));
        Uncertainty uncertainty = map.map("uncertainty", problems)
                .map(u -> new UncertaintyReader(f, problems, paths).read(u, read))
                .orElse(Uncertainty.none());
        problems.throwIfErrors();
        return new LocatedScenario(
                read.orElseThrow().withUncertainty(uncertainty),
                file,
                events.locations(),
                events.nodeLocations(),
                map.has("coalition") ? map.locationOf("coalition") : Location.file(file.toString()),
                paths.locations(),
                description);
    }

    private static String sha256(byte[] bytes) {
        try {
            return HexFormat.of().formatHex(MessageDigest.getInstance("SHA-256").digest(bytes));
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException("the JDK always provides SHA-256", e);
        }
    }
}
