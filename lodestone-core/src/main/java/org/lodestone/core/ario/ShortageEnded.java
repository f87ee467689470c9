package org.lodestone.core.ario;

/**
 * An industry no longer falls short of its demand ({@link ShortageBegan} gives the rule):
 * published at the end of the first step after a shortage in which it produced at least
 * {@code (1 − THRESHOLD)} of D_tot. A shortage still going at the end of the run has no end.
 *
 * @param step     the first step without shortage
 * @param industry the industry's index
 */
public record ShortageEnded(int step, int industry) {

    /** Receives shortages as they end. */
    @FunctionalInterface
    public interface Handler {
        void handle(ShortageEnded end);
    }
}
