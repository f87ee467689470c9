package org.lodestone.core.model;

import java.util.Objects;

/**
 * A commodity id in kebab case, e.g. {@code rare-earth-oxide}.
 *
 * @param value the id
 */
public record CommodityId(String value) implements Comparable<CommodityId> {

    public CommodityId {
        Objects.requireNonNull(value, "value");
        if (value.isBlank()) {
            throw new IllegalArgumentException("commodity id is blank");
        }
    }

    public static CommodityId of(String value) {
        return new CommodityId(value);
    }

    @Override
    public int compareTo(CommodityId other) {
        return value.compareTo(other.value);
    }

    @Override
    public String toString() {
        return value;
    }
}
