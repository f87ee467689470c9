package org.lodestone.core.mrio;

import java.util.ArrayList;
import java.util.List;
import java.util.Optional;

/**
 * A reproducible synthetic monetary MRIO table, bit for bit the generator of the reference case
 * {@code reference/ario-case-synth-5x4/README.md} ("Synthetic MRIO generator"): a SplitMix64-style
 * hash of (seed, stream, cell) gives each cell a uniform number u in [0, 1); flows are
 * {@code Z[i][j] = floor(w · u³)} with {@code w = 1000·n} inside a region and 1000 across regions;
 * final demand is {@code Y[i][r] = floor(w · u)} with {@code w = 1000·m·n} for the own region and
 * {@code 1000·m} otherwise, plus 1 for the own region; an industry whose sales fall short of
 * {@code ceil(1.5 · its inputs)} (the column sum of Z) gets the deficit added to its own region's
 * final demand, so that value added is at least half the inputs; {@code x} = row sums of [Z Y].
 *
 * <p>Every entry is an integer-valued double below 2^53, so all sums are exact in any order. Regions
 * are named {@code R%03d}, sectors {@code S%03d}, and each region has one final-demand category
 * {@code final_demand}; the table is {@link IoTable.Units#MONETARY} with a monetary factor of 1e6 and
 * no capital.
 *
 * <p>Cost: two passes over the P² cells (P = regions × sectors), O(P²) time, and the CSR arrays of
 * Z (12 bytes per non-zero) as the only large allocation; no dense P × P structure is built. For
 * 98 × 100 (P = 9,800) Z holds about 87 million non-zeros, about 1 GB.
 */
public final class SyntheticMrio {

    /** The monetary factor of generated tables: values are in millions. */
    public static final double MONETARY_FACTOR = 1e6;
    /** The name of each region's single final-demand category. */
    public static final String FINAL_DEMAND = "final_demand";
    /** Names are zero-padded to three digits, so at most 1000 regions or sectors sort correctly. */
    public static final int MAX_NAMES = 1000;

    private static final long GOLDEN = 0x9E3779B97F4A7C15L;
    private static final double TWO_POW_MINUS_53 = 0x1.0p-53;
    private static final int Z_STREAM = 1;
    private static final int Y_STREAM = 2;

    private final int n;
    private final int m;
    private final int p;
    private final long zKey;
    private final long yKey;

    private SyntheticMrio(int regions, int sectors, long seed) {
        this.n = regions;
        this.m = sectors;
        this.p = regions * sectors;
        this.zKey = streamKey(seed, Z_STREAM);
        this.yKey = streamKey(seed, Y_STREAM);
    }

    /**
     * Generates the table for {@code regions × sectors} industries.
     *
     * @param regions number of regions n, 1 to {@value #MAX_NAMES}
     * @param sectors number of sectors m, 1 to {@value #MAX_NAMES}
     * @param seed    the generator seed (the reference table uses 42)
     * @throws IllegalArgumentException if a count is out of range or Z would exceed 2^31 non-zeros
     */
    public static IoTable generate(int regions, int sectors, long seed) {
        if (regions < 1 || regions > MAX_NAMES || sectors < 1 || sectors > MAX_NAMES) {
            throw new IllegalArgumentException(
                    "regions and sectors must be between 1 and " + MAX_NAMES + ", got " + regions + " x " + sectors);
        }
        return new SyntheticMrio(regions, sectors, seed).table();
    }

    /**
     * The recipe's uniform number {@code U(stream, c)} in [0, 1), exposed for the test vectors.
     *
     * @param seed   generator seed
     * @param stream 1 for Z, 2 for Y
     * @param cell   cell counter c (i·p + j for Z, i·n + r for Y)
     */
    public static double uniform(long seed, int stream, long cell) {
        return uniform(streamKey(seed, stream), cell);
    }

    private IoTable table() {
        long[] zRowSums = new long[p];
        long[] zColSums = new long[p];
        int[] rowStart = countAndSum(zRowSums, zColSums);
        SparseMatrix z = fillZ(rowStart);
        long[][] y = finalDemand();
        long[] x = new long[p];
        for (int i = 0; i < p; i++) {
            long rowSumY = rowSum(y[i]);
            long deficit = (3 * zColSums[i] + 1) / 2 - zRowSums[i] - rowSumY;
            if (deficit > 0) {
                y[i][region(i)] += deficit;
                rowSumY += deficit;
            }
            x[i] = zRowSums[i] + rowSumY;
        }
        return new IoTable(
                industries(),
                finalDemandColumns(),
                z,
                toMatrix(y),
                toDoubles(x),
                IoTable.Units.MONETARY,
                MONETARY_FACTOR,
                Optional.empty());
    }

