package org.lodestone.core.ario;

/**
 * Splits the columns of a CSR matrix into contiguous ranges, one per worker, and remembers for
 * every row where each range starts, so that a worker can stream its part of every row. Column
 * ranges keep each (product, column) accumulator in one worker, so sums are taken in the same
 * order whatever the number of workers, and results do not depend on it.
 */
final class ColumnSplit {

    final int parts;
    /** {@code start[t][i]}: first stored entry of row i with column ≥ the start of part t; {@code start[parts]} = row ends. */
    final int[][] start;

    ColumnSplit(int[] rowStart, int[] columns, int n, int parts) {
        this.parts = Math.max(1, Math.min(parts, Math.max(1, n)));
        this.start = new int[this.parts + 1][];
        for (int t = 0; t <= this.parts; t++) {
            int firstColumn = (int) ((long) n * t / this.parts);
            int[] offsets = new int[n];
            for (int i = 0; i < n; i++) {
                offsets[i] = t == this.parts
                        ? rowStart[i + 1]
                        : lowerBound(columns, rowStart[i], rowStart[i + 1], firstColumn);
            }
            start[t] = offsets;
        }
    }

    private static int lowerBound(int[] columns, int from, int to, int column) {
        int lo = from;
        int hi = to;
        while (lo < hi) {
            int mid = (lo + hi) >>> 1;
            if (columns[mid] < column) {
                lo = mid + 1;
            } else {
                hi = mid;
            }
        }
        return lo;
    }
}
