package org.lodestone.planner;

import java.util.List;
import org.lodestone.core.plan.CapacityOption;
import org.lodestone.core.plan.StockpileOption;

/**
 * A solved plan: what to build, what to stock, who to bring in, what it costs and what it
 * achieves in the linear model.
 *
 * @param capacity  every capacity option with the amount chosen (0 when not built)
 * @param stockpiles every stockpile option with the amount chosen
 * @param partners  candidate partners that join
 * @param cost      total cost (capacity, stockpiles, joining)
 * @param scenarios per scenario, AI compute delivered in the linear model before (no decisions) and after the plan
 */
public record Plan(
        List<Built> capacity,
        List<Stocked> stockpiles,
        List<String> partners,
        double cost,
        List<ScenarioFigure> scenarios) {

    public Plan {
        capacity = List.copyOf(capacity);
        stockpiles = List.copyOf(stockpiles);
        partners = List.copyOf(partners);
        scenarios = List.copyOf(scenarios);
    }

    /** @param unitsPerYear capacity built; {@code cost} its cost */
    public record Built(CapacityOption option, double unitsPerYear, double cost) {}

    /** @param units stockpile held; {@code cost} its holding cost */
    public record Stocked(StockpileOption option, double units, double cost) {}

    /**
     * @param scenario the scenario's name
     * @param before   AI compute delivered without the plan, a fraction of baseline (linear model)
     * @param after    with the plan
     */
    public record ScenarioFigure(String scenario, double before, double after) {}

    /** The smallest delivered fraction over the scenarios, with the plan. */
    public double worstAfter() {
        return scenarios.stream().mapToDouble(ScenarioFigure::after).min().orElse(Double.NaN);
    }
}
