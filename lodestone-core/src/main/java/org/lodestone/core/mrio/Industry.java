package org.lodestone.core.mrio;

import java.util.Objects;

/**
 * One row (and column) of an input-output table: a sector in a region.
 *
 * @param region region name, e.g. {@code R001} or {@code JPN}
 * @param sector sector name (in a physical dataset, the commodity id)
 */
public record Industry(String region, String sector) {

    public Industry {
        Objects.requireNonNull(region, "region");
        Objects.requireNonNull(sector, "sector");
    }
}
