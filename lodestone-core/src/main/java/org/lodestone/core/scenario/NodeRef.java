package org.lodestone.core.scenario;

import java.util.Objects;

/**
 * A node named in a scenario: a sector (or, in a Lodestone dataset, a commodity) in a region.
 *
 * @param region region name or code
 * @param sector sector name or commodity id
 */
public record NodeRef(String region, String sector) {

    public NodeRef {
        Objects.requireNonNull(region, "region");
        Objects.requireNonNull(sector, "sector");
    }

    @Override
    public String toString() {
        return region + "/" + sector;
    }
}
