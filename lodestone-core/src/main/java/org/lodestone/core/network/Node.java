package org.lodestone.core.network;

import java.util.Objects;
import org.lodestone.core.model.CommodityId;
import org.lodestone.core.model.Provenance;
import org.lodestone.core.model.RegionId;

/**
 * A producer: one region × commodity with its annual output.
 *
 * @param index        position in {@link Network#nodes()}
 * @param region       where it produces
 * @param commodity    what it produces
 * @param outputPerYear annual output in the commodity's unit
 * @param provenance   where the output figure comes from
 */
public record Node(int index, RegionId region, CommodityId commodity, double outputPerYear, Provenance provenance) {

    public Node {
        Objects.requireNonNull(region, "region");
        Objects.requireNonNull(commodity, "commodity");
        Objects.requireNonNull(provenance, "provenance");
    }
}