    /** First pass: row and column sums of Z and the CSR row pointers. */
    private int[] countAndSum(long[] rowSums, long[] colSums) {
        int[] rowStart = new int[p + 1];
        long nonZeros = 0;
        for (int i = 0; i < p; i++) {
            long rowSum = 0;
            for (int j = 0; j < p; j++) {
                long flow = flow(i, j);
                rowSum += flow;
                colSums[j] += flow;
                nonZeros += flow != 0 ? 1 : 0;
            }
            rowSums[i] = rowSum;
            if (nonZeros > Integer.MAX_VALUE - 8) {
                throw new IllegalArgumentException("Z of " + n + " x " + m + " has more than 2^31 non-zeros");
            }
            rowStart[i + 1] = (int) nonZeros;
        }
        return rowStart;
    }

    /** Second pass: the non-zeros of Z, recomputed into arrays of the exact size. */
    private SparseMatrix fillZ(int[] rowStart) {
        int[] columns = new int[rowStart[p]];
        double[] values = new double[rowStart[p]];
        for (int i = 0; i < p; i++) {
            int k = rowStart[i];
            for (int j = 0; j < p; j++) {
                long flow = flow(i, j);
                if (flow != 0) {
                    columns[k] = j;
                    values[k++] = flow;
                }
            }
        }
        return new SparseMatrix(p, p, rowStart, columns, values);
    }

    private long flow(int i, int j) {
        double u = uniform(zKey, (long) i * p + j);
        double w = region(i) == region(j) ? 1000.0 * n : 1000.0;
        return (long) Math.floor(w * ((u * u) * u));
    }

    /** Y before the deficit step, one row per industry, one column per region. */
    private long[][] finalDemand() {
        long[][] y = new long[p][n];
        for (int i = 0; i < p; i++) {
            for (int r = 0; r < n; r++) {
                double u = uniform(yKey, (long) i * n + r);
                double w = region(i) == r ? 1000.0 * m * n : 1000.0 * m;
                y[i][r] = (long) Math.floor(w * u);
            }
            y[i][region(i)] += 1;
        }
        return y;
    }

    private int region(int industry) {
        return industry / m;
    }

    private List<Industry> industries() {
        List<Industry> industries = new ArrayList<>(p);
        for (int r = 0; r < n; r++) {
            for (int s = 0; s < m; s++) {
                industries.add(new Industry(String.format("R%03d", r), String.format("S%03d", s)));
            }
        }
        return industries;
    }

    private List<FinalDemandColumn> finalDemandColumns() {
        List<FinalDemandColumn> columns = new ArrayList<>(n);
        for (int r = 0; r < n; r++) {
            columns.add(new FinalDemandColumn(String.format("R%03d", r), FINAL_DEMAND));
        }
        return columns;
    }

    private SparseMatrix toMatrix(long[][] y) {
        SparseMatrix.Builder builder = new SparseMatrix.Builder(p, n);
        for (int i = 0; i < p; i++) {
            for (int r = 0; r < n; r++) {
                builder.add(i, r, y[i][r]);
            }
        }
        return builder.build();
    }

    private static long rowSum(long[] row) {
        long sum = 0;
        for (long v : row) {
            sum += v;
        }
        return sum;
    }

    private static double[] toDoubles(long[] values) {
        double[] doubles = new double[values.length];
        for (int i = 0; i < values.length; i++) {
            doubles[i] = values[i];
        }
        return doubles;
    }

    private static long streamKey(long seed, int stream) {
        return mix64(seed + stream * GOLDEN);
    }

    private static double uniform(long streamKey, long cell) {
        return (mix64(streamKey + (cell + 1) * GOLDEN) >>> 11) * TWO_POW_MINUS_53;
    }

    private static long mix64(long z) {
        z = (z ^ (z >>> 30)) * 0xBF58476D1CE4E5B9L;
        z = (z ^ (z >>> 27)) * 0x94D049BB133111EBL;
        return z ^ (z >>> 31);
    }
}
