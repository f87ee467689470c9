package org.lodestone.spark;

import java.util.Objects;
import org.apache.spark.api.java.JavaSparkContext;
import org.apache.spark.broadcast.Broadcast;
import org.lodestone.core.ensemble.Metric;
import org.lodestone.core.ensemble.MetricValues;
import org.lodestone.core.ensemble.PointDesign;
import org.lodestone.core.reverse.PointEvaluator;

/**
 * The points of a reverse stress test evaluated on Spark: each batch the search asks for (a
 * refinement level of the grid, a bisection step) becomes one Spark job over the points as a
 * {@link PointDesign}, run by {@link SparkMembers} against a job broadcast once for the whole
 * search. Member k of a batch is point k, so the values are the local engine's, point for point.
 */
public final class SparkPoints implements PointEvaluator {

    private final JavaSparkContext sc;
    private final Broadcast<MemberJob> job;
    private final int unit;
    private final Metric metric;
    private final int partitions;
    private long runs;
    private int batches;

    /**
     * @param unit       index of the reporting unit the metric is read for
     * @param partitions the most tasks a batch is cut into (a batch of n points makes min(n, partitions))
     */
    public SparkPoints(JavaSparkContext sc, Broadcast<MemberJob> job, int unit, Metric metric, int partitions) {
        this.sc = Objects.requireNonNull(sc, "sc");
        this.job = Objects.requireNonNull(job, "job");
        this.metric = Objects.requireNonNull(metric, "metric");
        if (unit < 0 || partitions < 1) {
            throw new IllegalArgumentException(
                    "need unit >= 0 and partitions >= 1, got " + unit + " and " + partitions);
        }
        this.unit = unit;
        this.partitions = partitions;
    }

    @Override
    public double[] values(double[][] points) {
        MetricValues values = SparkMembers.run(sc, job, new PointDesign(points), 0, points.length, partitions)
                .values(unit, metric);
        runs += points.length;
        batches++;
        double[] out = new double[points.length];
        for (int k = 0; k < out.length; k++) {
            out[k] = values.valueOf(k);
        }
        return out;
    }

    /** Points run so far. */
    public long runs() {
        return runs;
    }

    /** Spark jobs (batches) run so far. */
    public int batches() {
        return batches;
    }
}
