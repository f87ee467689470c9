package org.lodestone.core.ario;

/**
 * The entries of a run's product-by-industry arrays ({@code [s * P + j]}) that can change: the
 * (input product, buyer) pairs with a stored flow, plus those a stock release fills. The others
 * never move from their initial value (no delivery, no use, no order: inventory 0, or +∞ when
 * the target is infinite), so the per-step passes visit only these entries. On the bundled
 * dataset that is about 2% of S × P.
 *
 * <p>The idle entries still count where the dense passes would see them: an infinite idle
 * inventory makes its buyer's total stock +∞, and its target (0 · ∞, NaN) is never "close", so
 * orders are never the plain replacement of what was used.
 */
final class InputEntries {

    /** Indices s · P + j, ascending (the order of the dense loops). */
    final int[] index;
    /** The buyer j of each entry. */
    final int[] buyer;
    /** The input product s of each entry. */
    final int[] product;
    /** Per buyer: an idle entry of it holds an infinite inventory. */
    final boolean[] idleInfinite;
    /** Some idle entry holds an infinite inventory. */
    final boolean anyIdleInfinite;

    /**
     * @param flows   the model's entries with a stored flow, ascending
     * @param extra   further entries (stock releases), any order, duplicates allowed
     * @param stocks  the initial inventories, S × P
     */
    InputEntries(int p, int[] flows, int[] extra, double[] stocks) {
        boolean[] active = new boolean[stocks.length];
        for (int sj : flows) {
            active[sj] = true;
        }
        for (int sj : extra) {
            active[sj] = true;
        }
        int n = 0;
        for (boolean a : active) {
            n += a ? 1 : 0;
        }
        this.index = new int[n];
        this.buyer = new int[n];
        this.product = new int[n];
        this.idleInfinite = new boolean[p];
        boolean anyInfinite = false;
        int e = 0;
        for (int sj = 0; sj < stocks.length; sj++) {
            if (active[sj]) {
                index[e] = sj;
                buyer[e] = sj % p;
                product[e] = sj / p;
                e++;
            } else if (Double.isInfinite(stocks[sj])) {
                idleInfinite[sj % p] = true;
                anyInfinite = true;
            }
        }
        this.anyIdleInfinite = anyInfinite;
    }
}
