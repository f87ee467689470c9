package org.lodestone.core.leontief;

import org.lodestone.core.mrio.IoTable;

/**
 * The reference for every Leontief test: the dense inverse {@code L = (I − A)⁻¹} of a small table by
 * Gauss–Jordan elimination with partial pivoting, and the Ghosh inverse {@code G = (I − B)⁻¹} with
 * {@code B = diag(1/x)·Z}, each computed independently of the code under test.
 */
public final class DenseLeontief {

    private DenseLeontief() {}

    /** {@code a_ij = z_ij / x_j}, zero where x_j = 0. */
    public static double[][] coefficients(IoTable table) {
        int p = table.size();
        double[] x = table.x();
        double[][] a = new double[p][p];
        for (int i = 0; i < p; i++) {
            for (int j = 0; j < p; j++) {
                a[i][j] = x[j] > 0 ? table.z().get(i, j) / x[j] : 0;
            }
        }
        return a;
    }

    /** The Leontief inverse of the table. */
    public static double[][] inverse(IoTable table) {
        return inverseOfIdentityMinus(coefficients(table));
    }

    /** The Ghosh inverse: {@code (I − B)⁻¹} with {@code b_ij = z_ij / x_i}. */
    public static double[][] ghosh(IoTable table) {
        int p = table.size();
        double[] x = table.x();
        double[][] b = new double[p][p];
        for (int i = 0; i < p; i++) {
            for (int j = 0; j < p; j++) {
                b[i][j] = x[i] > 0 ? table.z().get(i, j) / x[i] : 0;
            }
        }
        return inverseOfIdentityMinus(b);
    }

    /** {@code (I − M)⁻¹} by Gauss–Jordan elimination on [I − M | I]. */
    public static double[][] inverseOfIdentityMinus(double[][] m) {
        int n = m.length;
        double[][] work = new double[n][2 * n];
        for (int i = 0; i < n; i++) {
            for (int j = 0; j < n; j++) {
                work[i][j] = (i == j ? 1 : 0) - m[i][j];
            }
            work[i][n + i] = 1;
        }
        for (int col = 0; col < n; col++) {
            int pivot = col;
            for (int r = col + 1; r < n; r++) {
                pivot = Math.abs(work[r][col]) > Math.abs(work[pivot][col]) ? r : pivot;
            }
            double[] swap = work[col];
            work[col] = work[pivot];
            work[pivot] = swap;
            double d = work[col][col];
            for (int j = 0; j < 2 * n; j++) {
                work[col][j] /= d;
            }
            for (int r = 0; r < n; r++) {
                double f = work[r][col];
                if (r != col && f != 0) {
                    for (int j = 0; j < 2 * n; j++) {
                        work[r][j] -= f * work[col][j];
                    }
                }
            }
        }
        double[][] inverse = new double[n][n];
        for (int i = 0; i < n; i++) {
            System.arraycopy(work[i], n, inverse[i], 0, n);
        }
        return inverse;
    }
}
