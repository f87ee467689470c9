package org.lodestone.core.model;

import java.util.List;

/**
 * How the supply side answers a restriction, as a dataset states it (format version 2): how long
 * buyers take to qualify other suppliers ({@code qualification.csv}) and how much each producer
 * can add above its usual output ({@code spare_capacity.csv}). Empty lists keep version 1:
 * blocked orders move to other suppliers at once, final buyers do not switch, and every producer
 * can add the model's {@code alpha-max}.
 *
 * @param qualifications one row per commodity with a switching lag (may be empty)
 * @param spareCapacities one row per producer with its own spare capacity (may be empty)
 */
public record SupplyResponse(List<SupplierQualification> qualifications, List<SpareCapacity> spareCapacities) {

    /** No rows: version 1's behaviour. */
    public static final SupplyResponse NONE = new SupplyResponse(List.of(), List.of());

    public SupplyResponse {
        qualifications = List.copyOf(qualifications);
        spareCapacities = List.copyOf(spareCapacities);
    }

    /** True if the dataset gives no row of either file. */
    public boolean isEmpty() {
        return qualifications.isEmpty() && spareCapacities.isEmpty();
    }
}
