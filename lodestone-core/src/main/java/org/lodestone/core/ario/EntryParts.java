package org.lodestone.core.ario;

import java.util.stream.IntStream;

/**
 * Splits the input entries into contiguous ranges, one per worker, for the per-entry loops of a
 * step whose every entry is computed on its own (inventory update, orders, order units). Each
 * entry is computed by the same formula whatever the split, so results do not depend on the
 * number of workers. Small runs stay on one thread: below {@value #MIN_PARALLEL} entries the
 * hand-over costs more than it saves.
 */
final class EntryParts {

    static final int MIN_PARALLEL = 1 << 16;

    /** The work on entries {@code [from, to)}, part {@code part}. */
    @FunctionalInterface
    interface Work {
        void run(int part, int from, int to);
    }

    final int parts;
    private final int n;

    EntryParts(int n, int threads) {
        this.n = n;
        this.parts = n >= MIN_PARALLEL ? Math.max(1, threads) : 1;
    }

    void run(Work work) {
        if (parts == 1) {
            work.run(0, 0, n);
        } else {
            IntStream.range(0, parts)
                    .parallel()
                    .forEach(t -> work.run(t, (int) ((long) n * t / parts), (int) ((long) n * (t + 1) / parts)));
        }
    }
}
