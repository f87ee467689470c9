package org.lodestone.core.network;

import java.util.Objects;
import org.lodestone.core.model.CommodityId;
import org.lodestone.core.model.RegionId;

/**
 * A supply flow from a supplier node to a buyer: another node that uses the commodity as an
 * input, or the final demand of a region ({@link #buyer()} is {@link #FINAL_DEMAND}).
 *
 * @param supplier        index of the supplying node
 * @param buyer           index of the buying node, or {@link #FINAL_DEMAND}
 * @param buyerRegion     region of the buyer
 * @param commodity       what flows (the supplier's commodity)
 * @param quantityPerYear annual quantity in the commodity's unit
 */
public record Link(int supplier, int buyer, RegionId buyerRegion, CommodityId commodity, double quantityPerYear) {

    /** The buyer index of links that deliver to a region's final demand. */
    public static final int FINAL_DEMAND = -1;

    public Link {
        Objects.requireNonNull(buyerRegion, "buyerRegion");
        Objects.requireNonNull(commodity, "commodity");
    }

    /** True if this link delivers to final demand rather than to a node. */
    public boolean toFinalDemand() {
        return buyer == FINAL_DEMAND;
    }
}
