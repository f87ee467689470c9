package org.lodestone.io.scenario;

import java.util.Objects;
import java.util.Optional;
import org.lodestone.core.binding.BoundEvents;
import org.lodestone.core.binding.MemberBinder;
import org.lodestone.core.model.Dataset;
import org.lodestone.core.mrio.IoTable;
import org.lodestone.core.scenario.Scenario;

/**
 * Core's {@link MemberBinder} for a scenario read from a file: the scenario's problems and each
 * member's are reported at the lines that cause them. Binding only: the run is started by the
 * caller (the app's {@code ScenarioRuns}, the Spark member job), never here. Thread-safe.
 */
public final class MemberBinding {

    private final LocatedScenario located;
    private final MemberBinder binder;

    /**
     * @param dataset the dataset the table was built from (groups, chokepoints), if any
     * @throws org.lodestone.io.problem.InputException if the scenario does not bind to the table
     */
    public MemberBinding(LocatedScenario located, IoTable table, Optional<Dataset> dataset) {
        this.located = Objects.requireNonNull(located, "located");
        this.binder = new MemberBinder(located.scenario(), table, dataset);
        ScenarioBinder.throwIfAny(located, binder.problems());
    }

    /**
     * {@code member} (a version of the scenario with other numbers) bound to the table, its model
     * set for one thread.
     *
     * @throws org.lodestone.io.problem.InputException if the member does not bind, located in the scenario's file
     */
    public BoundEvents bind(Scenario member) {
        BoundEvents bound = binder.bind(member);
        ScenarioBinder.throwIfAny(located.withScenario(member), bound.problems());
        return bound;
    }
}
