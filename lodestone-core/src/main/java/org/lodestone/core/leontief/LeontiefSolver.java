package org.lodestone.core.leontief;

import java.util.Arrays;
import java.util.Objects;
import java.util.stream.IntStream;
import org.lodestone.core.mrio.IoTable;
import org.lodestone.core.mrio.SparseMatrix;

/**
 * Solves Leontief systems on the technical coefficients of an input-output table,
 * {@code A = Z·diag(1/x)} ({@code a_ij}: units of industry i used per unit of j's output), without
 * forming A or any inverse: {@code U = L·B} and {@code U = Lᵀ·B} for the Leontief inverse
 * {@code L = (I − A)⁻¹} and one or several right-hand sides B.
 *
 * <p>Method: the power (Neumann) series {@code L = I + A + A² + …} (Waugh 1950, "Inversion of the
 * Leontief matrix by power series", Econometrica 18(2)), run as the Jacobi iteration
 * {@code U ← B + A·U} from {@code U = B}, stopped when, for every right-hand side, the largest change
 * is at most {@link #DEFAULT_TOLERANCE} times its largest entry. It converges for every productive
 * table (spectral radius ρ(A) &lt; 1) at rate ρ(A); on an acyclic network A is nilpotent and the
 * series is exact after as many steps as the longest supply chain. For non-negative right-hand
 * sides the tail of the series is bracketed by the Collatz–Wielandt ratios of its last two terms
 * and the midpoint returned once the bracket is within the tolerance ({@link SeriesConvergence}): a
 * rigorous stop that roughly halves the iterations on a dense MRIO. Each entry of A is
 * unit-consistent in a physical table, and so is every column of L.
 *
 * <p>Cost: O(iterations × nnz(Z) × right-hand sides) time and O(P × right-hand sides) memory besides
 * Z. A dense inverse would need P² doubles (768 MB at P = 9,800) and O(P³) time. Work is split into
 * blocks of industries run in parallel; each entry is summed in the same order whatever the number
 * of threads, so results are reproducible bit for bit. Industries with {@code x = 0} have a zero
 * column in A.
 */
public final class LeontiefSolver {

    /** Relative change at which the series is taken as converged. */
    public static final double DEFAULT_TOLERANCE = 1e-12;
    /** Iterations after which the table is taken as not productive. */
    public static final int MAX_ITERATIONS = 100_000;

    /** Right-hand sides solved together: 16 doubles per industry keep a chunk of 9,800 industries in L2 cache. */
    static final int CHUNK = 16;
    /** A last chunk this narrow is solved one right-hand side at a time rather than padded to {@value #CHUNK}. */
    static final int SINGLES = 3;

    private static final long PARALLEL_WORK = 2_000_000;

    private final SparseMatrix z;
    private final double[] inverseX;
    private final int p;
    private final double tolerance;

    /** A solver for {@code table}'s coefficients with the default tolerance. */
    public LeontiefSolver(IoTable table) {
        this(table, DEFAULT_TOLERANCE);
    }

    /**
     * @param table     the table
     * @param tolerance relative change per right-hand side at which to stop, in (0, 1)
     */
    public LeontiefSolver(IoTable table, double tolerance) {
        Objects.requireNonNull(table, "table");
        if (!(tolerance > 0 && tolerance < 1)) {
            throw new IllegalArgumentException("tolerance must be in (0, 1), was " + tolerance);
        }
        this.z = table.z();
        this.p = table.size();
        this.tolerance = tolerance;
        double[] x = table.x();
        this.inverseX = new double[p];
        for (int j = 0; j < p; j++) {
            inverseX[j] = x[j] > 0 ? 1 / x[j] : 0;
        }
    }

    /** Number of industries P. */
    public int size() {
        return p;
    }

    /** The technical coefficient {@code a_ij = z_ij / x_j}. O(log row length). */
    public double coefficient(int i, int j) {
        return z.get(i, j) * inverseX[j];
    }

    /** {@code L·b}: what every industry produces, at all tiers, to deliver {@code b} (each entry in its industry's unit). */
    public double[] solve(double[] b) {
        return solve(b, 1);
    }

    /** {@code Lᵀ·b}: for every industry j, {@code Σ_i b_i L_ij}. */
    public double[] solveTransposed(double[] b) {
        return solveTransposed(b, 1);
    }

    /**
     * {@code L·B} for K right-hand sides stored industry-major: entry (i, k) at {@code [i·K + k]}.
     *
     * @throws IllegalStateException if the series does not converge (the table is not productive)
     */
    public double[] solve(double[] b, int k) {
        return inChunks(b, k, false);
    }

    /**
     * {@code Lᵀ·B} for K right-hand sides stored industry-major: entry (j, k) at {@code [j·K + k]}.
     *
     * @throws IllegalStateException if the series does not converge (the table is not productive)
     */
    public double[] solveTransposed(double[] b, int k) {
        return inChunks(b, k, true);
    }

