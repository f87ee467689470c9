package org.lodestone.core.model;

import java.util.Objects;

/**
 * Annual production of one commodity in one region.
 *
 * @param commodity      what is produced
 * @param region         where
 * @param unitsPerYear   how much, in the commodity's unit per year
 * @param provenance     where the number comes from
 */
public record Production(CommodityId commodity, RegionId region, double unitsPerYear, Provenance provenance) {

    public Production {
        Objects.requireNonNull(commodity, "commodity");
        Objects.requireNonNull(region, "region");
        Quantities.requireNonNegative(unitsPerYear, "production of " + commodity + " in " + region);
        Objects.requireNonNull(provenance, "provenance");
    }
}
