package org.lodestone.core.ario;

import java.util.Arrays;

/**
 * The (input product, buyer) pairs that have a stored flow, the only pairs of the S × P
 * product-by-industry space an ARIO step can change: every other pair has no delivery, no use and
 * no order, so its inventory stays at its initial value (0, or +∞ when its target is infinite).
 * The model and the run keep their product-by-industry quantities in arrays indexed by entry, so
 * memory and work follow the number of flows, not S × P (a network of 1,000,000 industries and
 * 100 products has 10⁸ pairs but about 10⁷ entries).
 *
 * <p>Entries are numbered in ascending {@code s · P + j} order, the order of the dense loops of
 * the reference implementation.
 */
final class InputEntries {

    /** Number of entries. */
    final int count;
    /** {@code s · P + j} of each entry, ascending. */
    final int[] cell;
    /** The buyer j of each entry. */
    final int[] buyer;
    /** The input product s of each entry. */
    final int[] product;
    /** The entry of each stored flow of Z (CSR order): the pair (product of its supplier, its buyer). */
    final int[] ofFlow;
    /** Where each buyer's entries start in {@link #byBuyer} (and, last, its length). */
    final int[] byBuyerStart;
    /** The entries grouped by buyer, ascending within a buyer: a buyer's inputs, for per-buyer work inside a supplier pass. */
    final int[] byBuyer;

    private final int p;

    private InputEntries(int p, int[] cell, int[] ofFlow) {
        this.p = p;
        this.count = cell.length;
        this.cell = cell;
        this.ofFlow = ofFlow;
        this.buyer = new int[count];
        this.product = new int[count];
        for (int e = 0; e < count; e++) {
            buyer[e] = cell[e] % p;
            product[e] = cell[e] / p;
        }
        this.byBuyerStart = new int[p + 1];
        for (int e = 0; e < count; e++) {
            byBuyerStart[buyer[e] + 1]++;
        }
        for (int j = 0; j < p; j++) {
            byBuyerStart[j + 1] += byBuyerStart[j];
        }
        this.byBuyer = new int[count];
        int[] next = Arrays.copyOf(byBuyerStart, p);
        for (int e = 0; e < count; e++) {
            byBuyer[next[buyer[e]]++] = e;
        }
    }

    /**
     * The entries of a CSR matrix of flows between {@code p} industries whose suppliers make the
     * products {@code productOf}, out of {@code s} products.
     *
     * @throws IllegalArgumentException if S × P exceeds what an int can number
     */
    static InputEntries of(int[] productOf, int[] rowStart, int[] columns, int p, int s) {
        long cells = (long) s * p;
        if (cells > Integer.MAX_VALUE) {
            throw new IllegalArgumentException(
                    s + " products x " + p + " industries = " + cells + " input pairs, more than " + Integer.MAX_VALUE);
        }
        long[] bits = new long[(int) ((cells + 63) >>> 6)];
        for (int i = 0; i < p; i++) {
            int row = productOf[i] * p;
            for (int k = rowStart[i]; k < rowStart[i + 1]; k++) {
                int c = row + columns[k];
                bits[c >>> 6] |= 1L << c;
            }
        }
        // rank of each word's first bit: the entry number of a cell is rank[word] + the set bits below it in its word
        int[] rank = new int[bits.length];
        int n = 0;
        for (int w = 0; w < bits.length; w++) {
            rank[w] = n;
            n += Long.bitCount(bits[w]);
        }
        int[] cell = new int[n];
        int e = 0;
        for (int w = 0; w < bits.length; w++) {
            for (long word = bits[w]; word != 0; word &= word - 1) {
                cell[e++] = (w << 6) + Long.numberOfTrailingZeros(word);
            }
        }
        int[] ofFlow = new int[rowStart[p]];
        for (int i = 0; i < p; i++) {
            int row = productOf[i] * p;
            for (int k = rowStart[i]; k < rowStart[i + 1]; k++) {
                int c = row + columns[k];
                ofFlow[k] = rank[c >>> 6] + Long.bitCount(bits[c >>> 6] & ((1L << c) - 1));
            }
        }
        return new InputEntries(p, cell, ofFlow);
    }

    /** The entry of (product, buyer), or −1 if no flow of that product reaches that buyer. */
    int find(int product, int buyer) {
        int e = Arrays.binarySearch(cell, product * p + buyer);
        return e >= 0 ? e : -1;
    }
}
