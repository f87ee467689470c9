package org.lodestone.planner;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import java.util.OptionalDouble;
import org.junit.jupiter.api.Test;
import org.lodestone.core.plan.PlanObjective;
import org.lodestone.core.plan.PlanSpec;
import org.lodestone.planner.lp.LpStatus;

/** How the solver's statuses become planner outcomes, through {@link ScriptedSolver} on {@link TwoMembers}. */
class PlanOutcomeTest {

    @Test
    void anUnboundedProgramIsAnUnboundedOutcomeAfterOneSolve() {
        ScriptedSolver solver = new ScriptedSolver(LpStatus.UNBOUNDED);

        PlanOutcome outcome = new CoalitionPlanner(solver).plan(problem(PlanObjective.MIN_COST));

        assertThat(outcome).isEqualTo(new PlanOutcome.Unbounded(ScriptedSolver.SECONDS));
        assertThat(solver.solves()).isEqualTo(1);
    }

    @Test
    void noSolutionAtTheTimeLimitIsATimeOutWithoutAPlan() {
        PlanOutcome outcome =
                new CoalitionPlanner(new ScriptedSolver(LpStatus.NOT_SOLVED)).plan(problem(PlanObjective.MIN_COST));

        assertThat(outcome).isInstanceOf(PlanOutcome.TimedOut.class);
        assertThat(((PlanOutcome.TimedOut) outcome).best()).isEmpty();
        assertThat(outcome.seconds()).isEqualTo(ScriptedSolver.SECONDS);
    }

    @Test
    void aFeasibleSolutionAtTheTimeLimitIsATimeOutWithThatPlan() {
        ScriptedSolver solver = new ScriptedSolver(LpStatus.FEASIBLE, LpStatus.OPTIMAL);

        PlanOutcome outcome = new CoalitionPlanner(solver).plan(problem(PlanObjective.MIN_COST));

        assertThat(outcome).isInstanceOf(PlanOutcome.TimedOut.class);
        Plan best = ((PlanOutcome.TimedOut) outcome).best().orElseThrow();
        assertThat(best.capacity()).hasSize(1);
        assertThat(best.capacity().get(0).unitsPerYear()).isZero();
        assertThat(best.scenarios()).hasSize(1);
        // the plan, then the scenario before and after it
        assertThat(solver.solves()).isEqualTo(3);
        assertThat(outcome.seconds()).isEqualTo(3 * ScriptedSolver.SECONDS);
    }

    @Test
    void maxMinComputeTimesOutWhenTheCheapestPlanIsNotFoundInTime() {
        ScriptedSolver solver = new ScriptedSolver(LpStatus.OPTIMAL, LpStatus.NOT_SOLVED);

        PlanOutcome outcome = new CoalitionPlanner(solver).plan(problem(PlanObjective.MAX_MIN_COMPUTE));

        assertThat(outcome).isInstanceOf(PlanOutcome.TimedOut.class);
        assertThat(((PlanOutcome.TimedOut) outcome).best()).isEmpty();
        assertThat(solver.solves()).isEqualTo(2);
    }

    @Test
    void anOptimalCheapestPlanAfterAFeasibleFirstStageIsStillATimeOut() {
        ScriptedSolver solver = new ScriptedSolver(LpStatus.OPTIMAL, LpStatus.FEASIBLE, LpStatus.OPTIMAL);

        PlanOutcome outcome = new CoalitionPlanner(solver).plan(problem(PlanObjective.MAX_MIN_COMPUTE));

        assertThat(outcome).isInstanceOf(PlanOutcome.TimedOut.class);
        assertThat(((PlanOutcome.TimedOut) outcome).best()).isPresent();
    }

    private static PlanningProblem problem(PlanObjective objective) {
        PlanSpec spec = TwoMembers.spec(
                objective,
                objective == PlanObjective.MIN_COST ? 0.95 : 0,
                objective == PlanObjective.MIN_COST ? OptionalDouble.empty() : OptionalDouble.of(1000),
                List.of(TwoMembers.ore("A", 2, 0, 100)),
                List.of(),
                List.of());
        return TwoMembers.problem(spec, TwoMembers.cut(0));
    }
}
