package org.lodestone.core.model;

import java.util.Objects;

/**
 * The identity of a dataset and its defaults.
 *
 * @param id               kebab-case id
 * @param name             display name
 * @param version          the dataset's own version
 * @param year             reference year of the quantities
 * @param defaultCoalition the group used when none is given
 * @param description      free text, empty when none
 * @param homeBias         home bias of the link-synthesis rule, in [0, 1]
 */
public record DatasetInfo(
        String id,
        String name,
        String version,
        int year,
        String defaultCoalition,
        String description,
        double homeBias) {

    public DatasetInfo {
        Objects.requireNonNull(id, "id");
        Objects.requireNonNull(name, "name");
        Objects.requireNonNull(version, "version");
        Objects.requireNonNull(defaultCoalition, "defaultCoalition");
        description = description == null ? "" : description;
        if (!(homeBias >= 0 && homeBias <= 1)) {
            throw new IllegalArgumentException("home bias must be in [0, 1], was " + homeBias);
        }
    }
}
