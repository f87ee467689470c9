package org.lodestone.planner;

import java.util.ArrayDeque;
import java.util.Arrays;
import java.util.Deque;
import org.lodestone.planner.lp.LpModel;
import org.lodestone.planner.lp.LpSolution;
import org.lodestone.planner.lp.LpSolver;
import org.lodestone.planner.lp.LpStatus;

/**
 * An {@link LpSolver} that answers each solve with the next status of a script (the last one
 * repeats), every variable at 0 when the status has values, and {@link #SECONDS} per solve.
 */
final class ScriptedSolver implements LpSolver {

    static final double SECONDS = 1.5;

    private final Deque<LpStatus> script;
    private int solves;

    ScriptedSolver(LpStatus... statuses) {
        this.script = new ArrayDeque<>(Arrays.asList(statuses));
    }

    @Override
    public LpSolution solve(LpModel model, double timeLimitSeconds) {
        solves++;
        LpStatus status = script.size() > 1 ? script.poll() : script.peek();
        boolean values = status == LpStatus.OPTIMAL || status == LpStatus.FEASIBLE;
        return new LpSolution(
                status,
                values ? 0 : Double.NaN,
                values ? new double[model.variables()] : new double[0],
                new double[0],
                SECONDS);
    }

    int solves() {
        return solves;
    }
}
