package org.lodestone.app.stresstest;

import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import java.util.TreeSet;
import org.lodestone.core.ario.RunOutcome;

/** Turns one run's recorded output into the outcomes of the coalition, its members and the other regions. */
final class ScenarioAnalysis {

    /** Number of most-hit commodities charted per scenario. */
    static final int CHARTED = 3;

    private ScenarioAnalysis() {}

    static ScenarioResult analyse(Scope scope, ScenarioEntry entry, RunOutcome outcome, double seconds, OutputRecorder output) {
        String last = scope.finalCommodity().id().value();
        Set<String> members = scope.members();
        List<RegionOutcome> regions = new ArrayList<>();
        regions.add(outcome(scope, output, scope.coalition().id(), RegionOutcome.Role.COALITION, members, last));
        for (String member : members) {
            regions.add(outcome(scope, output, member, RegionOutcome.Role.MEMBER, Set.of(member), last));
        }
        for (String other : scope.producers(last)) {
            if (!members.contains(other)) {
                regions.add(outcome(scope, output, other, RegionOutcome.Role.OTHER, Set.of(other), last));
            }
        }
        List<ScenarioResult.CommodityLines> charted = new ArrayList<>();
        List<CommodityLoss> upstream = regions.get(0).losses().stream().filter(l -> !l.commodity().id().value().equals(last)).toList();
        for (CommodityLoss loss : upstream.subList(0, Math.min(CHARTED, upstream.size()))) {
            charted.add(new ScenarioResult.CommodityLines(loss, lines(scope, output, loss.commodity().id().value(), members)));
        }
        return new ScenarioResult(entry, outcome, seconds, regions, charted, output, scope);
    }

    private static RegionOutcome outcome(Scope scope, OutputRecorder output, String label, RegionOutcome.Role role, Set<String> regions,
            String last) {
        int[] nodes = scope.nodes(last, regions);
        double[] series = nodes.length == 0 || output.steps() == 0 ? new double[0] : output.series(nodes);
        Optional<ShortfallMetrics> metrics = series.length == 0 ? Optional.empty() : Optional.of(ShortfallMetrics.of(series));
        return new RegionOutcome(label, role, series, metrics, ImpactRanking.rank(scope, output, regions));
    }

    /** Each member's line for {@code commodity}, the coalition's when several members make it, and the world's. */
    static List<Line> lines(Scope scope, OutputRecorder output, String commodity, Set<String> members) {
        List<Line> lines = new ArrayList<>();
        int[] coalition = scope.nodes(commodity, members);
        if (coalition.length > 1) {
            lines.add(new Line(scope.coalition().id(), RegionOutcome.Role.COALITION, output.series(coalition)));
        }
        for (String member : members) {
            int[] node = scope.nodes(commodity, Set.of(member));
            if (node.length > 0) {
                lines.add(new Line(member, RegionOutcome.Role.MEMBER, output.series(node)));
            }
        }
        lines.add(new Line("world", RegionOutcome.Role.OTHER, output.series(scope.nodes(commodity, new TreeSet<>(scope.producers(commodity))))));
        return lines;
    }
}
