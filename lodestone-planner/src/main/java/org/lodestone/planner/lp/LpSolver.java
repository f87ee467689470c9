package org.lodestone.planner.lp;

/**
 * The port through which the planner solves linear and mixed-integer programs. Adapters wrap a
 * solver library (see {@code org.lodestone.planner.ortools}); the planner never imports one.
 * Outcomes are values: infeasible, unbounded and timed-out solves return a status, not an exception.
 */
public interface LpSolver {

    /**
     * Solves {@code model}.
     *
     * @param timeLimitSeconds wall-clock limit; at the limit a MIP returns its best solution as
     *                         {@link LpStatus#FEASIBLE}
     */
    LpSolution solve(LpModel model, double timeLimitSeconds);
}
