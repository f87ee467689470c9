package org.lodestone.core.model;

import java.util.Objects;

/**
 * How long buyers of a commodity take to qualify other suppliers: a row of
 * {@code qualification.csv} (dataset format version 2). When a restriction blocks part of what a
 * buyer usually gets from some suppliers, the share of the blocked volume it can re-order from
 * the suppliers no restriction touches rises linearly from 0 to 1 over {@code switchingDays},
 * counted from the first step the restriction blocks that (commodity, buyer). Final buyers of the
 * commodity switch along the same lag; without a row they do not switch at all (version 1).
 *
 * @param commodity     the commodity bought
 * @param switchingDays days from the start of the restriction until the whole blocked volume can
 *                      be re-ordered from other suppliers, finite and ≥ 0 (0: at once)
 * @param provenance    where the number comes from
 */
public record SupplierQualification(CommodityId commodity, double switchingDays, Provenance provenance) {

    public SupplierQualification {
        Objects.requireNonNull(commodity, "commodity");
        if (!(switchingDays >= 0) || Double.isInfinite(switchingDays)) {
            throw new IllegalArgumentException(
                    "switching days of " + commodity + " must be finite and >= 0, was " + switchingDays);
        }
        Objects.requireNonNull(provenance, "provenance");
    }

    /** This row with another lag (the value an uncertainty block varies), same provenance. */
    public SupplierQualification withSwitchingDays(double days) {
        return new SupplierQualification(commodity, days, provenance);
    }
}
