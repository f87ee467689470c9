package org.lodestone.planner;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.LocalDate;
import java.util.List;
import java.util.Optional;
import java.util.OptionalDouble;
import java.util.Set;
import org.lodestone.core.mrio.IoTable;
import org.lodestone.core.plan.PlanObjective;
import org.lodestone.core.plan.PlanSpec;
import org.lodestone.planner.ortools.OrToolsSolver;
import org.lodestone.planner.supply.ScenarioCase;

/** The linear model's AI compute delivered before any plan, for tests on hand-made networks. */
final class LinearFigure {

    private LinearFigure() {}

    /** Delivered fraction of the members' baseline compute in {@code scenario}, periods of {@code periodDays}. */
    static double before(IoTable table, Set<String> members, ScenarioCase scenario, int periodDays) {
        PlanSpec spec = new PlanSpec(
                "figure",
                "test",
                Optional.empty(),
                LocalDate.of(2026, 1, 1),
                List.of(scenario.name()),
                PlanObjective.MAX_MIN_COMPUTE,
                0,
                OptionalDouble.of(0),
                List.of(),
                List.of(),
                List.of(),
                periodDays,
                30);
        PlanOutcome outcome = new CoalitionPlanner(new OrToolsSolver())
                .plan(new PlanningProblem(table, List.of(), members, "compute", List.of(scenario), spec));
        assertThat(outcome).isInstanceOf(PlanOutcome.Optimal.class);
        return ((PlanOutcome.Optimal) outcome).plan().scenarios().get(0).before();
    }
}
