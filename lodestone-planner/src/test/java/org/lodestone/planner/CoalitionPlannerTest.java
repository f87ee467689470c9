package org.lodestone.planner;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.within;

import java.util.List;
import java.util.OptionalDouble;
import java.util.Random;
import org.junit.jupiter.api.Test;
import org.lodestone.core.model.RegionId;
import org.lodestone.core.plan.PartnerOption;
import org.lodestone.core.plan.PlanObjective;
import org.lodestone.core.plan.PlanSpec;
import org.lodestone.planner.ortools.OrToolsSolver;

/**
 * Hand-solved plans on {@link TwoMembers}. Target 95%: 1,900 of the 2,000 member-days of compute;
 * the base flow gives 20 (day 0), so new ore must give 1,880 over 100 days: K = 18.8 a day, built
 * where it is cheapest (what period 0 cannot use waits in the buyers' inventories).
 */
class CoalitionPlannerTest {

    private static final double K = 18.8;
    private final CoalitionPlanner planner = new CoalitionPlanner(new OrToolsSolver());

    @Test
    void buildsTheCheapestCapacityThatMeetsTheTarget() {
        PlanSpec spec = TwoMembers.spec(
                PlanObjective.MIN_COST,
                0.95,
                OptionalDouble.empty(),
                List.of(TwoMembers.ore("A", 2, 0, 100), TwoMembers.ore("B", 3, 0, 100)),
                List.of(),
                List.of());

        Plan plan = optimal(planner.plan(TwoMembers.problem(spec, TwoMembers.cut(0))));

        assertThat(plan.capacity().get(0).unitsPerYear()).isCloseTo(K * 365, within(1e-4));
        assertThat(plan.capacity().get(1).unitsPerYear()).isZero();
        assertThat(plan.cost()).isCloseTo(2 * 365 * K, within(1e-3));
        assertThat(plan.scenarios().get(0).before()).isCloseTo(0.01, within(1e-9));
        assertThat(plan.scenarios().get(0).after()).isCloseTo(0.95, within(1e-6));
    }

    @Test
    void stocksWhereAStockpileIsCheaperThanBuilding() {
        PlanSpec spec = TwoMembers.spec(
                PlanObjective.MIN_COST,
                0.95,
                OptionalDouble.empty(),
                List.of(TwoMembers.ore("B", 2, 0, 100)),
                List.of(TwoMembers.stock("A", 0.5)),
                List.of());

        Plan plan = optimal(planner.plan(TwoMembers.problem(spec, TwoMembers.cut(0))));

        // A's stockpile covers all of A's shortfall (990); capacity covers the remaining 890: K = 8.9 a day.
        assertThat(plan.stockpiles().get(0).units()).isCloseTo(990, within(1e-4));
        assertThat(plan.capacity().get(0).unitsPerYear()).isCloseTo(8.9 * 365, within(1e-4));
        assertThat(plan.cost()).isCloseTo(495 + 2 * 365 * 8.9, within(1e-3));
    }

    @Test
    void capacityNotReadyWhenTheScenarioStartsDoesNotHelp() {
        PlanSpec spec = TwoMembers.spec(
                PlanObjective.MIN_COST,
                0.95,
                OptionalDouble.empty(),
                List.of(TwoMembers.ore("A", 2, 400, 100), TwoMembers.ore("B", 3, 300, 100)),
                List.of(),
                List.of());

        Plan plan = optimal(planner.plan(TwoMembers.problem(spec, TwoMembers.cut(365))));

        assertThat(plan.capacity().get(0).unitsPerYear()).isZero();
        assertThat(plan.cost()).isCloseTo(3 * 365 * K, within(1e-3));
    }

