package org.lodestone.core.uncertainty;

import java.util.SplittableRandom;

/**
 * The uniform numbers of ensemble member k: a {@link SplittableRandom} seeded from (seed, k)
 * alone, so a member's draws do not depend on which thread, task or machine computes it, nor on
 * the other members. The stream's seed is {@code mix(mix(seed) + k · γ)}, with Stafford's
 * variant-13 mixer and γ the golden-ratio increment of SplittableRandom; distinct members get
 * distinct streams.
 */
public final class MemberDraws {

    private static final long GOLDEN_GAMMA = 0x9e3779b97f4a7c15L;
    private static final double ULP = 0x1.0p-53;

    private MemberDraws() {}

    /**
     * The first {@code count} uniforms of member {@code member}, each in the open interval (0, 1).
     *
     * @throws IllegalArgumentException if member or count is negative
     */
    public static double[] uniforms(long seed, long member, int count) {
        if (member < 0 || count < 0) {
            throw new IllegalArgumentException("member and count must be >= 0, got " + member + " and " + count);
        }
        SplittableRandom random = new SplittableRandom(mix(mix(seed) + member * GOLDEN_GAMMA));
        double[] u = new double[count];
        for (int n = 0; n < count; n++) {
            u[n] = ((random.nextLong() >>> 11) + 0.5) * ULP;
        }
        return u;
    }

    /** Member k's values of every varied input: uniform n through the quantile of input n's distribution. */
    public static double[] values(Uncertainty uncertainty, long member) {
        double[] u = uniforms(uncertainty.seed(), member, uncertainty.vary().size());
        for (int n = 0; n < u.length; n++) {
            u[n] = uncertainty.vary().get(n).distribution().quantile(u[n]);
        }
        return u;
    }

    private static long mix(long z) {
        z = (z ^ (z >>> 30)) * 0xbf58476d1ce4e5b9L;
        z = (z ^ (z >>> 27)) * 0x94d049bb133111ebL;
        return z ^ (z >>> 31);
    }
}
