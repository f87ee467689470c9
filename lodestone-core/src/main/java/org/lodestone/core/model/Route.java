package org.lodestone.core.model;

import java.util.Objects;

/**
 * The fraction of what {@code exporter} ships to {@code importer} that passes a chokepoint.
 *
 * @param chokepoint the chokepoint id
 * @param exporter   from
 * @param importer   to
 * @param share      fraction in [0, 1]
 * @param provenance where the share comes from
 */
public record Route(String chokepoint, RegionId exporter, RegionId importer, double share, Provenance provenance) {

    public Route {
        Objects.requireNonNull(chokepoint, "chokepoint");
        Objects.requireNonNull(exporter, "exporter");
        Objects.requireNonNull(importer, "importer");
        if (!(share >= 0 && share <= 1)) {
            throw new IllegalArgumentException("route share must be in [0, 1], was " + share);
        }
        Objects.requireNonNull(provenance, "provenance");
    }
}
