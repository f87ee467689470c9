package org.lodestone.core.binding;

import java.util.List;
import org.lodestone.core.shock.Event;

/**
 * A scenario's events bound to a table, or why some do not bind.
 *
 * @param events   the events that bound, in scenario order
 * @param problems every problem found, in scenario order; empty when all events bound
 */
public record BoundEvents(List<Event> events, List<BindingProblem> problems) {

    public BoundEvents {
        events = List.copyOf(events);
        problems = List.copyOf(problems);
    }

    /** True if every event bound. */
    public boolean ok() {
        return problems.isEmpty();
    }
}
