package org.lodestone.core.ario;

/**
 * One worker's copy of one product's order units, weight sums and shortfalls, indexed by buyer,
 * for the dense rows of that product ({@link DenseRows}): the loops over a dense row then index
 * every array by their counter alone, which C2 vectorises. {@link #hold} copies the product's
 * part of the per-entry arrays in ({@code entryBase[product] + j} for buyer j, the product
 * reaching every buyer), {@link #release} copies the sums back. Between the two, only the dense
 * rows of that product may add to them: a supplier read another way writes the per-entry arrays,
 * so the pass releases first, and every sum keeps the order of the suppliers.
 */
final class BuyerSums {

    /** The held product's order units, by buyer. */
    final double[] unit;
    /** The held product's weight sums of the orders this step places, by buyer. */
    final double[] weights;
    /** The held product's deliveries' shortfalls, by buyer. */
    final double[] shortfalls;

    /** Scratch for a block of dense rows ({@link DenseRows#BLOCK}): their order sums, weight factors and rationed shares. */
    final double[] blockSums = new double[DenseRows.BLOCK];

    final double[] blockWeights = new double[DenseRows.BLOCK];
    final double[] blockRationed = new double[DenseRows.BLOCK];

    private final int[] entryBase;
    private double[] entryWeights;
    private double[] entryShortfalls;
    /** The product held, or −1. */
    private int held = -1;

    BuyerSums(int buyers, int[] entryBase) {
        this.unit = new double[buyers];
        this.weights = new double[buyers];
        this.shortfalls = new double[buyers];
        this.entryBase = entryBase;
    }

    /**
     * Holds {@code product}'s sums (releasing another product's first), read from the per-entry
     * {@code unit}, {@code entryWeights} and {@code entryShortfalls}, to which {@link #release}
     * writes them back.
     */
    void hold(int product, double[] unitByEntry, double[] entryWeights, double[] entryShortfalls) {
        if (held == product) {
            return;
        }
        release();
        int base = entryBase[product];
        System.arraycopy(unitByEntry, base, unit, 0, unit.length);
        System.arraycopy(entryWeights, base, weights, 0, weights.length);
        System.arraycopy(entryShortfalls, base, shortfalls, 0, shortfalls.length);
        this.entryWeights = entryWeights;
        this.entryShortfalls = entryShortfalls;
        held = product;
    }

    /** Writes the held product's sums back to the per-entry arrays; nothing if none is held. */
    void release() {
        if (held < 0) {
            return;
        }
        int base = entryBase[held];
        System.arraycopy(weights, 0, entryWeights, base, weights.length);
        System.arraycopy(shortfalls, 0, entryShortfalls, base, shortfalls.length);
        held = -1;
    }
}
