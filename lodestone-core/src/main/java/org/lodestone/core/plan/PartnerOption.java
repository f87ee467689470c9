package org.lodestone.core.plan;

import java.util.Objects;
import org.lodestone.core.model.RegionId;

/**
 * A candidate partner: a region that may join the coalition. Capacity and stockpile options in
 * its territory can be used only if it joins.
 *
 * @param region      the candidate
 * @param joiningCost what bringing it in costs (agreements, guarantees), ≥ 0
 */
public record PartnerOption(RegionId region, double joiningCost) {

    public PartnerOption {
        Objects.requireNonNull(region, "region");
        if (!(joiningCost >= 0) || Double.isInfinite(joiningCost)) {
            throw new IllegalArgumentException("joining cost must be finite and >= 0, was " + joiningCost);
        }
    }
}
