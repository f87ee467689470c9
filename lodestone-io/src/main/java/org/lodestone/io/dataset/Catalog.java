package org.lodestone.io.dataset;

import java.util.Set;

/**
 * The ids a dataset defines, which rows of the quantity files must refer to.
 *
 * @param sources     source ids
 * @param regions     region codes
 * @param commodities commodity ids
 */
record Catalog(Set<String> sources, Set<String> regions, Set<String> commodities) {

    Catalog {
        sources = Set.copyOf(sources);
        regions = Set.copyOf(regions);
        commodities = Set.copyOf(commodities);
    }
}
