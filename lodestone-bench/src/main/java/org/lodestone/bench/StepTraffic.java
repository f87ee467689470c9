package org.lodestone.bench;

import java.util.BitSet;
import org.lodestone.core.ario.ArioModel;
import org.lodestone.core.mrio.IoTable;

/**
 * A model of the bytes one ARIO step moves between memory and the cores, counted from the loops
 * of {@code ArioRun}, {@code FlowPasses} and {@code Inventories} as they stand: the supplier pass
 * streams the values of Z and the input entry of each flow once ({@value #CSR_BYTES_PER_FLOW_PASS}
 * bytes per flow), or, for a row the engine reads dense ({@link ArioModel#readsRowDense}), a value
 * per buyer ({@value #DENSE_BYTES_PER_BUYER} bytes, zero where there is no flow), or, for a product
 * whose flows it reads by buyer ({@link ArioModel#readsRowByBuyer}), a value, an input entry and a
 * supplier slot per flow ({@value #BY_BUYER_BYTES_PER_FLOW} bytes); it reads each row (or product)
 * a second time, for its weights and shortfalls, while it is in cache, not counted; deliveries make
 * no pass over the flows), and the per-step loops over the
 * input entries, the (product of the supplier, buyer) pairs with a stored flow, move about
 * {@value #BYTES_PER_INPUT_ENTRY} bytes per entry: stock totals and each buyer's cover 29
 * (production constraint: nothing while output stays below the cover, else 28 in buyer order, not
 * counted); clearing the weight sums and shortfalls 16; the supplier pass's read-modify-write of
 * the weight sums 16 and its reads of the order units 8; deliveries from weight sums, shortfalls
 * and units 32; the order units 24; inventory check and update 52; orders 73. Per-industry vectors
 * add about {@value #BYTES_PER_INDUSTRY} bytes.
 *
 * <p>Caches are ignored: it is the traffic of a step whose arrays do not fit in cache, read
 * sequentially. On a network as sparse as {@link SparseNetworks}' the passes reach the entries
 * in scattered order and each access fetches a whole 64-byte line, so the real traffic is higher.
 *
 * @param flows        non-zeros of Z
 * @param denseRows    rows of Z read dense
 * @param denseFlows   non-zeros of Z in those rows
 * @param byBuyerFlows non-zeros of Z read by buyer
 * @param inputEntries distinct (product of supplier, buyer) pairs with a flow
 * @param industries   P
 */
record StepTraffic(long flows, long denseRows, long denseFlows, long byBuyerFlows, long inputEntries, long industries) {

    static final int CSR_BYTES_PER_FLOW_PASS = 12;
    static final int DENSE_BYTES_PER_BUYER = 8;
    static final int BY_BUYER_BYTES_PER_FLOW = 16;
    static final int CSR_PASSES = 1;
    static final int BYTES_PER_INPUT_ENTRY = 250;
    static final int BYTES_PER_INDUSTRY = 200;

    /** The traffic of {@code model}'s step; counts its input entries in one pass over Z (a bit per S × P cell). */
    static StepTraffic of(ArioModel model) {
        IoTable table = model.table();
        int p = table.size();
        long cells = (long) table.sectors().size() * p;
        if (cells > Integer.MAX_VALUE) {
            throw new IllegalArgumentException("S x P = " + cells + " cells exceed what one array can index");
        }
        BitSet entries = new BitSet((int) cells);
        int[] rowStart = table.z().rowStart();
        int[] columns = table.z().columns();
        long denseRows = 0;
        long denseFlows = 0;
        long byBuyerFlows = 0;
        for (int i = 0; i < p; i++) {
            if (model.readsRowDense(i)) {
                denseRows++;
                denseFlows += rowStart[i + 1] - rowStart[i];
            } else if (model.readsRowByBuyer(i)) {
                byBuyerFlows += rowStart[i + 1] - rowStart[i];
            }
            int row = table.productOf(i) * p;
            for (int k = rowStart[i]; k < rowStart[i + 1]; k++) {
                entries.set(row + columns[k]);
            }
        }
        return new StepTraffic(table.z().nonZeros(), denseRows, denseFlows, byBuyerFlows, entries.cardinality(), p);
    }

    /**
     * Bytes of Z streamed once, sparse rows as CSR, dense rows a value per buyer and products read
     * by buyer 16 bytes per flow: the floor of the step's flow pass.
     */
    long csrBytes() {
        return CSR_PASSES
                * (CSR_BYTES_PER_FLOW_PASS * (flows - denseFlows - byBuyerFlows)
                        + BY_BUYER_BYTES_PER_FLOW * byBuyerFlows
                        + DENSE_BYTES_PER_BUYER * denseRows * industries);
    }

    /** Bytes of the product × industry arrays, as the engine visits them. */
    long inputEntryBytes() {
        return BYTES_PER_INPUT_ENTRY * inputEntries;
    }

    /** All bytes of the step. */
    long totalBytes() {
        return csrBytes() + inputEntryBytes() + BYTES_PER_INDUSTRY * industries;
    }
}
