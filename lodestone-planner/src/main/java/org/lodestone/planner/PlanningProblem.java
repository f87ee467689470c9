package org.lodestone.planner;

import java.util.List;
import java.util.Objects;
import java.util.Set;
import org.lodestone.core.model.RecipeInput;
import org.lodestone.core.mrio.IoTable;
import org.lodestone.core.plan.PlanSpec;
import org.lodestone.planner.supply.ScenarioCase;

/**
 * Everything a plan is solved from.
 *
 * @param table          the dataset's physical table (one industry per node)
 * @param recipes        the dataset's recipes (inputs of capacity built where no node exists yet)
 * @param members        region codes of the coalition's members on the decision date
 * @param finalCommodity the commodity whose delivery is measured (AI compute)
 * @param scenarios      the stress scenarios, bound to the table
 * @param spec           the plan file: objective, target, budget, options
 */
public record PlanningProblem(
        IoTable table,
        List<RecipeInput> recipes,
        Set<String> members,
        String finalCommodity,
        List<ScenarioCase> scenarios,
        PlanSpec spec) {

    public PlanningProblem {
        Objects.requireNonNull(table, "table");
        recipes = List.copyOf(recipes);
        members = Set.copyOf(members);
        Objects.requireNonNull(finalCommodity, "finalCommodity");
        scenarios = List.copyOf(scenarios);
        Objects.requireNonNull(spec, "spec");
        if (scenarios.isEmpty()) {
            throw new IllegalArgumentException("a plan needs at least one scenario");
        }
    }

    /** The members' industries of the final commodity, ascending. */
    public int[] finalNodes() {
        return members.stream()
                .mapToInt(m -> table.indexOf(m, finalCommodity))
                .filter(i -> i >= 0)
                .sorted()
                .toArray();
    }
}
