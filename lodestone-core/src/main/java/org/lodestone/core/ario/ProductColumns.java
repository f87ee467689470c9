package org.lodestone.core.ario;

import java.util.Arrays;

/**
 * The flows of each product's suppliers stored again in buyer order, for the supplier pass of a
 * large sparse table (a network of a million firms, where each supplier sells to a few buyers
 * spread over the whole table): reading a product's flows by buyer, the pass reads and writes the
 * per-(product, buyer) sums (order units, weight sums, shortfalls) in order, once each, instead
 * of at scattered entries row by row; what it gathers per supplier (its order sum) and scatters
 * (its weight and rationing factors) then sits in a small per-supplier array.
 *
 * <p>Bit for bit the row pass's: within a buyer the flows keep the order of the suppliers
 * ({@link ArioModel#rowsByProduct}), so each per-entry sum adds the same terms in the same order;
 * a supplier's order sum is taken in the four partial sums {@code OrderWeights.rowDot} takes, by
 * position in the row ({@link #slot}), each in the row's order (its buyers ascending).
 *
 * <p>Kept for tables of more than {@link DenseRows#MIN_FLOWS} flows, for the products without a
 * dense row; the pass takes it for a product none of whose suppliers is restricted now or next.
 * Memory: 16 bytes per flow.
 */
final class ProductColumns {

    private static final ProductColumns NONE =
            new ProductColumns(new int[0], new int[0], new int[0], new double[0], new int[0], new int[0], 0);

    /** Per product: where its flows start and end, or −1 when it is not kept. */
    private final int[] flowStart;

    private final int[] flowEnd;
    /** Per product: where its suppliers start in {@link ArioModel#rowsByProduct} (and, last, P). */
    private final int[] supplierStart;
    /** Z of each flow, by product, then buyer, then supplier in pass order. */
    final double[] values;
    /** The input entry (product, buyer) of each flow. */
    final int[] entry;
    /** 4 × the supplier's place among its product's suppliers + the partial sum its flow adds to. */
    final int[] slot;
    /** The most suppliers a product has. */
    final int maxSuppliers;

    private ProductColumns(
            int[] flowStart,
            int[] flowEnd,
            int[] supplierStart,
            double[] values,
            int[] entry,
            int[] slot,
            int maxSuppliers) {
        this.flowStart = flowStart;
        this.flowEnd = flowEnd;
        this.supplierStart = supplierStart;
        this.values = values;
        this.entry = entry;
        this.slot = slot;
        this.maxSuppliers = maxSuppliers;
    }

    /** No product kept: the row pass for every supplier. */
    static ProductColumns none() {
        return NONE;
    }

    /** The products of the model without a dense row, on a table of more than {@link DenseRows#MIN_FLOWS} flows. */
    static ProductColumns of(ArioModel m) {
        if (m.zValues.length <= DenseRows.MIN_FLOWS) {
            return NONE;
        }
        int[] first = productFirst(m);
        boolean[] kept = new boolean[m.s];
        int maxSuppliers = 0;
        for (int s = 0; s < m.s; s++) {
            kept[s] = true;
            for (int n = first[s]; n < first[s + 1]; n++) {
                int i = m.rowsByProduct[n];
                kept[s] &= !m.denseRows.isDense(i);
            }
            maxSuppliers = Math.max(maxSuppliers, first[s + 1] - first[s]);
        }
        return fill(m, first, kept, maxSuppliers);
    }

    /** Per product: where its suppliers start in {@link ArioModel#rowsByProduct} (and, last, P). */
    private static int[] productFirst(ArioModel m) {
        int[] first = new int[m.s + 1];
        for (int i = 0; i < m.p; i++) {
            first[m.productOf[i] + 1]++;
        }
        for (int s = 0; s < m.s; s++) {
            first[s + 1] += first[s];
        }
        return first;
    }

