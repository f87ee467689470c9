package org.lodestone.core.model;

import java.util.Objects;

/**
 * A logistics chokepoint such as the Strait of Malacca.
 *
 * @param id         kebab-case id, e.g. {@code malacca}
 * @param name       display name
 * @param provenance where its description comes from
 */
public record Chokepoint(String id, String name, Provenance provenance) {

    public Chokepoint {
        Objects.requireNonNull(id, "id");
        Objects.requireNonNull(name, "name");
        Objects.requireNonNull(provenance, "provenance");
    }
}
