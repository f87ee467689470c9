package org.lodestone.io.backtest;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import java.util.function.Function;
import org.lodestone.io.problem.InputException;
import org.lodestone.io.problem.Problem;
import org.lodestone.io.problem.Problems;
import org.lodestone.io.scenario.LocatedScenario;
import org.lodestone.io.scenario.ScenarioLibrary;
import org.lodestone.io.scenario.ScenarioReader;
import org.lodestone.io.scenario.YamlFields;
import org.lodestone.io.yaml.YamlMap;

/**
 * Reads an episode file (YAML, schema marker {@code lodestone-episode: 1}; docs/backtest-format.md)
 * and the scenario it names. Unknown keys are errors that list the valid ones; every problem of
 * the file and of its scenario is reported together with its {@code file:line:column}. Names of
 * commodities and regions are checked later, against the dataset.
 */
public final class EpisodeReader {

    static final Set<String> KEYS = Set.of(
            "lodestone-episode", "name", "title", "scenario", "requires", "gaps", "overrides", "metrics", "sources");
    private static final Set<String> SOURCE_KEYS = Set.of("id", "publisher", "title", "url", "date");
    private static final Set<String> OVERRIDE_KEYS = Set.of("path", "source", "note");

    private EpisodeReader() {}

    /**
     * Reads an episode file; its {@code scenario} is a path relative to the file's folder.
     *
     * @throws InputException with every problem found
     */
    public static Episode read(Path file) {
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
                    "an episode file (YAML) or builtin:NAME",
                    "lodestone backtest --list lists the bundled episodes"));
        }
        Path folder = file.toAbsolutePath().getParent();
        return read(
                file.toString(),
                new String(bytes, StandardCharsets.UTF_8),
                reference -> ScenarioReader.read(
                        reference.startsWith(ScenarioLibrary.PREFIX) ? Path.of(reference) : folder.resolve(reference)));
    }

    /**
     * Reads episode text.
     *
     * @param display   the name used in problem locations
     * @param scenarios opens the scenario the episode names (may throw {@link InputException})
     * @throws InputException with every problem found
     */
    public static Episode read(String display, String text, Function<String, LocatedScenario> scenarios) {
        Problems problems = new Problems();
        YamlMap map = YamlMap.parse(display, text, problems).orElse(null);
        if (map == null) {
            problems.throwIfErrors();
        }
        YamlFields f = new YamlFields(problems);
        map.rejectUnknownKeys(KEYS, problems);
        f.choice(map, "lodestone-episode", true, List.of("1"));
        String name = f.text(map, "name", true).orElse("");
        String title = f.text(map, "title", true).orElse("");
        String gaps = f.text(map, "gaps", false).orElse("");
        List<String> requires = map.listOfScalars("requires", problems);
        Optional<LocatedScenario> scenario = f.text(map, "scenario", true).flatMap(reference -> {
            try {
                return Optional.of(scenarios.apply(reference));
            } catch (InputException e) {
                e.problems().forEach(problems::add);
                return Optional.empty();
            }
        });
        List<Episode.Source> sources = sources(map, f, problems);
        Set<String> ids = new LinkedHashSet<>();
        sources.forEach(s -> ids.add(s.id()));
        List<Episode.StatedOverride> overrides = overrides(map, f, problems, ids);
        scenario.filter(s -> s.scenario().start().isEmpty())
                .ifPresent(s -> problems.error(
                        map.locationOf("scenario"),
                        "scenario",
                        s.scenario().name(),
                        "has no start date",
                        "a scenario with start: YYYY-MM-DD, the day the episode began",
                        "Periods are dates, counted from the scenario's start"));
        List<Episode.Metric> metrics = scenario.filter(s -> s.scenario().start().isPresent())
                .map(s -> new MetricReader(f, problems, s.scenario(), ids).readAll(map.listOfMaps("metrics", problems)))
                .orElse(List.of());
        if (!map.has("metrics")) {
            problems.error(map.location(), "key", "metrics", "is missing", "the observed outcomes", "");
        }
        scenario.ifPresent(s -> StatedOverrides.check(s.scenario(), overrides, map, problems));
        problems.throwIfErrors();
        return new Episode(name, title, display, scenario.orElseThrow(), requires, gaps, overrides, metrics, sources);
    }

    private static List<Episode.Source> sources(YamlMap map, YamlFields f, Problems problems) {
        List<Episode.Source> sources = new ArrayList<>();
        Set<String> seen = new LinkedHashSet<>();
        for (YamlMap s : map.listOfMaps("sources", problems)) {
            s.rejectUnknownKeys(SOURCE_KEYS, problems);
            String id = f.text(s, "id", true).orElse("");
            if (!id.isEmpty() && !seen.add(id)) {
                problems.error(s.locationOf("id"), "id", id, "is listed twice", "each source once", "");
            }
            sources.add(new Episode.Source(
                    id,
                    f.text(s, "publisher", true).orElse(""),
                    f.text(s, "title", false).orElse(""),
                    f.text(s, "url", false).orElse(""),
                    f.text(s, "date", false).orElse("")));
        }
        return sources;
    }

    private static List<Episode.StatedOverride> overrides(
            YamlMap map, YamlFields f, Problems problems, Set<String> sourceIds) {
        List<Episode.StatedOverride> overrides = new ArrayList<>();
        for (YamlMap o : map.listOfMaps("overrides", problems)) {
            o.rejectUnknownKeys(OVERRIDE_KEYS, problems);
            String path = f.text(o, "path", true).orElse("");
            String source = f.text(o, "source", true).orElse("");
            if (!source.isEmpty() && !source.equals("assumed") && !sourceIds.contains(source)) {
                problems.error(
                        o.locationOf("source"),
                        "source",
                        source,
                        "is not a source of this episode",
                        "assumed or one of " + String.join(", ", sourceIds),
                        "");
            }
            overrides.add(new Episode.StatedOverride(
                    path, source, f.text(o, "note", false).orElse("")));
        }
        return overrides;
    }
}
