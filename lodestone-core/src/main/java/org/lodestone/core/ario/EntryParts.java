package org.lodestone.core.ario;

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
        split(n, parts, work);
    }

    /**
     * Runs {@code work} on {@code n} items split into {@code parts} contiguous ranges on the
     * {@link ForkParts} workers, part t taking {@code [n·t/parts, n·(t+1)/parts)}.
     */
    static void split(int n, int parts, Work work) {
        if (parts == 1) {
            work.run(0, 0, n);
        } else {
            ForkParts.run(parts, t -> work.run(t, start(n, t, parts), start(n, t + 1, parts)));
        }
    }

    /** Where part {@code t} of {@code n} items split into {@code parts} starts ({@code n} for t = parts). */
    static int start(int n, int t, int parts) {
        return (int) ((long) n * t / parts);
    }
}
