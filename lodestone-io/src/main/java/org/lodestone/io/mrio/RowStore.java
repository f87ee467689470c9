package org.lodestone.io.mrio;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import org.lodestone.core.mrio.SparseMatrix;

/**
 * Collects the rows of a sparse matrix as they are read and joins them into CSR form, in the order
 * read or in any other row order.
 *
 * <p>The non-zeros are appended to a few large chunks (growing to {@value #MAX_CHUNK} entries)
 * rather than kept as one small array per row: large arrays are never copied by the garbage
 * collector, which would otherwise move a gigabyte of rows several times while a big matrix is
 * read. Peak memory is about twice the final matrix, while the chunks are joined.
 */
final class RowStore {

    private static final int MIN_CHUNK = 1 << 10;
    private static final int MAX_CHUNK = 1 << 22;

    private final int cols;
    private final List<int[]> columnChunks = new ArrayList<>();
    private final List<double[]> valueChunks = new ArrayList<>();
    private int used;
    private int rows;
    private int[] rowChunk = new int[16];
    private int[] rowOffset = new int[16];
    private int[] rowLength = new int[16];

    /** @param cols the number of columns of every row */
    RowStore(int cols) {
        this.cols = cols;
    }

    /** Number of rows added. */
    int size() {
        return rows;
    }

    /** Adds a row: the non-zeros of the first {@code cols} entries of {@code dense}. */
    void add(double[] dense) {
        if (columnChunks.isEmpty() || columnChunks.get(columnChunks.size() - 1).length - used < cols) {
            newChunk();
        }
        int[] columns = columnChunks.get(columnChunks.size() - 1);
        double[] values = valueChunks.get(valueChunks.size() - 1);
        int k = used;
        for (int j = 0; j < cols; j++) {
            if (dense[j] != 0) {
                columns[k] = j;
                values[k++] = dense[j];
            }
        }
        if (rows == rowChunk.length) {
            rowChunk = Arrays.copyOf(rowChunk, rows * 2);
            rowOffset = Arrays.copyOf(rowOffset, rows * 2);
            rowLength = Arrays.copyOf(rowLength, rows * 2);
        }
        rowChunk[rows] = columnChunks.size() - 1;
        rowOffset[rows] = used;
        rowLength[rows++] = k - used;
        used = k;
    }

    private void newChunk() {
        int previous = columnChunks.isEmpty() ? MIN_CHUNK / 2 : columnChunks.get(columnChunks.size() - 1).length;
        int size = Math.max(cols, Math.min(MAX_CHUNK, previous * 2));
        columnChunks.add(new int[size]);
        valueChunks.add(new double[size]);
        used = 0;
    }

    /** The rows in the order added. The store cannot be used afterwards. */
    SparseMatrix build() {
        int[] order = new int[rows];
        Arrays.setAll(order, i -> i);
        return build(order);
    }

    /**
     * The matrix whose row {@code i} is the row added as number {@code order[i]}. The store cannot
     * be used afterwards.
     *
     * @throws IllegalArgumentException if the matrix would have 2^31 non-zeros or more
     */
    SparseMatrix build(int[] order) {
        int[] rowStart = new int[order.length + 1];
        long total = 0;
        for (int i = 0; i < order.length; i++) {
            total += rowLength[order[i]];
            if (total > Integer.MAX_VALUE - 8) {
                throw new IllegalArgumentException("a matrix of " + cols + " columns with more than 2^31 non-zeros cannot be held");
            }
            rowStart[i + 1] = (int) total;
        }
        int[] columns = new int[(int) total];
        for (int i = 0; i < order.length; i++) {
            int r = order[i];
            System.arraycopy(columnChunks.get(rowChunk[r]), rowOffset[r], columns, rowStart[i], rowLength[r]);
        }
        columnChunks.clear();
        double[] values = new double[(int) total];
        for (int i = 0; i < order.length; i++) {
            int r = order[i];
            System.arraycopy(valueChunks.get(rowChunk[r]), rowOffset[r], values, rowStart[i], rowLength[r]);
        }
        valueChunks.clear();
        return new SparseMatrix(order.length, cols, rowStart, columns, values);
    }
}
