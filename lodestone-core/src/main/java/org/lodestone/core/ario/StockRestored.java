package org.lodestone.core.ario;

/**
 * An input no longer limits its buyer's production ({@link StockOut} gives the rule): published at
 * the end of the first step after a stock-out in which the inventory was back at or above the
 * constraint.
 *
 * @param step    the first step the input does not limit production
 * @param buyer   the buying industry's index
 * @param product the input's product (sector) index
 */
public record StockRestored(int step, int buyer, int product) {

    /** Receives stock-outs as they end. */
    @FunctionalInterface
    public interface Handler {
        void handle(StockRestored restored);
    }
}
