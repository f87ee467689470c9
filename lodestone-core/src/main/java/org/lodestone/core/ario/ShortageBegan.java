package org.lodestone.core.ario;

/**
 * An industry began to fall short of the demand addressed to it. An industry is short in step t
 * when its production is below {@code (1 − THRESHOLD)} of its total demand D_tot (orders received
 * + orderable final demand + rebuild demand, ARIO-SPEC 4.1) as the step produces it, whether
 * capacity or an input limits it. Published at the end of the first step of each such spell.
 *
 * @param step       the first step of the shortage
 * @param industry   the industry's index
 * @param production what it produced that step
 * @param demand     D_tot that step
 */
public record ShortageBegan(int step, int industry, double production, double demand) {

    /** The share of demand production may miss without counting as a shortage (0.1 %, as {@code ShortfallMetrics}). */
    public static final double THRESHOLD = 0.001;

    /** Receives shortages as they begin. */
    @FunctionalInterface
    public interface Handler {
        void handle(ShortageBegan shortage);
    }
}
