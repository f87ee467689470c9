package org.lodestone.core.model;

import java.util.Locale;

/** How a number in a dataset was obtained. */
public enum Status {
    /** Read in the cited source. */
    OBSERVED,
    /** Worked out from cited numbers; the working is in the note. */
    ESTIMATED,
    /** Given by no source; the note holds the rationale. */
    ASSUMED;

    /** The lower-case name used in dataset files. */
    public String key() {
        return name().toLowerCase(Locale.ROOT);
    }
}
