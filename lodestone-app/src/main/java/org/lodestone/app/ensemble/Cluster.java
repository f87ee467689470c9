package org.lodestone.app.ensemble;

import java.util.Map;
import java.util.Objects;
import java.util.Optional;

/**
 * Where a Spark job ran, as its summary records it: the report states this parallelism, not the
 * report command's {@code --threads}.
 *
 * @param master    the master URL ({@code local[2]}, {@code spark://HOST:7077}, ...); several, comma-separated, for summaries of several clusters
 * @param executors executor JVMs (1 in local mode)
 * @param cores     their cores in all: the tasks Spark ran at once
 */
public record Cluster(String master, int executors, int cores) {

    public Cluster {
        Objects.requireNonNull(master, "master");
    }

    /** The cluster a summary header records ({@code master}, {@code executors}, {@code cores}), if it records one. */
    public static Optional<Cluster> of(Map<String, String> header) {
        if (!header.containsKey("master") || !header.containsKey("executors") || !header.containsKey("cores")) {
            return Optional.empty();
        }
        try {
            return Optional.of(new Cluster(
                    header.get("master"),
                    Integer.parseInt(header.get("executors")),
                    Integer.parseInt(header.get("cores"))));
        } catch (NumberFormatException e) {
            return Optional.empty();
        }
    }

    /** This cluster and {@code other}, whose jobs made one ensemble: the same one, else both, their executors and cores added. */
    Cluster and(Cluster other) {
        return equals(other)
                ? this
                : new Cluster(master + ", " + other.master, executors + other.executors, cores + other.cores);
    }

    /** {@code 4 cores of 2 Spark executors at spark://host:7077}. */
    public String describe() {
        return cores + (cores == 1 ? " core" : " cores") + " of " + executors + " Spark executor"
                + (executors == 1 ? "" : "s") + " at " + master;
    }
}
