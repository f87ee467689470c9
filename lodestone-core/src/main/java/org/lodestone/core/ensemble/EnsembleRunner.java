package org.lodestone.core.ensemble;

import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.atomic.AtomicLong;
import java.util.function.LongConsumer;

/**
 * Runs the members of a design on a pool of threads. Workers take members in chunks of
 * {@value #CHUNK} from a shared counter, each adding to its own summary; the partial summaries are
 * combined at the end. Since a member's inputs depend only on its index and summaries are merged
 * in member order, the result is the same whatever the number of threads.
 */
public final class EnsembleRunner {

    /** Members a worker takes at once. */
    static final int CHUNK = 8;

    private EnsembleRunner() {}

    /**
     * Runs members {@code from} (inclusive) to {@code to} (exclusive) of {@code design}.
     *
     * @param threads  workers (≥ 1)
     * @param progress called once per member run, from the worker threads
     * @throws IllegalArgumentException if a member's inputs are refused by the scenario
     */
    public static EnsembleSummary run(
            EnsembleLayout layout,
            MemberDesign design,
            MemberEvaluator evaluator,
            long from,
            long to,
            int threads,
            LongConsumer progress) {
        if (threads < 1 || from < 0 || to > design.size() || from > to) {
            throw new IllegalArgumentException("need threads >= 1 and 0 <= from <= to <= " + design.size() + ", got "
                    + threads + ", " + from + ", " + to);
        }
        AtomicLong next = new AtomicLong(from);
        int workers = (int) Math.max(1, Math.min(threads, (to - from + CHUNK - 1) / CHUNK));
        ExecutorService pool = Executors.newFixedThreadPool(workers, r -> {
            Thread t = new Thread(r, "lodestone-member");
            t.setDaemon(true);
            return t;
        });
        try {
            List<Future<EnsembleSummary>> parts = new ArrayList<>();
            for (int w = 0; w < workers; w++) {
                parts.add(pool.submit(() -> work(layout, design, evaluator, next, to, progress)));
            }
            EnsembleSummary total = new EnsembleSummary(layout);
            for (Future<EnsembleSummary> part : parts) {
                total = total.combine(part.get());
            }
            return total;
        } catch (ExecutionException e) {
            throw e.getCause() instanceof RuntimeException r
                    ? r
                    : new IllegalStateException("a member failed", e.getCause());
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new IllegalStateException("interrupted while running members", e);
        } finally {
            pool.shutdownNow();
        }
    }

    private static EnsembleSummary work(
            EnsembleLayout layout,
            MemberDesign design,
            MemberEvaluator evaluator,
            AtomicLong next,
            long to,
            LongConsumer progress) {
        EnsembleSummary summary = new EnsembleSummary(layout);
        for (long start = next.getAndAdd(CHUNK); start < to; start = next.getAndAdd(CHUNK)) {
            for (long k = start; k < Math.min(to, start + CHUNK); k++) {
                summary.add(evaluator.evaluate(k, design.values(k)));
                progress.accept(k);
            }
            if (Thread.currentThread().isInterrupted()) {
                throw new IllegalStateException("interrupted");
            }
        }
        return summary;
    }
}
