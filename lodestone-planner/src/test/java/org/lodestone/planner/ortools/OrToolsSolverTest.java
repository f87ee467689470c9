package org.lodestone.planner.ortools;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.within;

import org.junit.jupiter.api.Test;
import org.lodestone.planner.lp.LpModel;
import org.lodestone.planner.lp.LpSolution;
import org.lodestone.planner.lp.LpStatus;
import org.lodestone.planner.lp.Terms;

/** {@link OrToolsSolver} on micro-programs whose optima, duals and statuses are worked out by hand. */
class OrToolsSolverTest {

    private static final double INF = Double.POSITIVE_INFINITY;
    private static final double EPS = 1e-9;
    private final OrToolsSolver solver = new OrToolsSolver();

    @Test
    void twoVariablesMeetAtTheVertexOfBothRowsWithTheirShadowPrices() {
        // max x + y, x + 2y ≤ 4, 3x + y ≤ 6: the rows cross at (1.6, 1.2), objective 2.8 (the
        // corners (2, 0) and (0, 2) give 2). Duals u solve u1 + 3 u2 = 1, 2 u1 + u2 = 1: (0.4, 0.2),
        // and 4 · 0.4 + 6 · 0.2 = 2.8.
        LpModel lp = new LpModel();
        int x = lp.variable("x", 0, INF);
        int y = lp.variable("y", 0, INF);
        lp.row("a", -INF, 4, new Terms().add(x, 1).add(y, 2));
        lp.row("b", -INF, 6, new Terms().add(x, 3).add(y, 1));
        lp.objective(x, 1);
        lp.objective(y, 1);
        lp.maximise(true);

        LpSolution s = solver.solve(lp, 10);

        assertThat(s.status()).isEqualTo(LpStatus.OPTIMAL);
        assertThat(s.objective()).isCloseTo(2.8, within(EPS));
        assertThat(s.value(x)).isCloseTo(1.6, within(EPS));
        assertThat(s.value(y)).isCloseTo(1.2, within(EPS));
        assertThat(s.duals()).hasSize(2);
        assertThat(s.duals()[0]).isCloseTo(0.4, within(EPS));
        assertThat(s.duals()[1]).isCloseTo(0.2, within(EPS));
    }

    @Test
    void anEqualityRowAndABoundFixTheCheapestSplit() {
        // min 2x + 3y, x + y = 10, x ≤ 6: x is cheaper, so x = 6 and y = 4, cost 24.
        LpModel lp = new LpModel();
        int x = lp.variable("x", 0, 6);
        int y = lp.variable("y", 0, INF);
        lp.row("sum", 10, 10, new Terms().add(x, 1).add(y, 1));
        lp.objective(x, 2);
        lp.objective(y, 3);

        LpSolution s = solver.solve(lp, 10);

        assertThat(s.status()).isEqualTo(LpStatus.OPTIMAL);
        assertThat(s.value(x)).isCloseTo(6, within(EPS));
        assertThat(s.value(y)).isCloseTo(4, within(EPS));
        assertThat(s.objective()).isCloseTo(24, within(EPS));
        // one more unit of the sum is one more y: dual 3
        assertThat(s.duals()[0]).isCloseTo(3, within(EPS));
    }

    @Test
    void aRepeatedVariableInARowHasItsCoefficientsSummed() {
        LpModel lp = new LpModel();
        int x = lp.variable("x", 0, INF);
        lp.row("twice", -INF, 4, new int[] {x, x}, new double[] {1, 1});
        lp.objective(x, 1);
        lp.maximise(true);

        assertThat(solver.solve(lp, 10).value(x)).isCloseTo(2, within(EPS));
    }

    @Test
    void rowsThatContradictEachOtherAreInfeasibleWithoutValues() {
        // x + y ≤ 1 and x + y ≥ 3
        LpModel lp = new LpModel();
        int x = lp.variable("x", 0, INF);
        int y = lp.variable("y", 0, INF);
        lp.row("at most 1", -INF, 1, new Terms().add(x, 1).add(y, 1));
        lp.row("at least 3", 3, INF, new Terms().add(x, 1).add(y, 1));
        lp.objective(x, 1);

        LpSolution s = solver.solve(lp, 10);

        assertThat(s.status()).isEqualTo(LpStatus.INFEASIBLE);
        assertThat(s.hasSolution()).isFalse();
        assertThat(s.values()).isEmpty();
        assertThat(s.objective()).isNaN();
    }

    @Test
    void anObjectiveThatGrowsWithoutLimitIsUnbounded() {
        // max x with x − y ≤ 1: x = 1 + y for any y ≥ 0 (GLOP's presolve alone calls it infeasible)
        LpModel lp = new LpModel();
        int x = lp.variable("x", 0, INF);
        int y = lp.variable("y", 0, INF);
        lp.row("gap", -INF, 1, new Terms().add(x, 1).add(y, -1));
        lp.objective(x, 1);
        lp.maximise(true);

        LpSolution s = solver.solve(lp, 10);

        assertThat(s.status()).isEqualTo(LpStatus.UNBOUNDED);
        assertThat(s.hasSolution()).isFalse();
    }

    @Test
    void binaryVariablesMakeAMixedIntegerProgramWithoutDuals() {
        // max 5a + 4b + 3c, 2a + 3b + c ≤ 4, binary: {a, c} = 8 ({b, c} = 7, {a, b} too heavy);
        // the relaxation would take b = 1/3 for 9.33.
        LpModel lp = new LpModel();
        int a = lp.binary("a");
        int b = lp.binary("b");
        int c = lp.binary("c");
        lp.row("weight", -INF, 4, new Terms().add(a, 2).add(b, 3).add(c, 1));
        lp.objective(a, 5);
        lp.objective(b, 4);
        lp.objective(c, 3);
        lp.maximise(true);

        LpSolution s = solver.solve(lp, 10);

        assertThat(s.status()).isEqualTo(LpStatus.OPTIMAL);
        assertThat(s.objective()).isCloseTo(8, within(EPS));
        assertThat(s.value(a)).isCloseTo(1, within(EPS));
        assertThat(s.value(b)).isCloseTo(0, within(EPS));
        assertThat(s.value(c)).isCloseTo(1, within(EPS));
        assertThat(s.duals()).isEmpty();
    }
}
