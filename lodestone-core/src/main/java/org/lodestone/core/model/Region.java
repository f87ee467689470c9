package org.lodestone.core.model;

import java.util.Objects;

/**
 * A country or named aggregate.
 *
 * @param id   its code
 * @param name its display name
 */
public record Region(RegionId id, String name) {

    public Region {
        Objects.requireNonNull(id, "id");
        Objects.requireNonNull(name, "name");
    }
}
