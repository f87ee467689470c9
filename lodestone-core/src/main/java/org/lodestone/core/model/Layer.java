package org.lodestone.core.model;

import java.util.Locale;

/** The layer of the AI technology stack a commodity belongs to. */
public enum Layer {
    ENERGY,
    MINERALS,
    MATERIALS,
    EQUIPMENT,
    FABRICATION,
    PACKAGING,
    HARDWARE,
    INFRASTRUCTURE,
    LOGISTICS,
    /** Sectors that use the stack's minerals and magnets (vehicles, wind, defence ...): final measures. */
    END_USE;

    /** The lower-case, kebab-case name used in dataset files ({@code end-use}). */
    public String key() {
        return name().toLowerCase(Locale.ROOT).replace('_', '-');
    }
}
