package org.lodestone.core.plan;

import java.util.Objects;
import org.lodestone.core.model.CommodityId;
import org.lodestone.core.model.RegionId;

/**
 * A strategic stockpile the coalition may hold, in place when a scenario starts and released to
 * the holder's own producers that use the commodity.
 *
 * @param region      who holds it (a member, or a candidate partner)
 * @param commodity   what is stored
 * @param holdingCost cost per unit stored over the plan (purchase and storage), ≥ 0
 * @param releaseRate the largest share of the stockpile released per day, in (0, 1]
 * @param maxUnits    the most that can be stored, in units, &gt; 0 (may be +∞)
 */
public record StockpileOption(
        RegionId region, CommodityId commodity, double holdingCost, double releaseRate, double maxUnits) {

    public StockpileOption {
        Objects.requireNonNull(region, "region");
        Objects.requireNonNull(commodity, "commodity");
        if (!(holdingCost >= 0) || Double.isInfinite(holdingCost)) {
            throw new IllegalArgumentException("holding cost must be finite and >= 0, was " + holdingCost);
        }
        if (!(releaseRate > 0 && releaseRate <= 1)) {
            throw new IllegalArgumentException("release rate must be in (0, 1] per day, was " + releaseRate);
        }
        if (!(maxUnits > 0)) {
            throw new IllegalArgumentException("stockpile upper bound must be > 0, was " + maxUnits);
        }
    }

    /** "REGION:commodity", as tables print it. */
    public String label() {
        return region.code() + ":" + commodity.value();
    }
}
