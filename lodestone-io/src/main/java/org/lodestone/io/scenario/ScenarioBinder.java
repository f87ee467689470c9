package org.lodestone.io.scenario;

import java.util.List;
import java.util.Optional;
import java.util.Set;
import java.util.TreeSet;
import org.lodestone.core.ario.ArioParameters;
import org.lodestone.core.binding.BindingProblem;
import org.lodestone.core.binding.BoundEvents;
import org.lodestone.core.binding.Suggestions;
import org.lodestone.core.model.Dataset;
import org.lodestone.core.mrio.IoTable;
import org.lodestone.io.problem.InputException;
import org.lodestone.io.problem.Location;
import org.lodestone.io.problem.Problems;

/**
 * Binds a scenario read from a file to a table with core's
 * {@link org.lodestone.core.binding.ScenarioBinder}, and reports its problems at the line of the
 * event or node that causes them. It only locates: the model and the bound events come from core.
 */
public final class ScenarioBinder {

    private ScenarioBinder() {}

    /**
     * Binds the scenario to {@code table} with {@code parameters} (the scenario's own, possibly with
     * run settings such as threads changed).
     *
     * @param dataset the dataset the table was built from (groups, chokepoints), if any
     * @throws InputException with every problem found
     */
    public static BoundEvents bind(
            LocatedScenario located, IoTable table, ArioParameters parameters, Optional<Dataset> dataset) {
        BoundEvents bound =
                org.lodestone.core.binding.ScenarioBinder.bind(located.scenario(), table, parameters, dataset);
        Problems problems = new Problems();
        dataset.ifPresent(d -> checkCoalition(located, d, problems));
        addAll(located, bound.problems(), problems);
        problems.throwIfErrors();
        return bound;
    }

    /** A scenario's {@code coalition:} must be a group of its dataset, else runs would quietly use another. */
    private static void checkCoalition(LocatedScenario located, Dataset dataset, Problems problems) {
        located.scenario().coalition().filter(c -> dataset.group(c).isEmpty()).ifPresent(c -> {
            Set<String> groups = new TreeSet<>();
            dataset.groups().forEach(g -> groups.add(g.id()));
            problems.error(
                    located.coalition(),
                    "coalition",
                    c,
                    "is not a group of dataset " + dataset.info().id(),
                    "one of " + String.join(", ", groups),
                    Suggestions.hint(c, groups));
        });
    }

    /** @throws InputException with every problem, each at the line that causes it, if there are any */
    static void throwIfAny(LocatedScenario located, List<BindingProblem> found) {
        Problems problems = new Problems();
        addAll(located, found, problems);
        problems.throwIfErrors();
    }

    private static void addAll(LocatedScenario located, List<BindingProblem> found, Problems problems) {
        for (BindingProblem p : found) {
            problems.error(locate(located, p), p.field(), p.value(), p.message(), p.expected(), p.hint());
        }
    }
    /** Where the problem was written: the node, else the event, else the dataset path, else the whole file. */
    static Location locate(LocatedScenario located, BindingProblem problem) {
        if (problem.event() == BindingProblem.SCENARIO) {
            Location path = problem.field().equals(org.lodestone.core.binding.ScenarioBinder.DATASET_PATH)
                    ? located.datasetPaths().get(problem.value())
                    : null;
            return path != null ? path : Location.file(located.file().toString());
        }
        List<Location> nodes = located.nodes().get(problem.event());
        return problem.node() != BindingProblem.WHOLE_EVENT && problem.node() < nodes.size()
                ? nodes.get(problem.node())
                : located.events().get(problem.event());
    }
}
