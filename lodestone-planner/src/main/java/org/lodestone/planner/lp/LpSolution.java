package org.lodestone.planner.lp;

import java.util.Objects;

/**
 * The result of one solve.
 *
 * @param status    how it ended
 * @param objective the objective value (NaN without a solution)
 * @param values    one value per variable (empty without a solution)
 * @param duals     one dual value (shadow price) per row for an optimal LP, else empty
 * @param seconds   wall-clock time of the solve
 */
public record LpSolution(LpStatus status, double objective, double[] values, double[] duals, double seconds) {

    public LpSolution {
        Objects.requireNonNull(status, "status");
        Objects.requireNonNull(values, "values");
        Objects.requireNonNull(duals, "duals");
    }

    /** True when values are available (optimal, or feasible at the time limit). */
    public boolean hasSolution() {
        return status == LpStatus.OPTIMAL || status == LpStatus.FEASIBLE;
    }

    /** The value of a variable. */
    public double value(int variable) {
        return values[variable];
    }
}
