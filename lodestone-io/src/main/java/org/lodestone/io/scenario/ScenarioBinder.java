package org.lodestone.io.scenario;

import java.util.List;
import java.util.Optional;
import org.lodestone.core.ario.ArioModel;
import org.lodestone.core.ario.ArioParameters;
import org.lodestone.core.binding.BindingProblem;
import org.lodestone.core.binding.BoundEvents;
import org.lodestone.core.model.Dataset;
import org.lodestone.core.mrio.IoTable;
import org.lodestone.core.shock.Event;
import org.lodestone.io.problem.InputException;
import org.lodestone.io.problem.Location;
import org.lodestone.io.problem.Problems;

/**
 * Binds a scenario read from a file to a table with core's
 * {@link org.lodestone.core.binding.ScenarioBinder}, and reports its problems at the line of the
 * event or node that causes them.
 */
public final class ScenarioBinder {

    private ScenarioBinder() {}

    /**
     * A scenario ready to run: the model of the table under the scenario's parameters, and the
     * events bound to it.
     *
     * @param model  the precomputed model
     * @param events the events, in scenario order
     */
    public record Bound(ArioModel model, List<Event> events) {

        public Bound {
            events = List.copyOf(events);
        }
    }

    /**
     * Builds the model of {@code table} under the scenario's parameters and binds its events.
     *
     * @param parameters the scenario's parameters, possibly with run settings (threads) changed
     * @throws InputException with every problem found
     */
    public static Bound bind(LocatedScenario located, IoTable table, ArioParameters parameters) {
        return bind(located, table, parameters, Optional.empty());
    }

    /**
     * As {@link #bind(LocatedScenario, IoTable, ArioParameters)}, with the dataset the table was
     * built from, which gives groups ({@code group:NAME} targets) and chokepoint routes.
     */
    public static Bound bind(
            LocatedScenario located, IoTable table, ArioParameters parameters, Optional<Dataset> dataset) {
        check(located, org.lodestone.core.binding.ScenarioBinder.checkModel(located.scenario(), table));
        return events(located, ArioModel.of(table, parameters), dataset);
    }

    /**
     * Binds the scenario's events to an already built model (of the scenario's table and
     * parameters): ensemble members that vary only events share one model.
     *
     * @throws InputException with every problem found
     */
    public static Bound bind(LocatedScenario located, ArioModel model, Optional<Dataset> dataset) {
        check(located, org.lodestone.core.binding.ScenarioBinder.checkModel(located.scenario(), model.table()));
        return events(located, model, dataset);
    }

    private static Bound events(LocatedScenario located, ArioModel model, Optional<Dataset> dataset) {
        BoundEvents bound = org.lodestone.core.binding.ScenarioBinder.bind(located.scenario(), model, dataset);
        check(located, bound.problems());
        return new Bound(model, bound.events());
    }

    /** @throws InputException with every problem, each at the line that causes it, if there are any */
    private static void check(LocatedScenario located, List<BindingProblem> found) {
        Problems problems = new Problems();
        for (BindingProblem p : found) {
            problems.error(locate(located, p), p.field(), p.value(), p.message(), p.expected(), p.hint());
        }
        problems.throwIfErrors();
    }

    /** Where the problem was written: the node, else the event, else the whole file. */
    static Location locate(LocatedScenario located, BindingProblem problem) {
        if (problem.event() == BindingProblem.SCENARIO) {
            return Location.file(located.file().toString());
        }
        List<Location> nodes = located.nodes().get(problem.event());
        return problem.node() != BindingProblem.WHOLE_EVENT && problem.node() < nodes.size()
                ? nodes.get(problem.node())
                : located.events().get(problem.event());
    }
}
