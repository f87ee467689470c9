package org.lodestone.planner;

/**
 * What one candidate partner is worth: the plan solved again without it.
 *
 * @param region         the candidate
 * @param joins          true if the optimal plan brings it in
 * @param costSaved      (min-cost) the plan's cost without it minus the cost with it; +∞ when the
 *                       target cannot be met without it; NaN for max-min-compute
 * @param computeGained  (max-min-compute) smallest delivered fraction with it minus without it; NaN for min-cost
 */
public record PartnerValue(String region, boolean joins, double costSaved, double computeGained) {}
