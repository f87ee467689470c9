package org.lodestone.core.extraction;

/**
 * A hypothetical cut of one industry's supply: its output falls by {@code fraction} of its baseline
 * (1 removes it, the classic hypothetical extraction).
 *
 * @param industry index of the industry (a region's producer of one commodity)
 * @param fraction share of its output removed, in [0, 1]
 */
public record Cut(int industry, double fraction) {

    public Cut {
        if (industry < 0) {
            throw new IllegalArgumentException("industry index must be >= 0, was " + industry);
        }
        requireFraction(fraction);
    }

    /** @throws IllegalArgumentException unless {@code fraction} is in [0, 1] */
    public static double requireFraction(double fraction) {
        if (!(fraction >= 0 && fraction <= 1)) {
            throw new IllegalArgumentException("cut fraction must be in [0, 1], was " + fraction);
        }
        return fraction;
    }

    /** The whole output removed. */
    public static Cut whole(int industry) {
        return new Cut(industry, 1);
    }
}
