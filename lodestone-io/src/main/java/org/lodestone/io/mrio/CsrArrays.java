package org.lodestone.io.mrio;

import java.util.Arrays;
import org.lodestone.core.mrio.SparseMatrix;

/**
 * The CSR arrays of a matrix read in two passes over its file: the first counts each row's
 * non-zero cells, so that the arrays are allocated once at their exact size; the second parses the
 * cells into place, rows in any order. Nothing is copied, so reading needs no more memory than the
 * matrix.
 *
 * <p>A row may end up with fewer non-zeros than counted (a cell such as {@code 1e-400} has a
 * non-zero digit but reads as 0); {@link #build()} then closes the gaps.
 */
final class CsrArrays {

    private final int cols;
    private final int[] rowStart;
    private final int[] rowEnd;
    private final int[] columns;
    private final double[] values;

    /**
     * @param cols     number of columns
     * @param nonZeros the number of non-zero cells counted in each row, in final row order
     * @throws IllegalArgumentException if the matrix would have 2^31 non-zeros or more
     */
    CsrArrays(int cols, int[] nonZeros) {
        this.cols = cols;
        this.rowStart = new int[nonZeros.length + 1];
        long total = 0;
        for (int i = 0; i < nonZeros.length; i++) {
            total += nonZeros[i];
            if (total > Integer.MAX_VALUE - 8) {
                throw new IllegalArgumentException("a matrix of " + nonZeros.length + " x " + cols
                        + " with 2^31 non-zeros or more cannot be held");
            }
            rowStart[i + 1] = (int) total;
        }
        this.rowEnd = Arrays.copyOf(rowStart, nonZeros.length);
        this.columns = new int[(int) total];
        this.values = new double[(int) total];
    }

    /** Sets row {@code i} to the non-zeros of the first {@code cols} entries of {@code dense}, as many as were counted. */
    void set(int i, double[] dense) {
        int k = rowStart[i];
        int end = rowStart[i + 1];
        for (int j = 0; j < cols && k < end; j++) {
            if (dense[j] != 0) {
                columns[k] = j;
                values[k++] = dense[j];
            }
        }
        rowEnd[i] = k;
    }

    /** The matrix; rows never set are empty. */
    SparseMatrix build() {
        int rows = rowEnd.length;
        boolean full = true;
        for (int i = 0; i < rows; i++) {
            full &= rowEnd[i] == rowStart[i + 1];
        }
        if (full) {
            return new SparseMatrix(rows, cols, rowStart, columns, values);
        }
        int[] compactStart = new int[rows + 1];
        for (int i = 0; i < rows; i++) {
            int length = rowEnd[i] - rowStart[i];
            System.arraycopy(columns, rowStart[i], columns, compactStart[i], length);
            System.arraycopy(values, rowStart[i], values, compactStart[i], length);
            compactStart[i + 1] = compactStart[i] + length;
        }
        int total = compactStart[rows];
        return new SparseMatrix(rows, cols, compactStart, Arrays.copyOf(columns, total), Arrays.copyOf(values, total));
    }
}
