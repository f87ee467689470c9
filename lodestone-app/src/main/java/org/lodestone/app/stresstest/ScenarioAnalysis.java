package org.lodestone.app.stresstest;

import java.util.ArrayList;
import java.util.List;
import java.util.Set;
import java.util.TreeSet;
import org.lodestone.app.run.ScenarioRun;
import org.lodestone.app.run.Scope;
import org.lodestone.core.shortfall.ReportingUnit;
import org.lodestone.core.shortfall.Role;
import org.lodestone.core.shortfall.ShortfallRecorder;
import org.lodestone.core.shortfall.UnitOutcome;

/**
 * Turns one run's recorded output into the outcomes of the coalition, its members and the other
 * regions (the metrics and losses come from the engine-side {@link ShortfallRecorder}, the same
 * that ensembles use), and the lines of the most-hit commodities.
 */
final class ScenarioAnalysis {

    /** Number of most-hit commodities charted per scenario. */
    static final int CHARTED = 3;

    private ScenarioAnalysis() {}

    static ScenarioResult analyse(
            Scope scope,
            ScenarioEntry entry,
            ScenarioRun.Finished finished,
            OutputRecorder output,
            ShortfallRecorder shortfalls,
            StockOutDays stockOuts) {
        String last = scope.finalCommodity().id().value();
        List<RegionOutcome> regions = new ArrayList<>();
        List<ReportingUnit> units = scope.reportingUnits().units();
        for (int u = 0; u < units.size(); u++) {
            regions.add(outcome(scope, units.get(u), shortfalls.outcome(u)));
        }
        List<ScenarioResult.CommodityLines> charted = new ArrayList<>();
        List<CommodityLoss> upstream = regions.get(0).losses().stream()
                .filter(l -> !l.commodity().id().value().equals(last))
                .toList();
        for (CommodityLoss loss : upstream.subList(0, Math.min(CHARTED, upstream.size()))) {
            charted.add(new ScenarioResult.CommodityLines(
                    loss, lines(scope, output, loss.commodity().id().value(), scope.members())));
        }
        return new ScenarioResult(entry, finished, regions, charted, output, scope, stockOuts);
    }

    private static RegionOutcome outcome(Scope scope, ReportingUnit unit, UnitOutcome outcome) {
        List<CommodityLoss> losses = outcome.losses().stream()
                .map(l -> new CommodityLoss(scope.commodity(l.commodity()), l.lostDays()))
                .toList();
        return new RegionOutcome(unit.label(), unit.role(), outcome.series(), outcome.compute(), losses);
    }

    /** Each member's line for {@code commodity}, the coalition's when several members make it, and the world's. */
    static List<Line> lines(Scope scope, OutputRecorder output, String commodity, Set<String> members) {
        List<Line> lines = new ArrayList<>();
        int[] coalition = scope.nodes(commodity, members);
        if (coalition.length > 1) {
            lines.add(new Line(scope.coalition().id(), Role.COALITION, output.series(coalition)));
        }
        for (String member : members) {
            int[] node = scope.nodes(commodity, Set.of(member));
            if (node.length > 0) {
                lines.add(new Line(member, Role.MEMBER, output.series(node)));
            }
        }
        lines.add(new Line(
                "world", Role.OTHER, output.series(scope.nodes(commodity, new TreeSet<>(scope.producers(commodity))))));
        return lines;
    }
}
