package org.lodestone.core.ario;

/**
 * The rows of Z stored dense, for the supplier pass of a nearly dense table (an MRIO, where
 * most industries sell to most industries): such a row holds a value for every buyer, zero
 * where the table has no flow, and no column indices. The pass then streams 8 bytes per buyer
 * instead of 12 per flow (value and input entry), and reads and writes the per-(product, buyer)
 * arrays in order rather than through the entry of each flow.
 *
 * <p>A row is stored dense when the table has more than {@value #MIN_FLOWS} flows, the row holds
 * flows to at least {@value #MIN_SHARE_PERCENT} % of the buyers (below, padding moves more bytes
 * than the indices it saves) and its supplier's product reaches every buyer (its input entries are
 * then the buyers in order, from {@link #entryBase}). Small tables (the reference case) and sparse
 * networks (every bundled dataset) have no dense row and keep the sparse pass unchanged.
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

    private static final DenseRows NONE = new DenseRows(new int[0], new double[0], new int[0], new int[0], 0);

    /** Per industry: the index of its dense row, or −1 for a sparse one. */
    private final int[] slot;
    /** Per industry: its product's first input entry (the entry of buyer j is that + j), for dense rows. */
    private final int[] base;
    /** The dense rows, {@code P} values each, row by row. */
    final double[] values;
    /** Per product: its first input entry; the entry of (product, buyer j) of a dense row is that + j. */
    final int[] entryBase;

    private final int p;

    private DenseRows(int[] slot, double[] values, int[] entryBase, int[] productOf, int p) {
        this.slot = slot;
        this.base = new int[productOf.length];
        for (int i = 0; i < productOf.length; i++) {
            base[i] = entryBase.length == 0 ? 0 : entryBase[productOf[i]];
        }
        this.values = values;
        this.entryBase = entryBase;
        this.p = p;
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
        int[] slot = new int[p];
        long rows = 0;
        for (int i = 0; i < p; i++) {
            int flows = m.zRowStart[i + 1] - m.zRowStart[i];
            boolean dense = complete[m.productOf[i]] && 100L * flows >= (long) MIN_SHARE_PERCENT * p;
            // one array holds them all: keep the rows that fit within an int's reach
            slot[i] = dense && (rows + 1) * p <= Integer.MAX_VALUE - 8 ? (int) rows++ : -1;
        }
        if (rows == 0) {
            return NONE;
        }
        double[] values = new double[(int) (rows * p)];
        for (int i = 0; i < p; i++) {
            if (slot[i] >= 0) {
                int base = slot[i] * p;
                for (int k = m.zRowStart[i]; k < m.zRowStart[i + 1]; k++) {
                    values[base + m.zColumns[k]] = m.zValues[k];
                }
            }
        }
        return new DenseRows(slot, values, entryBase, m.productOf, p);
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

    /** Whether supplier i's row is stored dense. */
    boolean isDense(int i) {
        return slot.length > 0 && slot[i] >= 0;
    }

    /** Where supplier i's dense row starts in {@link #values}. */
    int start(int i) {
        return slot[i] * p;
    }

    /**
     * Σ_j Z[i,j] · unit[entry of (product of i, j)] over supplier i's dense row, the orders it
     * received ({@code OrderWeights.rowDot} for a sparse row): four partial sums by column, so the
     * sum can differ from the sparse form's in its last bit (the padding's zeros add nothing).
     */
    double dot(int i, double[] unit) {
        int start = start(i);
        int b = base[i];
        double s0 = 0;
        double s1 = 0;
        double s2 = 0;
        double s3 = 0;
        int j = 0;
        for (; j + 3 < p; j += 4) {
            s0 += values[start + j] * unit[b + j];
            s1 += values[start + j + 1] * unit[b + j + 1];
            s2 += values[start + j + 2] * unit[b + j + 2];
            s3 += values[start + j + 3] * unit[b + j + 3];
        }
        for (; j < p; j++) {
            s0 += values[start + j] * unit[b + j];
        }
        return (s0 + s1) + (s2 + s3);
    }

    /**
     * Supplier i's weights {@code Z · weightNext} and shortfalls {@code Z · rationed} added to the
     * per-entry sums, as {@code OrderWeights} adds a sparse row's: padding adds +0, so each sum is
     * bit for bit the sparse form's.
     */
    void addWeightsAndShortfalls(int i, double[] weights, double[] shortfalls, double weightNext, double rationed) {
        int start = start(i);
        int b = base[i];
        if (rationed == 0) {
            for (int j = 0; j < p; j++) {
                weights[b + j] += values[start + j] * weightNext;
            }
            return;
        }
        for (int j = 0; j < p; j++) {
            double z = values[start + j];
            weights[b + j] += z * weightNext;
            shortfalls[b + j] += z * rationed;
        }
    }
}
