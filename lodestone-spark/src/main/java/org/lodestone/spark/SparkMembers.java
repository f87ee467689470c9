package org.lodestone.spark;

import java.util.ArrayList;
import java.util.List;
import org.apache.spark.api.java.JavaSparkContext;
import org.apache.spark.broadcast.Broadcast;
import org.lodestone.core.ensemble.EnsembleRunner;
import org.lodestone.core.ensemble.EnsembleSummary;
import org.lodestone.core.ensemble.MemberDesign;

/**
 * Runs the members of a design on Spark: the member indices are cut into {@code partitions}
 * contiguous ranges, the job is broadcast, each task builds (once per executor) the table and the
 * binding from it and runs its range with the pure engine, and the partial summaries are merged with
 * {@link EnsembleSummary#combine}. Because member k's inputs depend only on (design, k) and the
 * combine step is associative and commutative, the summary equals the local engine's for the same
 * design, whatever the partitions and the order Spark merges them in.
 */
public final class SparkMembers {

    private SparkMembers() {}

    /**
     * @param partitions ranges of members, ≥ 1 (a few per core balances members of unequal cost)
     */
    public static EnsembleSummary run(JavaSparkContext sc, MemberJob job, MemberDesign design, int partitions) {
        return run(sc, job, design, 0, design.size(), partitions);
    }

    /** Runs members {@code from} (inclusive) to {@code to} (exclusive) only: one share of an ensemble split among jobs. */
    public static EnsembleSummary run(
            JavaSparkContext sc, MemberJob job, MemberDesign design, long from, long to, int partitions) {
        return run(sc, sc.broadcast(job), design, from, to, partitions);
    }

    /**
     * Runs members {@code from} to {@code to} of a job already broadcast: a search that runs many
     * batches of one job (a reverse stress test) ships it to the executors once.
     */
    public static EnsembleSummary run(
            JavaSparkContext sc, Broadcast<MemberJob> shared, MemberDesign design, long from, long to, int partitions) {
        long members = to - from;
        if (from < 0 || members < 1 || to > design.size()) {
            throw new IllegalArgumentException(
                    "need 0 <= from < to <= " + design.size() + ", got " + from + " and " + to);
        }
        int parts = (int) Math.max(1, Math.min(partitions, members));
        List<long[]> ranges = new ArrayList<>();
        for (int p = 0; p < parts; p++) {
            ranges.add(new long[] {from + members * p / parts, from + members * (p + 1) / parts});
        }
        return sc.parallelize(ranges, parts)
                .map(range -> {
                    MemberContext context = MemberContext.of(shared.value());
                    return EnsembleRunner.run(
                            context.layout(), design, context.evaluator(), range[0], range[1], 1, k -> {});
                })
                .reduce(EnsembleSummary::combine);
    }
}
