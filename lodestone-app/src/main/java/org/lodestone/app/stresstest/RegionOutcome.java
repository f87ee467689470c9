package org.lodestone.app.stresstest;

import java.util.List;
import java.util.Objects;
import java.util.Optional;
import org.lodestone.core.shortfall.Role;
import org.lodestone.core.shortfall.ShortfallMetrics;

/**
 * The outcome of one scenario for the coalition, one member or one other region.
 *
 * @param region       the coalition id, or a region code
 * @param role         coalition, member, or another region (shown for context)
 * @param finalSeries  delivered final commodity (AI compute) relative to baseline per day; empty
 *                     when the region has no node of it
 * @param compute      the shortfall metrics of {@code finalSeries}, empty when it is empty
 * @param losses       commodities the region's own nodes lose output of, most lost first
 */
public record RegionOutcome(
        String region,
        Role role,
        double[] finalSeries,
        Optional<ShortfallMetrics> compute,
        List<CommodityLoss> losses) {

    public RegionOutcome {
        Objects.requireNonNull(region, "region");
        Objects.requireNonNull(role, "role");
        finalSeries = finalSeries.clone();
        Objects.requireNonNull(compute, "compute");
        losses = List.copyOf(losses);
    }

    /** The commodity that lost most, if any lost output. */
    public Optional<CommodityLoss> mostHit() {
        return losses.isEmpty() ? Optional.empty() : Optional.of(losses.get(0));
    }

    /** The layer of the most-hit commodity, or {@code none}. */
    public String mostHitLayer() {
        return mostHit().map(CommodityLoss::layer).orElse("none");
    }

    @Override
    public double[] finalSeries() {
        return finalSeries.clone();
    }
}
