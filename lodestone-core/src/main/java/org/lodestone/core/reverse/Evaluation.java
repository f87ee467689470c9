package org.lodestone.core.reverse;

/**
 * One point a reverse stress test ran.
 *
 * @param point the inputs' values, one per axis
 * @param value the metric
 * @param holds whether the target holds
 */
public record Evaluation(double[] point, double value, boolean holds) {

    public Evaluation {
        point = point.clone();
    }

    @Override
    public double[] point() {
        return point.clone();
    }
}
