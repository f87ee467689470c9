package org.lodestone.core.ario;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
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

    /** The entries of {@code f} with a stock; none (empty arrays) for a table without final stocks. */
    static FinalStockEntries of(IoTable table, SparseMatrix f, int[] productOf) {
        int q = table.finalDemandColumns().size();
        Map<Long, Double> byPair = new HashMap<>();
        for (FinalBuyerStock st : table.finalStocks()) {
            if (st.days() > 0) {
                byPair.put((long) st.sector() * q + st.column(), st.days());
            }
        }
        List<int[]> found = new ArrayList<>();
        List<Double> days = new ArrayList<>();
        int[] start = f.rowStart();
        int[] cols = f.columns();
        for (int i = 0; i < f.rows() && !byPair.isEmpty(); i++) {
            for (int k = start[i]; k < start[i + 1]; k++) {
                Double d = byPair.get((long) productOf[i] * q + cols[k]);
                if (d != null) {
                    found.add(new int[] {k, i});
                    days.add(d);
                }
            }
        }
        return new FinalStockEntries(
                found.stream().mapToInt(e -> e[0]).toArray(),
                found.stream().mapToInt(e -> e[1]).toArray(),
                days.stream().mapToDouble(Double::doubleValue).toArray());
    }
}
