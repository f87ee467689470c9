package org.lodestone.core.exposure;

import java.util.Objects;
import java.util.Optional;
import org.lodestone.core.model.Commodity;
import org.lodestone.core.model.RegionId;

/**
 * How concentrated one commodity's production is and how much of it a coalition controls.
 *
 * @param commodity         the commodity
 * @param worldQuantity     world production per year, in the commodity's unit
 * @param hhi               Herfindahl–Hirschman index, 0–10,000
 * @param topProducer       the largest producing country, if any
 * @param topShare          its share of world production, in [0, 1]
 * @param coalitionShare    share held by the coalition's members on the date, in [0, 1]
 * @param concernShare      share held by the countries of concern, in [0, 1]; NaN when the
 *                          dataset has no {@code concern} group
 * @param dominantNonMember a non-member country holding more than half of world production
 */
public record ExposureRow(
        Commodity commodity,
        double worldQuantity,
        double hhi,
        Optional<RegionId> topProducer,
        double topShare,
        double coalitionShare,
        double concernShare,
        Optional<RegionId> dominantNonMember) {

    /** A single non-member holding more than this share of world production raises the flag. */
    public static final double DOMINANCE_THRESHOLD = 0.5;

    public ExposureRow {
        Objects.requireNonNull(commodity, "commodity");
        Objects.requireNonNull(topProducer, "topProducer");
        Objects.requireNonNull(dominantNonMember, "dominantNonMember");
    }
}
