package org.lodestone.planner.ortools;

import com.google.ortools.Loader;
import com.google.ortools.linearsolver.MPConstraint;
import com.google.ortools.linearsolver.MPObjective;
import com.google.ortools.linearsolver.MPSolver;
import com.google.ortools.linearsolver.MPSolverParameters;
import com.google.ortools.linearsolver.MPVariable;
import org.lodestone.planner.lp.LpModel;
import org.lodestone.planner.lp.LpSolution;
import org.lodestone.planner.lp.LpSolver;
import org.lodestone.planner.lp.LpStatus;

/**
 * The {@link LpSolver} on Google OR-Tools' linear solver wrapper: GLOP (primal/dual simplex) for
 * linear programs, SCIP (branch and cut) when some variable is integer. The only class that
 * imports OR-Tools. The native library is loaded once, on first use. An LP GLOP finds infeasible
 * is solved once more without presolve, which alone tells an unbounded LP from an infeasible one.
 */
public final class OrToolsSolver implements LpSolver {

    private static volatile boolean loaded;

    @Override
    public LpSolution solve(LpModel model, double timeLimitSeconds) {
        load();
        long started = System.nanoTime();
        MPSolver solver = MPSolver.createSolver(model.hasIntegers() ? "SCIP" : "GLOP");
        if (solver == null) {
            throw new IllegalStateException(
                    "OR-Tools has no " + (model.hasIntegers() ? "SCIP" : "GLOP") + " solver in this build");
        }
        try {
            solver.setTimeLimit(Math.max(1, (long) (timeLimitSeconds * 1000)));
            MPVariable[] x = new MPVariable[model.variables()];
            for (int v = 0; v < x.length; v++) {
                x[v] = model.integer(v)
                        ? solver.makeIntVar(model.lower(v), model.upper(v), "x" + v)
                        : solver.makeNumVar(model.lower(v), model.upper(v), "x" + v);
            }
            var rows = model.rows();
            MPConstraint[] constraints = new MPConstraint[rows.size()];
            for (int r = 0; r < constraints.length; r++) {
                LpModel.Row row = rows.get(r);
                MPConstraint c = solver.makeConstraint(row.lower(), row.upper(), "r" + r);
                for (int k = 0; k < row.variables().length; k++) {
                    int v = row.variables()[k];
                    c.setCoefficient(x[v], c.getCoefficient(x[v]) + row.coefficients()[k]);
                }
                constraints[r] = c;
            }
            MPObjective objective = solver.objective();
            for (int v = 0; v < x.length; v++) {
                if (model.objective(v) != 0) {
                    objective.setCoefficient(x[v], model.objective(v));
                }
            }
            objective.setOptimizationDirection(model.maximise());
            MPSolver.ResultStatus status = solver.solve();
            if (status == MPSolver.ResultStatus.INFEASIBLE && !model.hasIntegers()) {
                status = solveWithoutPresolve(solver);
            }
            return result(status, model.hasIntegers(), x, constraints, objective, (System.nanoTime() - started) / 1e9);
        } finally {
            solver.delete();
        }
    }

    /**
     * GLOP's presolve reports an unbounded LP as infeasible (google/or-tools#3319); the simplex
     * without presolve tells the two apart, so an infeasible answer is checked once that way.
     */
    private static MPSolver.ResultStatus solveWithoutPresolve(MPSolver solver) {
        MPSolverParameters parameters = new MPSolverParameters();
        try {
            parameters.setIntegerParam(
                    MPSolverParameters.IntegerParam.PRESOLVE,
                    MPSolverParameters.PresolveValues.PRESOLVE_OFF.swigValue());
            return solver.solve(parameters);
        } finally {
            parameters.delete();
        }
    }

    private static LpSolution result(
            MPSolver.ResultStatus status,
            boolean mip,
            MPVariable[] x,
            MPConstraint[] rows,
            MPObjective objective,
            double seconds) {
        LpStatus mapped = switch (status) {
            case OPTIMAL -> LpStatus.OPTIMAL;
            case FEASIBLE -> LpStatus.FEASIBLE;
            case INFEASIBLE -> LpStatus.INFEASIBLE;
            case UNBOUNDED -> LpStatus.UNBOUNDED;
            default -> LpStatus.NOT_SOLVED;
        };
        if (mapped != LpStatus.OPTIMAL && mapped != LpStatus.FEASIBLE) {
            return new LpSolution(mapped, Double.NaN, new double[0], new double[0], seconds);
        }
        double[] values = new double[x.length];
        for (int v = 0; v < x.length; v++) {
            values[v] = x[v].solutionValue();
        }
        double[] duals = new double[mip || mapped != LpStatus.OPTIMAL ? 0 : rows.length];
        for (int r = 0; r < duals.length; r++) {
            duals[r] = rows[r].dualValue();
        }
        return new LpSolution(mapped, objective.value(), values, duals, seconds);
    }

    private static void load() {
        if (!loaded) {
            synchronized (OrToolsSolver.class) {
                if (!loaded) {
                    Loader.loadNativeLibraries();
                    loaded = true;
                }
            }
        }
    }
}
