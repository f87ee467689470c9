package org.lodestone.planner;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.TreeMap;
import org.lodestone.core.plan.PlanObjective;
import org.lodestone.core.plan.PlanSpec;
import org.lodestone.planner.lp.LpSolution;
import org.lodestone.planner.lp.LpSolver;
import org.lodestone.planner.lp.LpStatus;
import org.lodestone.planner.lp.Terms;
import org.lodestone.planner.supply.ScenarioBlock;
import org.lodestone.planner.supply.ScenarioCase;
import org.lodestone.planner.supply.SupplyNetwork;

/**
 * Solves a coalition plan: a two-stage linear program whose first stage is the decisions
 * (capacity, stockpiles, partners; a MIP when partners are candidates) and whose second stage is
 * one time-expanded supply model per scenario ({@link ScenarioBlock}). Min-cost minimises the cost
 * subject to delivered ≥ target in every scenario; max-min-compute maximises the smallest
 * delivered fraction within the budget, then finds the cheapest plan reaching it. When no plan
 * meets the target, each scenario is solved alone with every option allowed, and the lowest one is
 * reported as binding, with the product whose shadow price × baseline use is largest.
 *
 * <p>Cost: one solve for the plan (two for max-min), one per scenario for the figures before and
 * after, one per candidate partner for its value.
 */
public final class CoalitionPlanner {

    /** Amounts below this fraction of an option's bound (or 1e-9 units) are reported as 0. */
    static final double NEGLIGIBLE = 1e-9;

    private final LpSolver solver;
    private final Runnable solved;

    public CoalitionPlanner(LpSolver solver) {
        this(solver, () -> {});
    }

    /**
     * @param solved called after every solve (progress); {@link #solves} says how many a plan takes
     */
    public CoalitionPlanner(LpSolver solver, Runnable solved) {
        this.solver = solver;
        this.solved = solved;
    }

    /**
     * The solves a plan that is found takes: one (two for max-min-compute), one per candidate
     * partner, and two per scenario for the figures before and after; an infeasible plan takes one
     * plus one per scenario.
     */
    public static int solves(PlanningProblem problem) {
        PlanSpec spec = problem.spec();
        return (spec.objective() == PlanObjective.MIN_COST ? 1 : 2)
                + spec.partners().size()
                + 2 * problem.scenarios().size();
    }

    /** Solves the plan. */
    public PlanOutcome plan(PlanningProblem problem) {
        Clock clock = new Clock(solved);
        PlanSpec spec = problem.spec();
        SupplyNetwork network = new SupplyNetwork(problem.table(), problem.recipes(), spec.capacity());
        PlanModel model = new PlanModel(problem, network, problem.scenarios(), false, true);
        int theta = objective(model, spec);
        LpSolution solution = clock.add(solver.solve(model.lp, spec.timeLimitSeconds()));
        switch (solution.status()) {
            case INFEASIBLE:
                return explain(problem, network, clock);
            case UNBOUNDED:
                return new PlanOutcome.Unbounded(clock.seconds);
            case NOT_SOLVED:
                return new PlanOutcome.TimedOut(Optional.empty(), clock.seconds);
            case FEASIBLE:
                return new PlanOutcome.TimedOut(
                        Optional.of(plan(problem, network, model, solution, clock)), clock.seconds);
            default:
                break;
        }
        List<PartnerValue> partners = partnerValues(model, spec, solution, theta, clock);
        if (theta >= 0) {
            solution = cheapest(model, theta, solution, spec, clock);
            if (!solution.hasSolution()) {
                return new PlanOutcome.TimedOut(Optional.empty(), clock.seconds);
            }
        }
        Plan plan = plan(problem, network, model, solution, clock);
        return solution.status() == LpStatus.OPTIMAL
                ? new PlanOutcome.Optimal(plan, partners, clock.seconds)
                : new PlanOutcome.TimedOut(Optional.of(plan), clock.seconds);
    }

    /** Sets the objective; returns the variable of the smallest delivered fraction for max-min, else −1. */
    private static int objective(PlanModel model, PlanSpec spec) {
        if (spec.objective() == PlanObjective.MIN_COST) {
            for (int d : model.delivered) {
                model.lp.bounds(d, spec.target(), Double.POSITIVE_INFINITY);
            }
            model.lp.objective(model.cost, 1);
            return -1;
        }
        int theta = model.lp.variable("smallest delivered", 0, Double.POSITIVE_INFINITY);
        for (int d : model.delivered) {
            model.lp.row(
                    "smallest delivered",
                    0,
                    Double.POSITIVE_INFINITY,
                    new Terms().add(d, 1).add(theta, -1));
        }
        model.lp.objective(theta, 1);
        model.lp.maximise(true);
        return theta;
    }

    /** Second stage of max-min: the cheapest plan that keeps the smallest delivered fraction. */
    private LpSolution cheapest(PlanModel model, int theta, LpSolution first, PlanSpec spec, Clock clock) {
        double best = first.value(theta);
        model.lp.bounds(theta, best - Math.max(1e-9, 1e-7 * best), Double.POSITIVE_INFINITY);
        model.lp.objective(theta, 0);
        model.lp.objective(model.cost, 1);
        model.lp.maximise(false);
        return clock.add(solver.solve(model.lp, spec.timeLimitSeconds()));
    }

