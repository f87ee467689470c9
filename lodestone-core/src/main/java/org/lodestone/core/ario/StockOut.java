package org.lodestone.core.ario;

/**
 * A buyer ran out of an input in the engine's sense (ARIO-SPEC 4.5): at the start of step
 * {@code step} its inventory of the input was below ψ times the stock its planned output needs
 * ({@code ψ · min(D_tot, capacity) · a · inventory days}), so the input cuts its production; the
 * buyer's {@link StepView#limitingInputs()} counts it. The stock need not be empty: the engine
 * rations what is left. Published at the end of the first step of each such spell.
 *
 * @param step    the first step the input limits production
 * @param buyer   the buying industry's index
 * @param product the input's product (sector) index
 * @param stock   the inventory at the start of that step
 */
public record StockOut(int step, int buyer, int product, double stock) {

    /** Receives stock-outs as they begin. */
    @FunctionalInterface
    public interface Handler {
        void handle(StockOut stockOut);
    }
}
