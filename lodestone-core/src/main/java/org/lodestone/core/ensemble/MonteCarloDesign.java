package org.lodestone.core.ensemble;

import org.lodestone.core.uncertainty.MemberDraws;
import org.lodestone.core.uncertainty.Uncertainty;

/**
 * A Monte Carlo ensemble: member k's inputs are drawn from the uncertainty block's distributions
 * with the uniforms of (seed, k) ({@link MemberDraws}).
 *
 * @param uncertainty the inputs and the seed
 * @param size        number of members
 */
public record MonteCarloDesign(Uncertainty uncertainty, long size) implements MemberDesign {

    private static final long serialVersionUID = 1L;

    public MonteCarloDesign {
        if (size < 1) {
            throw new IllegalArgumentException("an ensemble needs at least one member, got " + size);
        }
    }

    @Override
    public double[] values(long index) {
        return MemberDraws.values(uncertainty, index);
    }
}
