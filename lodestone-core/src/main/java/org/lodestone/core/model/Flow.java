package org.lodestone.core.model;

import java.util.Objects;

/**
 * Observed annual trade of a commodity from an exporter to an importer.
 *
 * @param commodity    what is traded
 * @param exporter     from
 * @param importer     to
 * @param unitsPerYear how much, in the commodity's unit per year
 * @param provenance   where the number comes from
 */
public record Flow(
        CommodityId commodity, RegionId exporter, RegionId importer, double unitsPerYear, Provenance provenance) {

    public Flow {
        Objects.requireNonNull(commodity, "commodity");
        Objects.requireNonNull(exporter, "exporter");
        Objects.requireNonNull(importer, "importer");
        Quantities.requireNonNegative(unitsPerYear, "flow of " + commodity);
        Objects.requireNonNull(provenance, "provenance");
    }
}
