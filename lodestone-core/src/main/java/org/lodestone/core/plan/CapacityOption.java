package org.lodestone.core.plan;

import java.util.Objects;
import org.lodestone.core.model.CommodityId;
import org.lodestone.core.model.RegionId;

/**
 * New production capacity the coalition may build: how much is chosen by the planner.
 *
 * @param region          where it is built (a member, or a candidate partner)
 * @param commodity       what it makes
 * @param costPerUnitYear cost per unit of yearly capacity (the commodity's unit per year), ≥ 0
 * @param leadDays        days from the plan's decision date until it produces, ≥ 0
 * @param maxUnitsPerYear the most that can be built, in units per year, &gt; 0 (may be +∞)
 */
public record CapacityOption(
        RegionId region, CommodityId commodity, double costPerUnitYear, int leadDays, double maxUnitsPerYear) {

    public CapacityOption {
        Objects.requireNonNull(region, "region");
        Objects.requireNonNull(commodity, "commodity");
        if (!(costPerUnitYear >= 0) || Double.isInfinite(costPerUnitYear)) {
            throw new IllegalArgumentException("capacity cost must be finite and >= 0, was " + costPerUnitYear);
        }
        if (leadDays < 0) {
            throw new IllegalArgumentException("lead time must be >= 0 days, was " + leadDays);
        }
        if (!(maxUnitsPerYear > 0)) {
            throw new IllegalArgumentException("capacity upper bound must be > 0, was " + maxUnitsPerYear);
        }
    }

    /** "REGION:commodity", as tables print it. */
    public String label() {
        return region.code() + ":" + commodity.value();
    }
}
