package org.lodestone.core.model;

import java.util.Locale;

/** The production stage of a commodity. */
public enum Stage {
    MINING,
    REFINING,
    MANUFACTURING,
    SERVICE;

    /** The lower-case name used in dataset files. */
    public String key() {
        return name().toLowerCase(Locale.ROOT);
    }
}
