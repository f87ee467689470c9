package org.lodestone.core.network;

import java.util.Objects;
import org.lodestone.core.model.CommodityId;

/**
 * World supply and use of one commodity, per year, in its unit.
 *
 * @param commodity       the commodity
 * @param supply          sum of production
 * @param intermediateUse sum of what recipes need at the recorded outputs
 * @param finalUse        sum of final demand
 */
public record CommodityBalance(CommodityId commodity, double supply, double intermediateUse, double finalUse) {

    public CommodityBalance {
        Objects.requireNonNull(commodity, "commodity");
    }

    /** Intermediate plus final use. */
    public double use() {
        return intermediateUse + finalUse;
    }

    /** Supply minus use: positive is a surplus, negative a shortfall. */
    public double surplus() {
        return supply - use();
    }

    /** Surplus relative to the larger of supply and use, in [-1, 1]; 0 when both are 0. */
    public double relativeSurplus() {
        double scale = Math.max(supply, use());
        return scale == 0 ? 0 : surplus() / scale;
    }
}
