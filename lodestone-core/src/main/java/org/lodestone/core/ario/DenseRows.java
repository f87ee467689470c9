package org.lodestone.core.ario;

/**
 * The rows of Z stored dense, for the supplier pass of a nearly dense table (an MRIO, where
 * most industries sell to most industries): such a row holds a value for every buyer, zero
 * where the table has no flow, and no column indices. The pass then streams 8 bytes per buyer
 * instead of 12 per flow (value and input entry), and reads and writes the per-(product, buyer)
 * sums in order rather than through the entry of each flow.
 *
 * <p>A row is stored dense when the table has more than {@value #MIN_FLOWS} flows, the row holds
 * flows to at least {@value #MIN_SHARE_PERCENT} % of the buyers (below, padding moves more bytes
 * than the indices it saves) and its supplier's product reaches every buyer (its input entries are
 * then the buyers in order, from {@link #entryBase}). Small tables (the reference case) and sparse
 * networks (every bundled dataset) have no dense row and keep the sparse pass unchanged.
 *
 * <p>Each row is an array of its own, and the pass works on a copy of the product's sums indexed
 * by buyer ({@link BuyerSums}): every array of the loops is then indexed by the loop's counter
 * alone, the form HotSpot's C2 (Java 17) turns into vector instructions; with a different offset
 * per array it does not. The weights and shortfalls are added element by element (vectorised);
 * the order sum, a reduction, is not.
 *
 * <p>Four consecutive dense rows of one product are read as a block ({@link #dots}, then
 * {@link #addWeightsAndShortfalls(int[], int, BuyerSums, double[], double[])}): the order unit is
 * read once for four rows and four rows stream at once, which the single-row reduction, waiting
 * on memory between its adds, does not; each sum is still added in the single rows' order.
 *
 * <p>Padding adds {@code +0} to each per-entry sum, which leaves it bit for bit as it was. The
 * one sum taken within a row, the supplier's orders ({@code OrderWeights.rowDot}), adds the
 * products in four partial sums by column instead of by position among the flows, so a dense
 * row's order sum can differ from the sparse form's in its last bit; it is fixed by the table
 * alone, so results stay identical whatever the number of threads.
 *
 * <p>Memory: 8 bytes per cell of each dense row, beside the table's sparse Z (which events,
 * watches and set-up still read).
 */
final class DenseRows {

    /**
     * Tables with at most this many flows keep every row sparse: their flows fit in cache, where
     * the indices cost little; the same size below which a one-worker run takes the phased pass of
     * {@link FlowPasses}, so the two passes never meet one table.
     */
    static final int MIN_FLOWS = FlowPasses.PHASED_FLOWS;
    /** A row is stored dense from this share of the buyers, in percent. */
    static final int MIN_SHARE_PERCENT = 67;
    /** Dense rows of one product read together by {@link #dots} and {@link #addWeightsAndShortfalls(int[], int, BuyerSums, double[], double[])}. */
    static final int BLOCK = 4;

    private static final DenseRows NONE = new DenseRows(new double[0][], new int[0]);

    /** Per industry: its dense row, a value per buyer, or null for a sparse one. */
    private final double[][] rows;
    /** Per product: its first input entry; the entry of (product, buyer j) of a dense row is that + j. */
    final int[] entryBase;

    private DenseRows(double[][] rows, int[] entryBase) {
        this.rows = rows;
        this.entryBase = entryBase;
    }

    /** No dense row: the sparse pass for every supplier. */
    static DenseRows none() {
        return NONE;
    }

    /** The dense rows of the model's Z, by the rule of the class comment. */
    static DenseRows of(ArioModel m) {
        return of(m, MIN_FLOWS);
    }

    /** As {@link #of(ArioModel)}, for tables of more than {@code minFlows} flows (tests lower it). */
    static DenseRows of(ArioModel m, int minFlows) {
        int p = m.p;
        if (m.zValues.length <= minFlows) {
            return NONE;
        }
        int[] entryBase = new int[m.s];
        boolean[] complete = completeProducts(m.entries, m.s, p, entryBase);
        double[][] rows = new double[p][];
        boolean any = false;
        for (int i = 0; i < p; i++) {
            int flows = m.zRowStart[i + 1] - m.zRowStart[i];
            if (complete[m.productOf[i]] && 100L * flows >= (long) MIN_SHARE_PERCENT * p) {
                double[] row = new double[p];
                for (int k = m.zRowStart[i]; k < m.zRowStart[i + 1]; k++) {
                    row[m.zColumns[k]] = m.zValues[k];
                }
                rows[i] = row;
                any = true;
            }
        }
        return any ? new DenseRows(rows, entryBase) : NONE;
    }

    /** Per product: whether it has an input entry for every buyer; sets {@code entryBase} for those. */
    private static boolean[] completeProducts(InputEntries entries, int s, int p, int[] entryBase) {
        int[] count = new int[s];
        for (int e = 0; e < entries.count; e++) {
            count[entries.product[e]]++;
        }
        boolean[] complete = new boolean[s];
        int first = 0;
        for (int sp = 0; sp < s; sp++) {
            entryBase[sp] = first;
            complete[sp] = count[sp] == p;
            first += count[sp];
        }
        return complete;
    }

    /** Whether the table has a dense row at all. */
    boolean any() {
        return rows.length > 0;
    }

    /** Whether supplier i's row is stored dense. */
    boolean isDense(int i) {
        return rows.length > 0 && rows[i] != null;
    }

    /** Supplier i's dense row, a value per buyer (null for a sparse row). */
    double[] row(int i) {
        return rows[i];
    }

