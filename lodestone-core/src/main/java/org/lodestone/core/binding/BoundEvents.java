package org.lodestone.core.binding;

import java.util.ArrayList;
import java.util.List;
import org.lodestone.core.ario.ArioModel;
import org.lodestone.core.shock.Event;

/**
 * A scenario bound to a table, ready to run, or why it does not bind.
 *
 * @param model    the model of the table under the scenario's parameters; null only when the
 *                 scenario's model block did not bind (then {@link #model()} throws)
 * @param events   the events that bound, in scenario order
 * @param problems every problem found, in scenario order; empty when everything bound
 */
public record BoundEvents(ArioModel model, List<Event> events, List<BindingProblem> problems) {

    public BoundEvents {
        events = List.copyOf(events);
        problems = List.copyOf(problems);
        if (model == null && problems.isEmpty()) {
            throw new IllegalArgumentException("a binding without a model must say why (problems is empty)");
        }
    }

    /** Problems with the scenario's model block, which leave nothing to bind the events to. */
    static BoundEvents modelProblems(List<BindingProblem> problems) {
        return new BoundEvents(null, List.of(), problems);
    }

    /** True if everything bound. */
    public boolean ok() {
        return problems.isEmpty();
    }

    /**
     * The model the run steps.
     *
     * @throws IllegalStateException if the scenario's model block did not bind
     */
    @Override
    public ArioModel model() {
        if (model == null) {
            throw new IllegalStateException("the scenario's model block did not bind: "
                    + problems.get(0).text());
        }
        return model;
    }

    /** The same binding with {@code extra} events after the scenario's (the plan check's stock releases). */
    public BoundEvents withExtraEvents(List<Event> extra) {
        List<Event> all = new ArrayList<>(events);
        all.addAll(extra);
        return new BoundEvents(model(), all, problems);
    }
}
