package org.lodestone.planner;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.within;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.OptionalDouble;
import java.util.Set;
import org.junit.jupiter.api.Test;
import org.lodestone.core.ario.ArioParameters;
import org.lodestone.core.model.CommodityId;
import org.lodestone.core.model.RegionId;
import org.lodestone.core.mrio.FinalDemandColumn;
import org.lodestone.core.mrio.Industry;
import org.lodestone.core.mrio.IoTable;
import org.lodestone.core.mrio.SparseMatrix;
import org.lodestone.core.plan.PlanObjective;
import org.lodestone.core.plan.PlanSpec;
import org.lodestone.core.plan.StockpileOption;
import org.lodestone.core.shock.Event;
import org.lodestone.planner.lp.LpModel;
import org.lodestone.planner.ortools.OrToolsSolver;
import org.lodestone.planner.supply.ScenarioCase;
import org.lodestone.planner.supply.SupplyNetwork;

/**
 * A rationed supplier leaves no round-off spare in the LP, and the re-solve at the fixed plan is
 * optimal. Members A (300 compute a day: ore 147 from C, 153 from D) and B (100 a day, ore from D)
 * are two final measures; C and D make 1,000 ore a day and sell the rest to their own final
 * demand. From day 1 C ships nothing to the members for the 100-day horizon; ψ = 1, α_max = 1,
 * periods of 10 days. From period 1 D faces 1,000 + 147 = 1,147 of orders: ρ = 1/1.147, for which
 * 1 − ρ · 1.147 is 1.1e-16 in doubles, the spare that made GLOP fail on the example plan.
 *
 * <p>By hand: period 0 (β = 0.9 on average) A gets 14.7 + (153 + 132.3) / 1.1323 and B
 * 100 / 1.1323 a day; later periods 400 / 1.147 a day. Delivered = Σ / (100 days · 400).
 */
class RationedSupplierTest {

    private static final double DAYS = 365;

    @Test
    void aRationedSupplierAddsNoRoundOffCoefficientToTheLp() {
        PlanningProblem problem = problem(PlanObjective.MAX_MIN_COMPUTE, 0, OptionalDouble.of(0), List.of());
        PlanModel model = new PlanModel(
                problem, new SupplyNetwork(problem.table(), List.of(), List.of()), problem.scenarios(), false, true);

        List<String> tiny = new ArrayList<>();
        for (LpModel.Row row : model.lp.rows()) {
            for (double a : row.coefficients()) {
                if (a != 0 && Math.abs(a) < 1e-9) {
                    tiny.add(row.name() + ": " + a);
                }
            }
        }
        assertThat(tiny).as("coefficients below 1e-9").isEmpty();
    }

    @Test
    void theRationedNetworkDeliversItsHandDerivedShare() {
        PlanOutcome outcome = new CoalitionPlanner(new OrToolsSolver())
                .plan(problem(PlanObjective.MAX_MIN_COMPUTE, 0, OptionalDouble.of(0), List.of()));

        assertThat(outcome).isInstanceOf(PlanOutcome.Optimal.class);
        double period0 = 14.7 + (153 + 132.3) / 1.1323 + 100 / 1.1323;
        double later = 400 / 1.147;
        double expected = (10 * period0 + 90 * later) / (100 * 400);
        Plan.ScenarioFigure figure =
                ((PlanOutcome.Optimal) outcome).plan().scenarios().get(0);
        assertThat(figure.before()).isCloseTo(expected, within(1e-6));
        assertThat(figure.after()).isCloseTo(expected, within(1e-6));
    }

    @Test
    void theReSolveAtTheFixedPlanReachesTheTargetTheJointSolveMet() {
        StockpileOption stock =
                new StockpileOption(RegionId.of("A"), CommodityId.of("ore"), 1, 1, Double.POSITIVE_INFINITY);

        PlanOutcome outcome = new CoalitionPlanner(new OrToolsSolver())
                .plan(problem(PlanObjective.MIN_COST, 0.95, OptionalDouble.empty(), List.of(stock)));

        assertThat(outcome).isInstanceOf(PlanOutcome.Optimal.class);
        Plan plan = ((PlanOutcome.Optimal) outcome).plan();
        assertThat(plan.stockpiles().get(0).units()).isPositive();
        assertThat(plan.scenarios().get(0).before()).isLessThan(0.95);
        assertThat(plan.scenarios().get(0).after()).isCloseTo(0.95, within(1e-6));
    }

    private static PlanningProblem problem(
            PlanObjective objective, double target, OptionalDouble budget, List<StockpileOption> stockpiles) {
        PlanSpec spec = new PlanSpec(
                "rationed",
                "test",
                Optional.empty(),
                LocalDate.of(2026, 1, 1),
                List.of("cut-c"),
                objective,
                target,
                budget,
                List.of(),
                stockpiles,
                List.of(),
                10,
                30);
        Event control = new Event.ExportControl(
                new int[] {2},
                new boolean[] {true, true, false, false},
                new boolean[] {true, true, false, false},
                1.0,
                1,
                1000,
                0,
                0);
        ScenarioCase cut = new ScenarioCase(
                "cut-c", List.of(control), ArioParameters.defaults().withPsi(1).withAlpha(1, 1, 365), 100, 0);
        return new PlanningProblem(table(), List.of(), Set.of("A", "B"), "compute", List.of(cut), spec);
    }

    private static IoTable table() {
        List<Industry> industries = List.of(
                new Industry("A", "compute"),
                new Industry("B", "compute"),
                new Industry("C", "ore"),
                new Industry("D", "ore"));
        List<FinalDemandColumn> columns = List.of(
                new FinalDemandColumn("A", "final"),
                new FinalDemandColumn("B", "final"),
                new FinalDemandColumn("C", "final"),
                new FinalDemandColumn("D", "final"));
        SparseMatrix z = new SparseMatrix.Builder(4, 4)
                .add(2, 0, 147 * DAYS)
                .add(3, 0, 153 * DAYS)
                .add(3, 1, 100 * DAYS)
                .build();
        SparseMatrix y = new SparseMatrix.Builder(4, 4)
                .add(0, 0, 300 * DAYS)
                .add(1, 1, 100 * DAYS)
                .add(2, 2, 853 * DAYS)
                .add(3, 3, 747 * DAYS)
                .build();
        return new IoTable(
                industries,
                columns,
                z,
                y,
                new double[] {300 * DAYS, 100 * DAYS, 1000 * DAYS, 1000 * DAYS},
                IoTable.Units.PHYSICAL,
                1,
                Optional.empty());
    }
}
