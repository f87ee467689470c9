package org.lodestone.app.run;

/**
 * How many worker threads the engine gets, the one policy for every way Lodestone runs a scenario.
 * A command's {@code --threads N} (every processor when not given) is shared out among the runs
 * that go at once: one run per thread, at most one per scenario, each run's engine an equal share
 * of the rest. Ensemble members run one per thread with a one-thread engine; a scenario bound only
 * to check it or hand its events to the planner gets a one-thread model, since it never runs.
 * Results do not depend on the count (the engine's {@code ThreadIndependenceTest}).
 */
public final class EngineThreads {

    /** Threads of an engine that runs beside others (ensemble members) or never runs (validation). */
    public static final int ONE = 1;

    private EngineThreads() {}

    /**
     * {@code --threads}: the value given, else every processor.
     *
     * @throws IllegalArgumentException if the value is below 1
     */
    public static int of(Integer requested) {
        int threads = requested == null ? Runtime.getRuntime().availableProcessors() : requested;
        if (threads < 1) {
            throw new IllegalArgumentException("'--threads': " + threads + " (expected >= 1)");
        }
        return threads;
    }

    /** Runs that go at once when {@code runs} scenarios share {@code threads}: one per thread, at most one per scenario. */
    public static int concurrentRuns(int threads, int runs) {
        return Math.max(1, Math.min(threads, runs));
    }

    /** Engine threads of each of those runs: an equal share of {@code threads}, at least 1. */
    public static int perRun(int threads, int runs) {
        return Math.max(1, threads / concurrentRuns(threads, runs));
    }
}
