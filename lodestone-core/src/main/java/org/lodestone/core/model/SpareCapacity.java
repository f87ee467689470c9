package org.lodestone.core.model;

import java.util.Objects;

/**
 * How much one producer can add above its usual output, and how fast: a row of
 * {@code spare_capacity.csv} (dataset format version 2). It replaces the model's
 * {@code alpha-max} for this producer by {@code 1 + spareShare} and the overproduction
 * adjustment time {@code alpha-tau} by {@code rampDays} (ARIO-SPEC 4.2; see
 * {@code docs/engine.md}, "Supplier qualification and spare capacity").
 *
 * @param commodity  what the producer makes
 * @param region     where
 * @param spareShare output it can add above its usual output, as a share of it, finite and ≥ 0
 * @param rampDays   the adjustment time of its overproduction, in days, finite and ≥ 1
 * @param provenance where the numbers come from
 */
public record SpareCapacity(
        CommodityId commodity, RegionId region, double spareShare, double rampDays, Provenance provenance) {

    public SpareCapacity {
        Objects.requireNonNull(commodity, "commodity");
        Objects.requireNonNull(region, "region");
        if (!(spareShare >= 0) || Double.isInfinite(spareShare)) {
            throw new IllegalArgumentException(
                    "spare share of " + commodity + " in " + region + " must be finite and >= 0, was " + spareShare);
        }
        if (!(rampDays >= 1) || Double.isInfinite(rampDays)) {
            throw new IllegalArgumentException(
                    "ramp days of " + commodity + " in " + region + " must be finite and >= 1, was " + rampDays);
        }
        Objects.requireNonNull(provenance, "provenance");
    }

    /** This row with other numbers (the values an uncertainty block varies), same provenance. */
    public SpareCapacity with(double share, double days) {
        return new SpareCapacity(commodity, region, share, days, provenance);
    }
}
