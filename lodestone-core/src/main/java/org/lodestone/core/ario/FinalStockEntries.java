package org.lodestone.core.ario;

import org.lodestone.core.mrio.FinalBuyerStock;
import org.lodestone.core.mrio.IoTable;
import org.lodestone.core.mrio.SparseMatrix;

/**
 * The stored entries of final demand whose buyers hold a stock: each entry (supplier i, column c)
 * of F whose (product of i, c) pair the table gives a stock of more than 0 days.
 *
 * @param entries   indices of the stored entries of F, ascending
 * @param suppliers the row (supplying industry) of each
 * @param days      the stock of each in steps of use, &gt; 0 or +∞
 */
record FinalStockEntries(int[] entries, int[] suppliers, double[] days) {

    /**
     * The entries of {@code f} with a stock; none (empty arrays) for a table without final stocks.
     * Runs once per model (each ensemble member), so it uses arrays and small methods, no boxing
     * or streams (C2 compiled its boxed form on the stack and again whole, ~1.5 s per ensemble).
     */
    static FinalStockEntries of(IoTable table, SparseMatrix f, int[] productOf) {
        int q = table.finalDemandColumns().size();
        double[] byPair = stockDays(table, q);
        if (byPair == null) {
            return new FinalStockEntries(new int[0], new int[0], new double[0]);
        }
        int[] start = f.rowStart();
        int[] cols = f.columns();
        int count = 0;
        for (int i = 0; i < f.rows(); i++) {
            count += stockedIn(byPair, productOf[i] * q, cols, start[i], start[i + 1]);
        }
        int[] entries = new int[count];
        int[] suppliers = new int[count];
        double[] days = new double[count];
        int next = 0;
        for (int i = 0; i < f.rows(); i++) {
            next = collect(byPair, productOf[i] * q, cols, start[i], start[i + 1], i, next, entries, suppliers, days);
        }
        return new FinalStockEntries(entries, suppliers, days);
    }

    /** Days of stock per (sector × q + column), 0 for none (a later row of a pair wins); null when no stock. */
    private static double[] stockDays(IoTable table, int q) {
        double[] byPair = null;
        for (FinalBuyerStock st : table.finalStocks()) {
            if (st.days() > 0) {
                if (byPair == null) {
                    byPair = new double[table.sectors().size() * q];
                }
                byPair[st.sector() * q + st.column()] = st.days();
            }
        }
        return byPair;
    }

    /** How many of the entries {@code from..to} of a row whose pairs start at {@code base} have a stock. */
    private static int stockedIn(double[] byPair, int base, int[] cols, int from, int to) {
        int count = 0;
        for (int k = from; k < to; k++) {
            count += byPair[base + cols[k]] > 0 ? 1 : 0;
        }
        return count;
    }

    /** Adds row i's stocked entries at {@code next}; returns the next free index. */
    private static int collect(
            double[] byPair,
            int base,
            int[] cols,
            int from,
            int to,
            int i,
            int next,
            int[] entries,
            int[] suppliers,
            double[] days) {
        int at = next;
        for (int k = from; k < to; k++) {
            double d = byPair[base + cols[k]];
            if (d > 0) {
                entries[at] = k;
                suppliers[at] = i;
                days[at] = d;
                at++;
            }
        }
        return at;
    }
}
