package org.lodestone.core.dependency;

import java.util.Collection;
import java.util.List;

/**
 * What a group of buyers needs of one upstream sector, directly and at every tier, and where it is
 * produced.
 *
 * @param sector   index of the upstream sector; -1 for the sum over all sectors (monetary tables)
 * @param tier     the shortest supply chain from the buyers to the sector: 1 for a direct input
 * @param byRegion all-tier requirement produced in each region (indexed like
 *                 {@link StackTable#regions()}), in the sector's unit per year
 * @param direct   first-tier (direct) requirement by region, in the sector's unit per year
 */
public record SectorRequirement(int sector, int tier, double[] byRegion, double[] direct) {

    public SectorRequirement {
        byRegion = byRegion.clone();
        direct = direct.clone();
    }

    /** The all-tier requirement, summed over regions, in the sector's unit per year. */
    public double total() {
        double sum = 0;
        for (double v : byRegion) {
            sum += v;
        }
        return sum;
    }

    /** Share of the all-tier requirement produced in a region, in [0, 1]; 0 when nothing is required. */
    public double share(int region) {
        double total = total();
        return total > 0 ? byRegion[region] / total : 0;
    }

    /** Combined all-tier share of several regions, in [0, 1]. */
    public double shareOf(Collection<Integer> regions) {
        return regions.stream().mapToDouble(this::share).sum();
    }

    /** Share of the direct (first-tier) requirement bought from the given regions; NaN when not a direct input. */
    public double directShareOf(Collection<Integer> regions) {
        double total = 0;
        for (double v : direct) {
            total += v;
        }
        final double sum = total;
        return sum > 0 ? regions.stream().mapToDouble(r -> direct[r] / sum).sum() : Double.NaN;
    }

    /** The region producing the largest part of the requirement, skipping those in {@code notEligible}; -1 if none. */
    public int topRegion(List<Boolean> notEligible) {
        int best = -1;
        for (int r = 0; r < byRegion.length; r++) {
            if (!notEligible.get(r) && byRegion[r] > 0 && (best < 0 || byRegion[r] > byRegion[best])) {
                best = r;
            }
        }
        return best;
    }
}
