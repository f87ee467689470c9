package org.lodestone.core.model;

import java.util.Objects;
import java.util.Optional;

/**
 * The value of one unit of a final measure, a row of {@code values.csv} (dataset format version
 * 2): what a unit sells for and the share of that which is value added where it is made. Value at
 * risk is units not delivered × {@code valuePerUnitUsd} × {@code valueAddedShare}, in US dollars
 * of {@code priceYear}.
 *
 * @param commodity        the final measure valued
 * @param region           the region the value applies to; empty for every region without a row
 *                         of its own
 * @param valuePerUnitUsd  US dollars (of {@code priceYear}) per unit of the commodity, ≥ 0
 * @param valueAddedShare  share of that value which is value added where it is made, in [0, 1]
 * @param priceYear        the year whose dollars {@code valuePerUnitUsd} is in
 * @param provenance       where the numbers come from
 */
public record UnitValue(
        CommodityId commodity,
        Optional<RegionId> region,
        double valuePerUnitUsd,
        double valueAddedShare,
        int priceYear,
        Provenance provenance) {

    public UnitValue {
        Objects.requireNonNull(commodity, "commodity");
        Objects.requireNonNull(region, "region");
        if (!(valuePerUnitUsd >= 0) || Double.isInfinite(valuePerUnitUsd)) {
            throw new IllegalArgumentException(
                    "value per unit of " + commodity + " must be finite and >= 0, was " + valuePerUnitUsd);
        }
        if (!(valueAddedShare >= 0 && valueAddedShare <= 1)) {
            throw new IllegalArgumentException(
                    "value-added share of " + commodity + " must be in [0, 1], was " + valueAddedShare);
        }
        Objects.requireNonNull(provenance, "provenance");
    }

    /** US dollars of value added per unit: value per unit × value-added share. */
    public double valueAddedPerUnitUsd() {
        return valuePerUnitUsd * valueAddedShare;
    }
}