    /** Sorts each kept product's flows by entry, stably (so suppliers stay in pass order within a buyer). */
    private static ProductColumns fill(ArioModel m, int[] first, boolean[] kept, int maxSuppliers) {
        int[] flowStart = new int[m.s];
        int[] flowEnd = new int[m.s];
        int total = 0;
        for (int s = 0; s < m.s; s++) {
            flowStart[s] = kept[s] ? total : -1;
            for (int n = first[s]; n < first[s + 1] && kept[s]; n++) {
                int i = m.rowsByProduct[n];
                total += m.zRowStart[i + 1] - m.zRowStart[i];
            }
            flowEnd[s] = kept[s] ? total : -1;
        }
        double[] values = new double[total];
        int[] entry = new int[total];
        int[] slot = new int[total];
        int[] next = new int[m.entries.count + 1];
        for (int k = 0; k < m.zValues.length; k++) {
            next[m.entries.ofFlow[k] + 1]++;
        }
        for (int s = 0; s < m.s; s++) {
            if (kept[s]) {
                place(m, first[s], first[s + 1], flowStart[s], next, values, entry, slot);
            }
        }
        return new ProductColumns(flowStart, flowEnd, first, values, entry, slot, maxSuppliers);
    }

    /** One product: {@code next} holds flow counts per entry on entry, shifted by one. */
    private static void place(
            ArioModel m, int from, int to, int start, int[] next, double[] values, int[] entry, int[] slot) {
        int firstEntry = Integer.MAX_VALUE;
        int lastEntry = -1;
        for (int n = from; n < to; n++) {
            int i = m.rowsByProduct[n];
            for (int k = m.zRowStart[i]; k < m.zRowStart[i + 1]; k++) {
                firstEntry = Math.min(firstEntry, m.entries.ofFlow[k]);
                lastEntry = Math.max(lastEntry, m.entries.ofFlow[k]);
            }
        }
        int at = start;
        for (int e = firstEntry; e <= lastEntry; e++) {
            int count = next[e + 1];
            next[e + 1] = at;
            at += count;
        }
        for (int n = from; n < to; n++) {
            int i = m.rowsByProduct[n];
            int rowFirst = m.zRowStart[i];
            int full = rowFirst + (m.zRowStart[i + 1] - rowFirst) / 4 * 4;
            for (int k = rowFirst; k < m.zRowStart[i + 1]; k++) {
                int f = next[m.entries.ofFlow[k] + 1]++;
                values[f] = m.zValues[k];
                entry[f] = m.entries.ofFlow[k];
                slot[f] = 4 * (n - from) + (k < full ? (k - rowFirst) % 4 : 0);
            }
        }
    }

    /** Whether the product's flows are kept by buyer. */
    boolean keeps(int product) {
        return flowStart.length > 0 && flowStart[product] >= 0;
    }

    /** Where the suppliers after {@code product}'s start in {@link ArioModel#rowsByProduct}. */
    int suppliersEnd(int product) {
        return supplierStart[product + 1];
    }

    /** A worker's per-supplier arrays for one product at a time. */
    static final class Scratch {
        /** The four partial order sums of each supplier, in pass order. */
        final double[] partial;
        /** Each supplier's weight factor ({@code σ · rNext}, or 1 for fixed orders). */
        final double[] weight;
        /** Each supplier's rationing factor ({@code factor − x/D_tot · factor}; 0 when it delivers in full). */
        final double[] rationed;

        Scratch(int suppliers) {
            this.partial = new double[4 * suppliers];
            this.weight = new double[suppliers];
            this.rationed = new double[suppliers];
        }
    }

    /**
     * The four partial order sums of each supplier of {@code product} into {@code sums} (4 per
     * supplier, in pass order, cleared first), each {@code Σ Z · unit} as {@code OrderWeights.rowDot}
     * adds them.
     */
    void orderSums(int product, int suppliers, double[] unit, double[] sums) {
        Arrays.fill(sums, 0, 4 * suppliers, 0);
        int end = flowEnd[product];
        for (int f = flowStart[product]; f < end; f++) {
            sums[slot[f]] += values[f] * unit[entry[f]];
        }
    }

    /**
     * Adds each flow's {@code Z · weight} of its supplier to the weight sums and, for a supplier
     * that rations ({@code rationed != 0}), {@code Z · rationed} to the shortfalls, as
     * {@code OrderWeights.addWeightsAndShortfalls} adds a row's.
     */
    void addWeightsAndShortfalls(
            int product, double[] weight, double[] rationed, double[] weightSums, double[] shortfalls) {
        int end = flowEnd[product];
        for (int f = flowStart[product]; f < end; f++) {
            int e = entry[f];
            int supplier = slot[f] >>> 2;
            double z = values[f];
            weightSums[e] += z * weight[supplier];
            double r = rationed[supplier];
            if (r != 0) {
                shortfalls[e] += z * r;
            }
        }
    }
}
