package org.lodestone.core.model;

import java.util.Objects;

/**
 * The id of a cited source, e.g. {@code MCS25}.
 *
 * @param value the id
 */
public record SourceId(String value) {

    public SourceId {
        Objects.requireNonNull(value, "value");
        if (value.isBlank()) {
            throw new IllegalArgumentException("source id is blank");
        }
    }

    public static SourceId of(String value) {
        return new SourceId(value);
    }

    @Override
    public String toString() {
        return value;
    }
}
