package org.lodestone.core.mrio;

/**
 * Partial substitution of one (input product, buying industry) pair of a table: once the input
 * falls short, the buyer can make a share of its output without it that rises linearly from 0 to
 * {@code substitutable} over {@code days} steps (see {@code docs/engine.md}). A pair without one
 * keeps the table's meaning: a hard input, or one that never binds (infinite inventory target).
 *
 * @param sector        the input product, an index of {@link IoTable#sectors()}
 * @param industry      the buying industry, an index of {@link IoTable#industries()}
 * @param substitutable share of output that can be made without the input once the ramp is
 *                      complete, in [0, 1]
 * @param days          steps (days) the ramp takes, finite and ≥ 0
 * @param inventoryDays the pair's target inventory in days of use, NaN for the model's default;
 *                      finite, since a substitutable input must be able to run short
 */
public record SubstitutableInput(int sector, int industry, double substitutable, double days, double inventoryDays) {

    public SubstitutableInput {
        if (sector < 0 || industry < 0) {
            throw new IllegalArgumentException("sector and industry must be >= 0, were " + sector + ", " + industry);
        }
        if (!(substitutable >= 0 && substitutable <= 1)) {
            throw new IllegalArgumentException("substitutable share must be in [0, 1], was " + substitutable);
        }
        if (!(days >= 0) || Double.isInfinite(days)) {
            throw new IllegalArgumentException("substitution days must be finite and >= 0, was " + days);
        }
        if (Double.isInfinite(inventoryDays) || inventoryDays < 0) {
            throw new IllegalArgumentException("inventory days must be finite and >= 0 or NaN, was " + inventoryDays);
        }
    }
}
