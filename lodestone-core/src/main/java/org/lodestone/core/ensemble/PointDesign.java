package org.lodestone.core.ensemble;

import java.util.Arrays;

/**
 * Members at given points: member k takes the inputs' values of point k (for reverse stress tests
 * and other searches that choose their points).
 *
 * @param points each member's values, in input order
 */
public record PointDesign(double[][] points) implements MemberDesign {

    private static final long serialVersionUID = 1L;

    public PointDesign {
        points = Arrays.stream(points).map(double[]::clone).toArray(double[][]::new);
    }

    @Override
    public long size() {
        return points.length;
    }

    @Override
    public double[] values(long index) {
        return points[(int) index].clone();
    }

    @Override
    public double[][] points() {
        return Arrays.stream(points).map(double[]::clone).toArray(double[][]::new);
    }
}
