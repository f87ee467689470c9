package org.lodestone.core.plan;

import java.util.Arrays;
import java.util.List;
import java.util.Optional;

/** What a plan optimises. */
public enum PlanObjective {
    /** The cheapest decisions that keep AI compute delivered at or above the target in every scenario. */
    MIN_COST("min-cost"),
    /** Within the budget, the decisions that maximise the smallest AI compute delivered over the scenarios. */
    MAX_MIN_COMPUTE("max-min-compute");

    private final String key;

    PlanObjective(String key) {
        this.key = key;
    }

    /** The name used in plan files. */
    public String key() {
        return key;
    }

    /** The objective named {@code key} in a plan file. */
    public static Optional<PlanObjective> of(String key) {
        return Arrays.stream(values()).filter(o -> o.key.equals(key)).findFirst();
    }

    /** Every name a plan file may use. */
    public static List<String> keys() {
        return Arrays.stream(values()).map(PlanObjective::key).toList();
    }
}
