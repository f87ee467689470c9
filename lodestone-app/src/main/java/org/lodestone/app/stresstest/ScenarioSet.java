package org.lodestone.app.stresstest;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.lodestone.io.problem.InputException;
import org.lodestone.io.problem.Problem;
import org.lodestone.io.scenario.LocatedScenario;
import org.lodestone.io.scenario.ScenarioLibrary;
import org.lodestone.io.scenario.ScenarioReader;

/**
 * Reads the scenarios of a stress test: the references given ({@code builtin:NAME} or scenario
 * files), or the whole bundled library when none are. Every scenario must be written for the
 * stress test's dataset and have a unique name; all problems of all scenarios are reported together.
 */
final class ScenarioSet {

    private ScenarioSet() {}

    /**
     * @param references      scenario references, empty for the whole library
     * @param datasetReference the stress test's dataset, which every scenario must name
     * @throws InputException with every problem found
     */
    static List<ScenarioEntry> read(List<String> references, String datasetReference) {
        Map<String, String> titles = new LinkedHashMap<>();
        ScenarioLibrary.entries().forEach(e -> titles.put(ScenarioLibrary.PREFIX + e.name(), e.title()));
        List<String> wanted = references.isEmpty() ? List.copyOf(titles.keySet()) : references;
        if (wanted.isEmpty()) {
            throw InputException.of(problem(
                    "--scenarios",
                    "",
                    "no scenario to run: the bundled library is empty",
                    "--scenarios builtin:NAME,path/to/scenario.yaml",
                    ""));
        }
        List<Problem> problems = new ArrayList<>();
        List<ScenarioEntry> entries = new ArrayList<>();
        Set<String> names = new HashSet<>();
        for (String reference : wanted) {
            try {
                LocatedScenario located = ScenarioReader.read(Path.of(reference));
                String name = located.scenario().name();
                if (!names.add(name)) {
                    problems.add(problem(
                            reference,
                            name,
                            "is the name of another scenario of this run",
                            "unique scenario names",
                            ""));
                }
                checkDataset(located, reference, datasetReference, problems);
                entries.add(new ScenarioEntry(reference, titles.getOrDefault(reference, located.title()), located));
            } catch (InputException e) {
                problems.addAll(e.problems());
            }
        }
        if (problems.stream().anyMatch(Problem::isError)) {
            throw new InputException(problems);
        }
        return entries;
    }

    private static void checkDataset(
            LocatedScenario located, String reference, String datasetReference, List<Problem> problems) {
        String named = located.scenario().dataset();
        if (!canonical(named, located.file().getParent()).equals(canonical(datasetReference, null))) {
            problems.add(new Problem(
                    Problem.Severity.ERROR,
                    reference,
                    0,
                    0,
                    "dataset",
                    named,
                    "differs from the stress test's dataset " + datasetReference,
                    "scenarios written for " + datasetReference,
                    "Maybe pass --dataset " + named));
        }
    }

    /** builtin references as written; paths absolute, relative ones taken beside the scenario when they exist there. */
    private static String canonical(String reference, Path scenarioFolder) {
        if (reference.startsWith(ScenarioLibrary.PREFIX)) {
            return reference;
        }
        Path path = Path.of(reference);
        if (!path.isAbsolute() && scenarioFolder != null && Files.exists(scenarioFolder.resolve(path))) {
            path = scenarioFolder.resolve(path);
        }
        return path.toAbsolutePath().normalize().toString();
    }

    private static Problem problem(String file, String value, String message, String expected, String hint) {
        return new Problem(
                Problem.Severity.ERROR, file, 0, 0, value.isEmpty() ? "" : "name", value, message, expected, hint);
    }
}
