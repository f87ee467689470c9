package org.lodestone.planner.supply;

import java.util.List;
import java.util.Objects;
import java.util.Optional;
import org.lodestone.core.ario.ArioParameters;
import org.lodestone.core.mrio.SubstitutableInput;
import org.lodestone.core.shock.Event;

/**
 * One stress scenario as the planner sees it: its events bound to the table, its engine
 * parameters (α_max, ψ, inventory targets), its horizon, and when it starts relative to the
 * plan's decision date.
 *
 * @param name             the scenario's name
 * @param events           its events, bound to the table's industries
 * @param parameters       its engine parameters
 * @param horizon          days simulated
 * @param daysAfterDecision days from the plan's decision date to the scenario's day 0 (capacity
 *                          whose lead time is longer is not there)
 * @param substitutions    the partly substitutable inputs of the table under this scenario (its
 *                          {@code overrides} of the dataset's substitution); empty for the table's own
 */
public record ScenarioCase(
        String name,
        List<Event> events,
        ArioParameters parameters,
        int horizon,
        long daysAfterDecision,
        Optional<List<SubstitutableInput>> substitutions) {

    public ScenarioCase {
        Objects.requireNonNull(name, "name");
        events = List.copyOf(events);
        Objects.requireNonNull(parameters, "parameters");
        if (horizon < 1) {
            throw new IllegalArgumentException("horizon must be >= 1 day, was " + horizon);
        }
        substitutions = substitutions.map(List::copyOf);
    }

    /** A scenario on the table's own substitution. */
    public ScenarioCase(
            String name, List<Event> events, ArioParameters parameters, int horizon, long daysAfterDecision) {
        this(name, events, parameters, horizon, daysAfterDecision, Optional.empty());
    }
}
