package org.lodestone.core.model;

import java.util.Objects;

/**
 * Annual final use of a commodity in a region (use that is not an input to another commodity of
 * the dataset).
 *
 * @param commodity    what is used
 * @param region       where
 * @param unitsPerYear how much, in the commodity's unit per year
 * @param provenance   where the number comes from
 */
public record FinalDemand(CommodityId commodity, RegionId region, double unitsPerYear, Provenance provenance) {

    public FinalDemand {
        Objects.requireNonNull(commodity, "commodity");
        Objects.requireNonNull(region, "region");
        Quantities.requireNonNegative(unitsPerYear, "final demand of " + commodity + " in " + region);
        Objects.requireNonNull(provenance, "provenance");
    }
}