    /**
     * Σ_j Z[i,j] · unit[j] over supplier i's dense row, the orders it received
     * ({@code OrderWeights.rowDot} for a sparse row), {@code unit} its product's order units by
     * buyer ({@link BuyerSums#unit}): four partial sums by column, so the sum can differ from the
     * sparse form's in its last bit (the padding's zeros add nothing).
     */
    double dot(int i, double[] unit) {
        double[] row = rows[i];
        int p = row.length;
        double s0 = 0;
        double s1 = 0;
        double s2 = 0;
        double s3 = 0;
        int j = 0;
        for (; j + 3 < p; j += 4) {
            s0 += row[j] * unit[j];
            s1 += row[j + 1] * unit[j + 1];
            s2 += row[j + 2] * unit[j + 2];
            s3 += row[j + 3] * unit[j + 3];
        }
        for (; j < p; j++) {
            s0 += row[j] * unit[j];
        }
        return (s0 + s1) + (s2 + s3);
    }

    /**
     * {@link #dot} of the {@value #BLOCK} rows {@code order[n]}, ..., {@code order[n + 3]}, into
     * {@code sums[0..3]}, bit for bit four calls of it: each row keeps its four partial sums by
     * column. Reading {@code unit} once for four rows, and four rows' streams at a time, is what
     * makes the block pay (the single-row loop waits on memory between its adds).
     */
    void dots(int[] order, int n, double[] unit, double[] sums) {
        double[] r0 = rows[order[n]];
        double[] r1 = rows[order[n + 1]];
        double[] r2 = rows[order[n + 2]];
        double[] r3 = rows[order[n + 3]];
        int p = r0.length;
        double a0 = 0, a1 = 0, a2 = 0, a3 = 0, b0 = 0, b1 = 0, b2 = 0, b3 = 0;
        double c0 = 0, c1 = 0, c2 = 0, c3 = 0, d0 = 0, d1 = 0, d2 = 0, d3 = 0;
        int j = 0;
        for (; j + 3 < p; j += 4) {
            double u0 = unit[j], u1 = unit[j + 1], u2 = unit[j + 2], u3 = unit[j + 3];
            a0 += r0[j] * u0;
            a1 += r0[j + 1] * u1;
            a2 += r0[j + 2] * u2;
            a3 += r0[j + 3] * u3;
            b0 += r1[j] * u0;
            b1 += r1[j + 1] * u1;
            b2 += r1[j + 2] * u2;
            b3 += r1[j + 3] * u3;
            c0 += r2[j] * u0;
            c1 += r2[j + 1] * u1;
            c2 += r2[j + 2] * u2;
            c3 += r2[j + 3] * u3;
            d0 += r3[j] * u0;
            d1 += r3[j + 1] * u1;
            d2 += r3[j + 2] * u2;
            d3 += r3[j + 3] * u3;
        }
        for (; j < p; j++) {
            a0 += r0[j] * unit[j];
            b0 += r1[j] * unit[j];
            c0 += r2[j] * unit[j];
            d0 += r3[j] * unit[j];
        }
        sums[0] = (a0 + a1) + (a2 + a3);
        sums[1] = (b0 + b1) + (b2 + b3);
        sums[2] = (c0 + c1) + (c2 + c3);
        sums[3] = (d0 + d1) + (d2 + d3);
    }

    /**
     * {@link #addWeightsAndShortfalls(int, BuyerSums, double, double)} of the {@value #BLOCK} rows
     * {@code order[n..n+3]} in that order, bit for bit: each sum adds the four rows' terms left to
     * right, as four calls would, in one pass over the sums. A row whose {@code rationed} is 0
     * adds {@code ±0} to the shortfalls, which leaves them as they were (they start at +0).
     */
    void addWeightsAndShortfalls(int[] order, int n, BuyerSums sums, double[] weightNext, double[] rationed) {
        double[] r0 = rows[order[n]];
        double[] r1 = rows[order[n + 1]];
        double[] r2 = rows[order[n + 2]];
        double[] r3 = rows[order[n + 3]];
        double[] weights = sums.weights;
        double w0 = weightNext[0], w1 = weightNext[1], w2 = weightNext[2], w3 = weightNext[3];
        int p = r0.length;
        if (rationed[0] == 0 && rationed[1] == 0 && rationed[2] == 0 && rationed[3] == 0) {
            for (int j = 0; j < p; j++) {
                weights[j] = weights[j] + r0[j] * w0 + r1[j] * w1 + r2[j] * w2 + r3[j] * w3;
            }
            return;
        }
        double[] shortfalls = sums.shortfalls;
        double s0 = rationed[0], s1 = rationed[1], s2 = rationed[2], s3 = rationed[3];
        for (int j = 0; j < p; j++) {
            double z0 = r0[j], z1 = r1[j], z2 = r2[j], z3 = r3[j];
            weights[j] = weights[j] + z0 * w0 + z1 * w1 + z2 * w2 + z3 * w3;
            shortfalls[j] = shortfalls[j] + z0 * s0 + z1 * s1 + z2 * s2 + z3 * s3;
        }
    }

    /**
     * Supplier i's weights {@code Z · weightNext} and shortfalls {@code Z · rationed} added to its
     * product's sums by buyer ({@link BuyerSums}), as {@code OrderWeights} adds a sparse row's to
     * the per-entry sums: padding adds +0, so each sum is bit for bit the sparse form's.
     */
    void addWeightsAndShortfalls(int i, BuyerSums sums, double weightNext, double rationed) {
        double[] row = rows[i];
        double[] weights = sums.weights;
        int p = row.length;
        if (rationed == 0) {
            for (int j = 0; j < p; j++) {
                weights[j] += row[j] * weightNext;
            }
            return;
        }
        double[] shortfalls = sums.shortfalls;
        for (int j = 0; j < p; j++) {
            double z = row[j];
            weights[j] += z * weightNext;
            shortfalls[j] += z * rationed;
        }
    }
}