    /**
     * Solves one right-hand side alone, or several in chunks of {@value #CHUNK} (the last one padded
     * with zeros, or solved singly when at most {@value #SINGLES} wide): the fixed width lets the inner
     * loops vectorise and keeps a chunk's iterates in cache.
     */
    private double[] inChunks(double[] b, int k, boolean transposed) {
        requireShape(b, k);
        if (k == 1) {
            return transposed ? chunkTransposed(b, 1) : chunk(b, 1);
        }
        double[] result = new double[b.length];
        for (int first = 0; first < k; first += CHUNK) {
            int width = Math.min(CHUNK, k - first);
            if (width <= SINGLES) {
                for (int r = first; r < k; r++) {
                    double[] one = new double[p];
                    for (int i = 0; i < p; i++) {
                        one[i] = b[i * k + r];
                    }
                    double[] solved = transposed ? chunkTransposed(one, 1) : chunk(one, 1);
                    for (int i = 0; i < p; i++) {
                        result[i * k + r] = solved[i];
                    }
                }
                break;
            }
            double[] chunk = new double[p * CHUNK];
            for (int i = 0; i < p; i++) {
                System.arraycopy(b, i * k + first, chunk, i * CHUNK, width);
            }
            double[] solved = transposed ? chunkTransposed(chunk, CHUNK) : chunk(chunk, CHUNK);
            for (int i = 0; i < p; i++) {
                System.arraycopy(solved, i * CHUNK, result, i * k + first, width);
            }
        }
        return result;
    }

    private double[] chunk(double[] b, int k) {
        double[] scaled = new double[b.length];
        return iterate(b, k, (u, next) -> {
            for (int j = 0; j < p; j++) {
                for (int r = 0; r < k; r++) {
                    scaled[j * k + r] = u[j * k + r] * inverseX[j];
                }
            }
            forBlocks(k, (from, to) -> gatherRows(scaled, b, next, k, from, to));
        });
    }

    private double[] chunkTransposed(double[] b, int k) {
        return iterate(b, k, (u, next) -> forBlocks(k, (from, to) -> scatterColumns(u, b, next, k, from, to)));
    }

    /** {@code next_i = b_i + Σ_j z_ij·scaled_j} for rows in [from, to). */
    private void gatherRows(double[] scaled, double[] b, double[] next, int k, int from, int to) {
        int[] rowStart = z.rowStart();
        int[] columns = z.columns();
        double[] values = z.values();
        for (int i = from; i < to; i++) {
            if (k == 1) {
                double sum = b[i];
                for (int e = rowStart[i]; e < rowStart[i + 1]; e++) {
                    sum += values[e] * scaled[columns[e]];
                }
                next[i] = sum;
                continue;
            }
            int out = i * CHUNK;
            System.arraycopy(b, out, next, out, CHUNK);
            for (int e = rowStart[i]; e < rowStart[i + 1]; e++) {
                double zij = values[e];
                int in = columns[e] * CHUNK;
                for (int r = 0; r < CHUNK; r++) {
                    next[out + r] += zij * scaled[in + r];
                }
            }
        }
    }

    /** {@code next_j = b_j + (1/x_j)·Σ_i z_ij·u_i} for columns in [from, to), rows in order. */
    private void scatterColumns(double[] u, double[] b, double[] next, int k, int from, int to) {
        int[] rowStart = z.rowStart();
        int[] columns = z.columns();
        double[] values = z.values();
        Arrays.fill(next, from * k, to * k, 0);
        for (int i = 0; i < p; i++) {
            int e = from == 0 ? rowStart[i] : Arrays.binarySearch(columns, rowStart[i], rowStart[i + 1], from);
            e = e >= 0 ? e : -e - 1;
            int end = rowStart[i + 1];
            int in = i * k;
            if (k == 1) {
                double ui = u[i];
                for (; e < end && columns[e] < to; e++) {
                    next[columns[e]] += values[e] * ui;
                }
                continue;
            }
            for (; e < end && columns[e] < to; e++) {
                double zij = values[e];
                int out = columns[e] * CHUNK;
                for (int r = 0; r < CHUNK; r++) {
                    next[out + r] += zij * u[in + r];
                }
            }
        }
        for (int j = from; j < to; j++) {
            for (int r = 0; r < k; r++) {
                next[j * k + r] = b[j * k + r] + inverseX[j] * next[j * k + r];
            }
        }
    }

    private interface Step {
        void apply(double[] u, double[] next);
    }

    private interface Block {
        void run(int from, int to);
    }

    private double[] iterate(double[] b, int k, Step step) {
        boolean nonNegative = Arrays.stream(b).allMatch(v -> v >= 0);
        double[] u = b.clone();
        double[] next = new double[b.length];
        double[] increment = b.clone();
        for (int iteration = 1; iteration <= MAX_ITERATIONS; iteration++) {
            step.apply(u, next);
            double[] done =
                    SeriesConvergence.check(u, next, increment, k, nonNegative ? tolerance : -1, tolerance, iteration);
            if (done != null) {
                return done;
            }
            double[] swap = u;
            u = next;
            next = swap;
        }
        throw new IllegalStateException("the Leontief series did not converge in " + MAX_ITERATIONS
                + " iterations: the table is not productive (spectral radius of A >= 1)");
    }

    private void forBlocks(int k, Block block) {
        long work = (long) z.nonZeros() * k;
        int blocks =
                work < PARALLEL_WORK ? 1 : Math.min(p, 4 * Runtime.getRuntime().availableProcessors());
        if (blocks == 1) {
            block.run(0, p);
            return;
        }
        IntStream.range(0, blocks)
                .parallel()
                .forEach(t -> block.run((int) ((long) p * t / blocks), (int) ((long) p * (t + 1) / blocks)));
    }

    private void requireShape(double[] b, int k) {
        if (k < 1 || b.length != (long) p * k) {
            throw new IllegalArgumentException(
                    "right-hand sides must hold P x K = " + p + " x " + k + " entries, not " + b.length);
        }
    }
}
