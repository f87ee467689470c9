package org.lodestone.core.reverse;

import java.util.ArrayList;
import java.util.List;
import java.util.Optional;

/**
 * The boundary of a target along one input, by bisection: the target is evaluated at both ends of
 * the range; when it holds at one and breaks at the other, the interval between the last value
 * that holds and the first that breaks is halved until it is narrower than the tolerance (or, for
 * whole numbers, the two are adjacent). Assumes the metric is monotone in the input over the range;
 * otherwise it finds one of the crossings. Cost: 2 + ⌈log2(1/tolerance)⌉ runs.
 */
public final class Bisection {

    /** Width of the final interval, as a share of the range, when not given. */
    public static final double DEFAULT_TOLERANCE = 1e-3;

    /**
     * The outcome.
     *
     * @param axis         the input moved
     * @param evaluations  every run, in order
     * @param holding      the value closest to the boundary at which the target holds, if any
     * @param breaking     the value closest to the boundary at which it breaks, if any
     */
    public record Result(
            SearchAxis axis, List<Evaluation> evaluations, Optional<Double> holding, Optional<Double> breaking) {

        public Result {
            evaluations = List.copyOf(evaluations);
        }

        /** True when both ends gave the same verdict, so no boundary lies in the range (as far as monotonicity goes). */
        public boolean noBoundary() {
            return holding.isEmpty() || breaking.isEmpty();
        }

        /** The boundary estimate: the midpoint of holding and breaking. */
        public Optional<Double> boundary() {
            return noBoundary() ? Optional.empty() : Optional.of((holding.get() + breaking.get()) / 2);
        }
    }

    private Bisection() {}

    /**
     * @param tolerance the final interval's width as a share of the range (whole numbers stop at adjacent values)
     */
    public static Result search(PointEvaluator f, Target target, SearchAxis axis, double tolerance) {
        List<Evaluation> runs = new ArrayList<>();
        Evaluation low = run(f, target, axis.min(), runs);
        Evaluation high = run(f, target, axis.max(), runs);
        if (low.holds() == high.holds()) {
            Optional<Double> end = Optional.of(low.holds() ? axis.max() : axis.min());
            return new Result(axis, runs, low.holds() ? end : Optional.empty(), low.holds() ? Optional.empty() : end);
        }
        double holding = low.holds() ? axis.min() : axis.max();
        double breaking = low.holds() ? axis.max() : axis.min();
        while (!axis.resolved(holding, breaking, tolerance)) {
            double middle = axis.middle(Math.min(holding, breaking), Math.max(holding, breaking));
            if (run(f, target, middle, runs).holds()) {
                holding = middle;
            } else {
                breaking = middle;
            }
        }
        return new Result(axis, runs, Optional.of(holding), Optional.of(breaking));
    }

    private static Evaluation run(PointEvaluator f, Target target, double x, List<Evaluation> runs) {
        double value = f.values(new double[][] {{x}})[0];
        Evaluation e = new Evaluation(new double[] {x}, value, target.holds(value));
        runs.add(e);
        return e;
    }
}
