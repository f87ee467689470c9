package org.lodestone.core.mrio;

import java.util.Arrays;

/**
 * An immutable matrix in compressed sparse row form: for row {@code i}, the entries
 * {@code rowStart[i] .. rowStart[i+1]-1} of {@link #columns()} and {@link #values()}, with columns
 * strictly increasing within a row. Zeros are not stored. Memory: 12 bytes per non-zero plus
 * 4 bytes per row.
 */
public final class SparseMatrix {

    private final int rows;
    private final int cols;
    private final int[] rowStart;
    private final int[] columns;
    private final double[] values;

    /**
     * Wraps CSR arrays without copying; callers hand over ownership.
     *
     * @throws IllegalArgumentException if the arrays are inconsistent or columns are not increasing
     */
    public SparseMatrix(int rows, int cols, int[] rowStart, int[] columns, double[] values) {
        if (rowStart.length != rows + 1
                || rowStart[0] != 0
                || columns.length != values.length
                || rowStart[rows] != columns.length) {
            throw new IllegalArgumentException("inconsistent CSR arrays for a " + rows + " x " + cols + " matrix");
        }
        for (int i = 0; i < rows; i++) {
            for (int k = rowStart[i]; k < rowStart[i + 1]; k++) {
                if (columns[k] < 0 || columns[k] >= cols || (k > rowStart[i] && columns[k] <= columns[k - 1])) {
                    throw new IllegalArgumentException(
                            "row " + i + ": column indices must increase within [0, " + cols + ")");
                }
            }
        }
        this.rows = rows;
        this.cols = cols;
        this.rowStart = rowStart;
        this.columns = columns;
        this.values = values;
    }

    /** The non-zeros of a row-major dense array. */
    public static SparseMatrix fromDense(int rows, int cols, double[] dense) {
        if (dense.length != (long) rows * cols) {
            throw new IllegalArgumentException(
                    "dense array has " + dense.length + " entries, expected " + rows + " x " + cols);
        }
        Builder builder = new Builder(rows, cols);
        for (int i = 0; i < rows; i++) {
            for (int j = 0; j < cols; j++) {
                builder.add(i, j, dense[i * cols + j]);
            }
        }
        return builder.build();
    }

    public int rows() {
        return rows;
    }

    public int cols() {
        return cols;
    }

    /** Number of stored (non-zero) entries. */
    public int nonZeros() {
        return values.length;
    }

    /** Row pointers, length rows + 1. Do not modify. */
    public int[] rowStart() {
        return rowStart;
    }

    /** Column of each stored entry. Do not modify. */
    public int[] columns() {
        return columns;
    }

    /** Value of each stored entry. Do not modify. */
    public double[] values() {
        return values;
    }

    /** The entry at (i, j), 0 when not stored. O(log row length). */
    public double get(int i, int j) {
        int k = Arrays.binarySearch(columns, rowStart[i], rowStart[i + 1], j);
        return k >= 0 ? values[k] : 0;
    }

    /** Sums of each row, summed left to right. */
    public double[] rowSums() {
        double[] sums = new double[rows];
        for (int i = 0; i < rows; i++) {
            double s = 0;
            for (int k = rowStart[i]; k < rowStart[i + 1]; k++) {
                s += values[k];
            }
            sums[i] = s;
        }
        return sums;
    }

    /** Sums of each column, each summed top to bottom. */
    public double[] columnSums() {
        double[] sums = new double[cols];
        for (int k = 0; k < values.length; k++) {
            sums[columns[k]] += values[k];
        }
        return sums;
    }

    /**
     * Builds a matrix row by row: entries must be added in row order and, within a row, in
     * increasing column order. Zero values are skipped.
     */
    public static final class Builder {
        private final int rows;
        private final int cols;
        private final int[] rowStart;
        private int[] columns = new int[16];
        private double[] values = new double[16];
        private int size;
        private int row;
        private int lastColumn = -1;

        public Builder(int rows, int cols) {
            this.rows = rows;
            this.cols = cols;
            this.rowStart = new int[rows + 1];
        }

        /** Adds entry (i, j); rows must not go backwards, columns must increase within a row. */
        public Builder add(int i, int j, double value) {
            if (i < row || i >= rows || j < 0 || j >= cols || (i == row && j <= lastColumn)) {
                throw new IllegalArgumentException("entry (" + i + ", " + j + ") out of order or out of range");
            }
            while (row < i) {
                rowStart[++row] = size;
                lastColumn = -1;
            }
            lastColumn = j;
            if (value == 0) {
                return this;
            }
            if (size == values.length) {
                int capacity = (int) Math.min(Integer.MAX_VALUE - 8, values.length * 2L);
                columns = Arrays.copyOf(columns, capacity);
                values = Arrays.copyOf(values, capacity);
            }
            columns[size] = j;
            values[size++] = value;
            return this;
        }

        public SparseMatrix build() {
            while (row < rows) {
                rowStart[++row] = size;
            }
            return new SparseMatrix(rows, cols, rowStart, Arrays.copyOf(columns, size), Arrays.copyOf(values, size));
        }
    }
}
