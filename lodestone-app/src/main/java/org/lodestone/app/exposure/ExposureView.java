package org.lodestone.app.exposure;

import java.util.Locale;

/** The views of {@code lodestone exposure}. */
public enum ExposureView {
    /** First-tier concentration and coalition share per commodity. */
    SUMMARY,
    /** Multi-tier (upstream) dependency of the coalition's target by origin. */
    TIERS,
    /** Hypothetical extraction: the chokepoint ranking, or one cut in detail. */
    EXTRACTION,
    /** Stages controlled by one non-member or country of concern, upstream of the target. */
    CHOKEPOINTS,
    /** Supply risk × importance per commodity. */
    CRITICALITY;

    /** Lower-case name, as typed on the command line. */
    public String key() {
        return name().toLowerCase(Locale.ROOT);
    }
}
