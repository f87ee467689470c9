package org.lodestone.core.model;

import java.util.Objects;

/**
 * The stock that final buyers of one commodity in one region hold: a row of
 * {@code final_stocks.csv} (dataset format version 2). When deliveries fall short of their use
 * they draw it down, and they lose final demand only once it is empty; they refill it as
 * industries refill their inventories ({@code docs/engine.md}, "Final buyers' stocks").
 *
 * @param commodity  the commodity bought
 * @param region     the region whose final buyers hold the stock
 * @param days       the stock in days of their use, ≥ 0 ({@code +∞}: they never run short)
 * @param provenance where the number comes from
 */
public record FinalStock(CommodityId commodity, RegionId region, double days, Provenance provenance) {

    public FinalStock {
        Objects.requireNonNull(commodity, "commodity");
        Objects.requireNonNull(region, "region");
        if (!(days >= 0)) {
            throw new IllegalArgumentException(
                    "final stock of " + commodity + " in " + region + " must be >= 0 days (or infinite), was " + days);
        }
        Objects.requireNonNull(provenance, "provenance");
    }
}
