package org.lodestone.core.criticality;

import java.util.Locale;

/** Where a commodity falls in the supply-risk × importance matrix. */
public enum CriticalityClass {
    /** High supply risk and high importance. */
    CRITICAL,
    /** High supply risk, lower importance. */
    SUPPLY_RISK,
    /** High importance, lower supply risk. */
    IMPORTANT,
    /** Neither. */
    LOW;

    /** Kebab-case name for reports. */
    public String key() {
        return name().toLowerCase(Locale.ROOT).replace('_', '-');
    }

    /** The class of a supply risk and an importance against their thresholds. */
    public static CriticalityClass of(
            double supplyRisk, double importance, double riskThreshold, double importanceThreshold) {
        boolean risky = supplyRisk >= riskThreshold;
        boolean important = importance >= importanceThreshold;
        if (risky && important) {
            return CRITICAL;
        }
        return risky ? SUPPLY_RISK : important ? IMPORTANT : LOW;
    }
}
