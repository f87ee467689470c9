package org.lodestone.app.plan;

import java.nio.file.Path;
import java.util.List;
import org.lodestone.app.run.Scope;
import org.lodestone.io.plan.LocatedPlan;
import org.lodestone.planner.PlanOutcome;

/**
 * What {@code lodestone plan} found.
 *
 * @param plan         the plan file
 * @param scope        dataset, coalition and members on the decision date
 * @param outcome      the planner's outcome
 * @param checks       per scenario, the engine's figures (empty when there is no plan to check)
 * @param checkSeconds time spent in the engine runs
 * @param out          the folder written
 */
public record PlanResult(
        LocatedPlan plan,
        Scope scope,
        PlanOutcome outcome,
        List<SimulatedCheck> checks,
        double checkSeconds,
        Path out) {

    public PlanResult {
        checks = List.copyOf(checks);
    }

    /**
     * The engine's figures for one scenario.
     *
     * @param scenario the scenario's name
     * @param before   AI compute delivered by the coalition without the plan, a fraction of baseline
     * @param after    with the plan
     */
    public record SimulatedCheck(String scenario, double before, double after) {}
}
