package org.lodestone.core.reverse;

import java.util.Arrays;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

/**
 * Answers a search's batches from runs made elsewhere (a Spark job): each point asked for must have
 * been run, with exactly these coordinates. Because {@link Bisection} and {@link BoundaryGrid}
 * choose their points from the verdicts alone, replaying a search's own runs retraces it exactly,
 * so a result made on a cluster is rebuilt, and checked, by the same code that searches locally.
 */
public final class Replay implements PointEvaluator {

    private final Map<List<Double>, Double> values = new HashMap<>();

    /**
     * @param runs the runs, each point once
     * @throws IllegalArgumentException if a point was run twice with different values
     */
    public Replay(List<Evaluation> runs) {
        for (Evaluation e : runs) {
            Double before = values.put(key(e.point()), e.value());
            if (before != null && Double.compare(before, e.value()) != 0) {
                throw new IllegalArgumentException("point " + Arrays.toString(e.point())
                        + " was run twice with different values, " + before + " and " + e.value());
            }
        }
    }

    /** @throws IllegalArgumentException naming the first point that was not run */
    @Override
    public double[] values(double[][] points) {
        double[] out = new double[points.length];
        for (int k = 0; k < points.length; k++) {
            Double v = values.get(key(points[k]));
            if (v == null) {
                throw new IllegalArgumentException("point " + Arrays.toString(points[k]) + " was not run");
            }
            out[k] = v;
        }
        return out;
    }

    private static List<Double> key(double[] point) {
        return Arrays.stream(point).boxed().toList();
    }
}
