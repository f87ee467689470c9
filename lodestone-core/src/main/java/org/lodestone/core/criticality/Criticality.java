package org.lodestone.core.criticality;

import java.util.Objects;

/**
 * The criticality of one commodity (sector) for a coalition: the components of supply risk, the
 * importance, and the class in the supply-risk × importance matrix. Shares are in [0, 1].
 *
 * @param sector         index of the sector
 * @param hhi            Herfindahl–Hirschman index of world output, 0–10,000
 * @param concernShare   share of world output in countries of concern; NaN when none are defined
 * @param importReliance share of the coalition's use supplied by non-members
 * @param sourcingHhi    Herfindahl–Hirschman index of the coalition's suppliers, 0–10,000
 * @param essentialShare share of the coalition's intermediate use that recipes mark essential
 * @param supplyRisk     the supply-risk score, in [0, 1] ({@link CriticalityAssessment})
 * @param importance     share of the coalition's target output lost when the largest producing
 *                       country's supply is removed; NaN when the coalition produces no target
 * @param topProducer    index of that country's region; -1 if only aggregates produce it
 * @param criticality    the class
 */
public record Criticality(
        int sector,
        double hhi,
        double concernShare,
        double importReliance,
        double sourcingHhi,
        double essentialShare,
        double supplyRisk,
        double importance,
        int topProducer,
        CriticalityClass criticality) {

    public Criticality {
        Objects.requireNonNull(criticality, "criticality");
    }
}