    @Test
    void anInfeasiblePlanNamesTheBindingScenarioAndCommodity() {
        PlanSpec spec = TwoMembers.spec(
                PlanObjective.MIN_COST,
                0.95,
                OptionalDouble.empty(),
                List.of(TwoMembers.ore("A", 2, 0, 5)),
                List.of(),
                List.of());
        var mild = new org.lodestone.planner.supply.ScenarioCase(
                "mild", List.of(), TwoMembers.cut(0).parameters(), 100, 0);

        PlanOutcome outcome = planner.plan(TwoMembers.problem(spec, mild, TwoMembers.cut(0)));

        assertThat(outcome).isInstanceOf(PlanOutcome.Infeasible.class);
        PlanOutcome.Infeasible infeasible = (PlanOutcome.Infeasible) outcome;
        assertThat(infeasible.scenario()).isEqualTo("cut");
        assertThat(infeasible.commodity()).isEqualTo("ore");
        // 20 from day 0 and 5 a day for 100 days: 520 of 2,000.
        assertThat(infeasible.best()).isCloseTo(0.26, within(1e-9));
    }

    @Test
    void maxMinComputeSpendsTheBudgetOnTheCheapestCapacity() {
        PlanSpec spec = TwoMembers.spec(
                PlanObjective.MAX_MIN_COMPUTE,
                0,
                OptionalDouble.of(730 * 10),
                List.of(TwoMembers.ore("A", 2, 0, 100), TwoMembers.ore("B", 3, 0, 100)),
                List.of(),
                List.of());

        Plan plan = optimal(planner.plan(TwoMembers.problem(spec, TwoMembers.cut(0))));

        // 10 a day: (20 + 100 · 10) / 2,000.
        assertThat(plan.worstAfter()).isCloseTo(0.51, within(1e-7));
        assertThat(plan.capacity().get(0).unitsPerYear()).isCloseTo(3650, within(1e-3));
        assertThat(plan.cost()).isCloseTo(7300, within(1e-3));
    }

    @Test
    void aBiggerBudgetNeverLowersDeliveredCompute() {
        Random random = new Random(8);
        double previous = -1;
        double budget = 0;
        for (int n = 0; n < 8; n++) {
            budget += random.nextDouble() * 4000;
            PlanSpec spec = TwoMembers.spec(
                    PlanObjective.MAX_MIN_COMPUTE,
                    0,
                    OptionalDouble.of(budget),
                    List.of(TwoMembers.ore("A", 2, 0, 100), TwoMembers.ore("B", 3, 0, 100)),
                    List.of(TwoMembers.stock("A", 0.5)),
                    List.of());
            double delivered = optimal(planner.plan(TwoMembers.problem(spec, TwoMembers.cut(0))))
                    .worstAfter();
            assertThat(delivered).as("budget %s", budget).isGreaterThanOrEqualTo(previous - 1e-9);
            previous = delivered;
        }
        assertThat(previous).isGreaterThan(0.5);
    }

    @Test
    void aPartnerIsWorthTheCostItSaves() {
        PlanSpec spec = TwoMembers.spec(
                PlanObjective.MIN_COST,
                0.95,
                OptionalDouble.empty(),
                List.of(TwoMembers.ore("A", 2, 0, 100), TwoMembers.ore("D", 1, 0, 100)),
                List.of(),
                List.of(new PartnerOption(RegionId.of("D"), 1000)));

        PlanOutcome outcome = planner.plan(TwoMembers.problem(spec, TwoMembers.cut(0)));

        PlanOutcome.Optimal optimal = (PlanOutcome.Optimal) outcome;
        assertThat(optimal.plan().partners()).containsExactly("D");
        assertThat(optimal.plan().cost()).isCloseTo(365 * K + 1000, within(1e-3));
        PartnerValue d = optimal.partners().get(0);
        assertThat(d.joins()).isTrue();
        assertThat(d.costSaved()).isCloseTo(2 * 365 * K - (365 * K + 1000), within(1e-3));
    }

    private static Plan optimal(PlanOutcome outcome) {
        assertThat(outcome).isInstanceOf(PlanOutcome.Optimal.class);
        return ((PlanOutcome.Optimal) outcome).plan();
    }
}
