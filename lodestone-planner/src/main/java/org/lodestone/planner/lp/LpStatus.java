package org.lodestone.planner.lp;

/** How a solve ended. */
public enum LpStatus {
    /** Proven optimal. */
    OPTIMAL,
    /** The time limit was reached with a feasible, not proven optimal, solution. */
    FEASIBLE,
    /** No solution satisfies the rows and bounds. */
    INFEASIBLE,
    /** The objective can improve without limit. */
    UNBOUNDED,
    /** The time limit was reached before any solution was found, or the solver gave up. */
    NOT_SOLVED
}
