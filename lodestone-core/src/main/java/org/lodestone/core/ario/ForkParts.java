package org.lodestone.core.ario;

import java.util.concurrent.ForkJoinTask;
import java.util.function.IntConsumer;

/**
 * Runs the parts of a step's split work on the common fork-join pool: parts 1 and up are forked,
 * part 0 runs on the calling thread, and the call returns once every part has finished. It does
 * what {@code IntStream.range(0, parts).parallel().forEach(work)} did without a stream pipeline,
 * which the JIT compiled anew at every place it was used (13.5 % of a fresh {@code simulate}'s C2
 * time, docs/benchmarks.md "JIT warm-up"). Each part runs exactly once, whatever the pool's
 * parallelism: the parts are forked last first and joined first first, so a caller outside the
 * pool takes back and runs a part no worker has started (also with a pool of no workers).
 *
 * <p>A part that throws does not stop the others; the first failure by part number is rethrown
 * after all have finished, the later ones added to it as suppressed. The pool may hand a forked
 * part's exception back as a copy of the same type whose cause is the original.
 */
final class ForkParts {

    private ForkParts() {}

    /** Runs {@code work.accept(part)} for every part in {@code [0, parts)}, part 0 on this thread. */
    static void run(int parts, IntConsumer work) {
        if (parts == 1) {
            work.accept(0);
            return;
        }
        ForkJoinTask<?>[] forked = new ForkJoinTask<?>[parts];
        for (int t = parts - 1; t > 0; t--) {
            int part = t;
            forked[t] = ForkJoinTask.adapt(() -> work.accept(part)).fork();
        }
        Throwable failure = null;
        try {
            work.accept(0);
        } catch (RuntimeException | Error e) {
            failure = e;
        }
        for (int t = 1; t < parts; t++) {
            forked[t].quietlyJoin();
            failure = firstOf(failure, forked[t].getException());
        }
        if (failure instanceof RuntimeException e) {
            throw e;
        } else if (failure instanceof Error e) {
            throw e;
        } else if (failure != null) {
            throw new IllegalStateException(
                    "a part of the split work failed", failure); // a checked one, thrown sneakily
        }
    }

    private static Throwable firstOf(Throwable first, Throwable next) {
        if (first == null) {
            return next;
        }
        if (next != null) {
            first.addSuppressed(next);
        }
        return first;
    }
}
