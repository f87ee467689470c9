package org.lodestone.app.stresstest;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Set;

/**
 * Ranks the commodities a set of regions produces by the output they lose over a run. For each
 * commodity, the regions' nodes are taken together (one unit per commodity, so adding them is
 * sound): s_t = Σ x / Σ X0, and lost = Σ_t max(0, 1 − s_t), in days of baseline output. Only
 * commodities with at least one shortfall day (s_t below 1 − {@value ShortfallMetrics#TOLERANCE})
 * are ranked. The most-hit layer is the layer of the first commodity.
 */
final class ImpactRanking {

    private ImpactRanking() {}

    /** Commodities with a shortfall in {@code regions}, most output lost first (ties by commodity id). */
    static List<CommodityLoss> rank(Scope scope, OutputRecorder output, Set<String> regions) {
        List<CommodityLoss> losses = new ArrayList<>();
        for (String commodity : scope.table().sectors()) {
            int[] nodes = scope.nodes(commodity, regions);
            if (nodes.length == 0) {
                continue;
            }
            double lost = 0;
            boolean shortfall = false;
            for (double s : output.series(nodes)) {
                lost += Math.max(0, 1 - s);
                shortfall |= s < 1 - ShortfallMetrics.TOLERANCE;
            }
            if (shortfall) {
                losses.add(new CommodityLoss(scope.commodity(commodity), lost));
            }
        }
        losses.sort(Comparator.comparingDouble(CommodityLoss::lostDays).reversed()
                .thenComparing(l -> l.commodity().id().value()));
        return losses;
    }
}
