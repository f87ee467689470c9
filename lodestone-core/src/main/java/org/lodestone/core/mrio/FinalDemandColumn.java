package org.lodestone.core.mrio;

import java.util.Objects;

/**
 * One final-demand column of an input-output table: a category of final use in a region.
 *
 * @param region   region name
 * @param category category name, e.g. {@code final_demand} or {@code households}
 */
public record FinalDemandColumn(String region, String category) {

    public FinalDemandColumn {
        Objects.requireNonNull(region, "region");
        Objects.requireNonNull(category, "category");
    }
}
