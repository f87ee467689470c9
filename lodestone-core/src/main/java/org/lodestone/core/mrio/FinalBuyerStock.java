package org.lodestone.core.mrio;

/**
 * The stock the final buyers of one column of a table hold of one product, in days (steps) of
 * their use: they draw it down when deliveries fall short and lose final demand only once it is
 * empty ({@code docs/engine.md}, "Final buyers' stocks"). A (product, column) pair without one
 * holds none, as in the reference.
 *
 * @param sector the product, an index of {@link IoTable#sectors()}
 * @param column the final-demand column, an index of {@link IoTable#finalDemandColumns()}
 * @param days   the stock in days of use, ≥ 0; {@code +∞} for buyers that never run short
 */
public record FinalBuyerStock(int sector, int column, double days) {

    public FinalBuyerStock {
        if (sector < 0 || column < 0) {
            throw new IllegalArgumentException("sector and column must be >= 0, were " + sector + ", " + column);
        }
        if (!(days >= 0)) {
            throw new IllegalArgumentException("final stock days must be >= 0 or infinite, was " + days);
        }
    }
}
