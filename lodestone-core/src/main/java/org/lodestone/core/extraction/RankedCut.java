package org.lodestone.core.extraction;

import java.util.List;

/**
 * One row of the chokepoint ranking: what removing (or cutting) one industry's supply costs a target
 * such as the coalition's AI compute.
 *
 * @param industry           the cut industry (region × commodity)
 * @param targetLoss         target output lost, in the target's unit per year (supply-driven model)
 * @param targetShare        the same as a share of the target's output, in [0, 1]
 * @param essentialOnlyShare share lost when inputs marked substitutable are replaced; NaN for a
 *                           monetary table, which has no such flags
 * @param upstreamIndustry   the industry upstream that loses most, relative to its output, in the
 *                           demand-driven (Leontief) model; -1 if none
 * @param upstreamShare      its relative loss, in [0, 1]
 * @param upstreamTotal      output lost by all other industries in the demand-driven model, in
 *                           money; NaN for a physical table, whose sectors cannot be added
 * @param path               for a physical table, the industries the shortage travels through, from
 *                           the cut industry to the target industry that loses most; empty otherwise
 */
public record RankedCut(
        int industry,
        double targetLoss,
        double targetShare,
        double essentialOnlyShare,
        int upstreamIndustry,
        double upstreamShare,
        double upstreamTotal,
        List<Integer> path) {

    public RankedCut {
        path = List.copyOf(path);
    }
}
