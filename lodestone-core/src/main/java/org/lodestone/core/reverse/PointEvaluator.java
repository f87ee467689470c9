package org.lodestone.core.reverse;

/** Computes the target's metric at a batch of points (one value per point, in order); a batch may run in parallel. */
@FunctionalInterface
public interface PointEvaluator {

    /** @param points each point's coordinates, one per axis */
    double[] values(double[][] points);
}
