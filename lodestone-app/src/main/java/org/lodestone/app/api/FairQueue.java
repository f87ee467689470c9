package org.lodestone.app.api;

import java.util.ArrayDeque;
import java.util.Deque;
import java.util.LinkedHashMap;
import java.util.Map;

/**
 * Waiting jobs served in turn by owner (round robin): the next job is the oldest of the owner who
 * has waited longest for a turn, so one owner's many jobs cannot hold back another owner's one.
 * Each owner's jobs keep their order. All operations are O(1) but {@link #remove} (O(jobs of the
 * owner)).
 */
final class FairQueue<T> {

    /** Owners in the order of their next turn, each with their waiting jobs, oldest first. */
    private final Map<String, Deque<T>> waiting = new LinkedHashMap<>();

    /** Adds {@code job} behind the owner's other waiting jobs. */
    synchronized void add(String owner, T job) {
        waiting.computeIfAbsent(owner, k -> new ArrayDeque<>()).addLast(job);
        notifyAll();
    }

    /**
     * The next job, waiting for one if there is none.
     *
     * @throws InterruptedException when the waiting thread is interrupted (the server stops)
     */
    synchronized T take() throws InterruptedException {
        while (waiting.isEmpty()) {
            wait();
        }
        Map.Entry<String, Deque<T>> first = waiting.entrySet().iterator().next();
        String owner = first.getKey();
        Deque<T> jobs = waiting.remove(owner);
        T job = jobs.pollFirst();
        if (!jobs.isEmpty()) {
            waiting.put(owner, jobs);
        }
        return job;
    }

    /** Takes {@code job} out if it is still waiting; whether it was. */
    synchronized boolean remove(String owner, T job) {
        Deque<T> jobs = waiting.get(owner);
        if (jobs == null || !jobs.remove(job)) {
            return false;
        }
        if (jobs.isEmpty()) {
            waiting.remove(owner);
        }
        return true;
    }
}
