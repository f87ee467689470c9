package org.lodestone.app.plan;

import java.nio.file.Path;
import java.util.List;
import org.lodestone.app.run.Scope;
import org.lodestone.core.model.Commodity;
import org.lodestone.core.model.CommodityId;
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

    /** The dataset's unit of a commodity (e.g. {@code t}), or {@code units} if the dataset has none by that id. */
    public String unit(CommodityId commodity) {
        return scope.dataset().commodity(commodity).map(Commodity::unit).orElse("units");
    }

    /** The money of every cost: {@code USD 2025}, or {@code USD, price year not stated}. */
    public String currency() {
        return plan.spec().currency();
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
