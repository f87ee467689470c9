package org.lodestone.spark;

import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.concurrent.TimeoutException;
import org.apache.spark.api.java.JavaSparkContext;
import org.apache.spark.status.api.v1.ExecutorSummary;
import scala.jdk.javaapi.CollectionConverters;

/**
 * Where a job ran, as Spark saw it once the job was done: the master, the executors and their
 * cores. The summary records it, so a report made elsewhere states the cluster's parallelism, not
 * the report command's options.
 *
 * @param master    the master URL ({@code local[2]}, {@code spark://HOST:7077}, {@code yarn}, ...)
 * @param executors executor JVMs that were registered (1 in local mode: the driver runs the tasks)
 * @param cores     their cores in all: the tasks Spark runs at once
 */
public record SparkCluster(String master, int executors, int cores) {

    /** How long to wait for Spark's listener bus, so that every executor that ran a task is counted. */
    private static final long LISTENER_WAIT_MILLIS = 10_000;

    /** The cluster of {@code sc}; call it after the job, when the executors that ran it are registered. */
    public static SparkCluster of(JavaSparkContext sc) {
        try {
            sc.sc().listenerBus().waitUntilEmpty(LISTENER_WAIT_MILLIS);
        } catch (TimeoutException e) {
            // the executors registered so far are counted; the summary does not depend on them
        }
        List<ExecutorSummary> all =
                CollectionConverters.asJava(sc.sc().statusStore().executorList(true));
        int cores = all.stream().mapToInt(ExecutorSummary::totalCores).sum();
        long executors = all.stream().filter(e -> !e.id().equals("driver")).count();
        return new SparkCluster(sc.master(), sc.isLocal() ? 1 : (int) executors, cores);
    }

    /** The header entries of a summary or runs file: {@code master}, {@code executors}, {@code cores}. */
    public Map<String, String> header() {
        Map<String, String> header = new LinkedHashMap<>();
        header.put("master", master);
        header.put("executors", String.valueOf(executors));
        header.put("cores", String.valueOf(cores));
        return header;
    }
}