    private List<PartnerValue> partnerValues(PlanModel model, PlanSpec spec, LpSolution with, int theta, Clock clock) {
        List<PartnerValue> values = new ArrayList<>();
        for (int k = 0; k < model.partners.length; k++) {
            int join = model.partners[k];
            model.lp.bounds(join, 0, 0);
            LpSolution without = clock.add(solver.solve(model.lp, spec.timeLimitSeconds()));
            model.lp.bounds(join, 0, 1);
            String region = spec.partners().get(k).region().code();
            boolean joins = with.value(join) > 0.5;
            if (theta < 0) {
                double saved = without.hasSolution()
                        ? without.value(model.cost) - with.value(model.cost)
                        : Double.POSITIVE_INFINITY;
                values.add(new PartnerValue(region, joins, saved, Double.NaN));
            } else {
                double gained = with.value(theta) - (without.hasSolution() ? without.value(theta) : 0);
                values.add(new PartnerValue(region, joins, Double.NaN, gained));
            }
        }
        return values;
    }

    private Plan plan(
            PlanningProblem problem, SupplyNetwork network, PlanModel model, LpSolution solution, Clock clock) {
        PlanSpec spec = problem.spec();
        double[] built =
                amounts(model.capacity, solution, k -> spec.capacity().get(k).maxUnitsPerYear());
        double[] stocked = amounts(
                model.stockpiles, solution, k -> spec.stockpiles().get(k).maxUnits());
        List<Plan.Built> capacity = new ArrayList<>();
        for (int k = 0; k < built.length; k++) {
            capacity.add(new Plan.Built(
                    spec.capacity().get(k),
                    built[k],
                    built[k] * spec.capacity().get(k).costPerUnitYear()));
        }
        List<Plan.Stocked> stockpiles = new ArrayList<>();
        for (int k = 0; k < stocked.length; k++) {
            stockpiles.add(new Plan.Stocked(
                    spec.stockpiles().get(k),
                    stocked[k],
                    stocked[k] * spec.stockpiles().get(k).holdingCost()));
        }
        List<String> partners = new ArrayList<>();
        for (int k = 0; k < model.partners.length; k++) {
            if (solution.value(model.partners[k]) > 0.5) {
                partners.add(spec.partners().get(k).region().code());
            }
        }
        List<Plan.ScenarioFigure> figures = new ArrayList<>();
        for (ScenarioCase scenario : problem.scenarios()) {
            double before = deliverable(
                    problem, network, scenario, new double[built.length], new double[stocked.length], clock);
            double after = deliverable(problem, network, scenario, built, stocked, clock);
            figures.add(new Plan.ScenarioFigure(scenario.name(), before, after));
        }
        return new Plan(capacity, stockpiles, partners, solution.value(model.cost), figures);
    }

    private interface Bound {
        double of(int option);
    }

    private static double[] amounts(int[] vars, LpSolution solution, Bound bound) {
        double[] amounts = new double[vars.length];
        for (int k = 0; k < vars.length; k++) {
            double v = solution.value(vars[k]);
            double scale = Double.isInfinite(bound.of(k)) ? 1 : bound.of(k);
            amounts[k] = v <= Math.max(NEGLIGIBLE, NEGLIGIBLE * scale) ? 0 : v;
        }
        return amounts;
    }

    /** The most AI compute deliverable in one scenario with the decisions fixed, a fraction of baseline. */
    private double deliverable(
            PlanningProblem problem,
            SupplyNetwork network,
            ScenarioCase scenario,
            double[] built,
            double[] stocked,
            Clock clock) {
        PlanModel model = new PlanModel(problem, network, List.of(scenario), true, false);
        model.fix(built, stocked);
        model.lp.objective(model.delivered[0], 1);
        model.lp.maximise(true);
        LpSolution solution = clock.add(solver.solve(model.lp, problem.spec().timeLimitSeconds()));
        return solution.hasSolution() ? solution.value(model.delivered[0]) : Double.NaN;
    }

    /** Each scenario alone with every option allowed (within the budget): the lowest is binding. */
    private PlanOutcome explain(PlanningProblem problem, SupplyNetwork network, Clock clock) {
        String binding = "";
        String commodity = "";
        double lowest = Double.POSITIVE_INFINITY;
        for (ScenarioCase scenario : problem.scenarios()) {
            PlanModel model = new PlanModel(problem, network, List.of(scenario), true, true);
            model.lp.objective(model.delivered[0], 1);
            model.lp.maximise(true);
            LpSolution solution =
                    clock.add(solver.solve(model.lp, problem.spec().timeLimitSeconds()));
            double best = solution.hasSolution() ? solution.value(model.delivered[0]) : 0;
            if (best < lowest) {
                lowest = best;
                binding = scenario.name();
                commodity = limiting(problem, model.inventoryRows.get(0), solution);
            }
        }
        return new PlanOutcome.Infeasible(
                binding, commodity, lowest, problem.spec().target(), clock.seconds);
    }

    /** The product whose inventory rows have the largest Σ |shadow price| × baseline use. */
    private static String limiting(
            PlanningProblem problem, Map<Integer, ScenarioBlock.InventoryRow> rows, LpSolution solution) {
        Map<Integer, Double> weight = new TreeMap<>();
        if (solution.duals().length > 0) {
            rows.forEach((row, info) ->
                    weight.merge(info.product(), Math.abs(solution.duals()[row]) * info.baseline(), Double::sum));
        }
        return weight.entrySet().stream()
                .filter(e -> e.getValue() > 0)
                .max(Map.Entry.comparingByValue())
                .map(e -> problem.table().sectors().get(e.getKey()))
                .orElse("");
    }

    /** Adds up solve times and reports each solve. */
    private static final class Clock {
        private final Runnable solved;
        double seconds;

        Clock(Runnable solved) {
            this.solved = solved;
        }

        LpSolution add(LpSolution solution) {
            seconds += solution.seconds();
            solved.run();
            return solution;
        }
    }
}
