package org.lodestone.app.stresstest;

import java.util.Objects;
import org.lodestone.core.model.Commodity;

/**
 * Output of one commodity lost by a set of regions' nodes over a run.
 *
 * @param commodity the commodity
 * @param lostDays  Σ over days of max(0, 1 − x / X0) for the nodes together: days of their
 *                  baseline output lost (unit-free, comparable across commodities)
 */
public record CommodityLoss(Commodity commodity, double lostDays) {

    public CommodityLoss {
        Objects.requireNonNull(commodity, "commodity");
    }

    /** The layer of the stack the commodity belongs to, e.g. {@code minerals}. */
    public String layer() {
        return commodity.layer().key();
    }
}
