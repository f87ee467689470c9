package org.lodestone.core.model;

import java.util.Objects;

/**
 * A region code: a country (ISO 3166 alpha-3) or a named aggregate ({@code ROW}, or a code in
 * ISO's user-assigned {@code X..} range such as {@code XEU}).
 *
 * @param code the upper-case code
 */
public record RegionId(String code) implements Comparable<RegionId> {

    /** The conventional "rest of world" aggregate. */
    public static final RegionId REST_OF_WORLD = new RegionId("ROW");

    public RegionId {
        Objects.requireNonNull(code, "code");
        if (code.isBlank()) {
            throw new IllegalArgumentException("region code is blank");
        }
    }

    public static RegionId of(String code) {
        return new RegionId(code);
    }

    /** True for {@code ROW} and user-assigned {@code X..} codes, which stand for several countries. */
    public boolean isAggregate() {
        return code.equals("ROW") || code.startsWith("X");
    }

    @Override
    public int compareTo(RegionId other) {
        return code.compareTo(other.code);
    }

    @Override
    public String toString() {
        return code;
    }
}
