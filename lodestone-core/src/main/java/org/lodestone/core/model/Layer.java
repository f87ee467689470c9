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
    LOGISTICS;

    /** The lower-case name used in dataset files. */
    public String key() {
        return name().toLowerCase(Locale.ROOT);
    }
}
