package org.lodestone.app.stresstest;

import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import org.lodestone.app.run.Scope;
import org.lodestone.app.table.TextTable;
import org.lodestone.core.shortfall.Role;

/**
 * The stress test's table for a terminal: per scenario, the coalition, then each member that has a
 * node of the final commodity or lost output; and notes on what the coalition figure covers. The
 * other regions that deliver the final commodity are in the report and the summary files.
 */
public final class SummaryTable {

    /** The delivered cell of a member that has no node of the final commodity. */
    static final String NO_NODE = "no own node";

    private SummaryTable() {}

    /** The heading, the table and its notes, each line ending in a newline. */
    public static String render(StressTestResult result) {
        Scope scope = result.scope();
        String last = scope.finalCommodity().id().value();
        TextTable table = new TextTable(
                List.of(
                        "scenario",
                        "region",
                        last + " delivered %",
                        "first shortfall day",
                        "deepest %",
                        "recovery days",
                        "most-hit layer (commodity)",
                        "first stock-out (day)"),
                false,
                false,
                true,
                true,
                true,
                true,
                false);
        List<String> quiet = new ArrayList<>();
        for (ScenarioResult s : result.scenarios()) {
            String name = s.entry().name()
                    + (s.outcome().crashed() ? " (stopped at day " + s.outcome().steps() + ")" : "");
            for (RegionOutcome r : s.regions()) {
                if (r.role() == Role.OTHER) {
                    continue;
                }
                if (r.role() == Role.MEMBER
                        && r.compute().isEmpty()
                        && r.losses().isEmpty()) {
                    quiet.add(r.region());
                    continue;
                }
                table.add(List.of(
                        name,
                        label(r),
                        delivered(r),
                        MetricText.firstShortfall(r.compute()),
                        MetricText.deepest(r.compute()),
                        MetricText.recovery(r.compute()),
                        MetricText.mostHit(r),
                        MetricText.stockOuts(
                                s.firstStockOuts(r.region()).stream().limit(1).toList())));
                name = "";
            }
        }
        return heading(result) + "\n" + table.render() + "\n" + notes(result, quiet);
    }

    /**
     * A member without a node of the final commodity says so instead of a bare "-": its output, if
     * any, sits in an aggregate, which the coalition figure never counts.
     */
    private static String delivered(RegionOutcome r) {
        return r.role() == Role.MEMBER && r.compute().isEmpty() ? NO_NODE : MetricText.delivered(r.compute());
    }

    private static String label(RegionOutcome r) {
        return r.role() == Role.COALITION ? r.region() : "  " + r.region();
    }

    private static String heading(StressTestResult result) {
        Scope s = result.scope();
        return String.format(
                Locale.ROOT,
                "Lodestone stress test: %s (%s %s), coalition %s on %s, %d scenarios in %.1f s%nMembers: %s%n",
                s.dataset().info().name(),
                s.dataset().info().id(),
                s.dataset().info().version(),
                s.coalition().id(),
                s.date(),
                result.scenarios().size(),
                result.seconds(),
                String.join(" ", s.members()));
    }

    private static String notes(StressTestResult result, List<String> quiet) {
        Scope s = result.scope();
        String last = s.finalCommodity().id().value();
        List<String> own =
                s.producers(last).stream().filter(s.members()::contains).toList();
        List<String> without =
                s.members().stream().filter(m -> !own.contains(m)).toList();
        List<String> aggregates =
                s.producers(last).stream().filter(Scope::isAggregate).toList();
        StringBuilder text = new StringBuilder(String.format(
                Locale.ROOT,
                "%s is delivered by %s. The coalition figure counts only members' own %s nodes (%s);%n"
                        + "members without one (%s) are not in it, and aggregates (%s) are never members.%n",
                last,
                String.join(" ", s.producers(last)),
                last,
                listOrNone(own),
                listOrNone(without),
                String.join(", ", aggregates)));
        without.forEach(m -> text.append(withoutNode(m, last, aggregates)));
        text.append("The other regions are in index.html and summary.csv.\n");
        text.append(
                        "delivered: sum of output / sum of baseline over the horizon; first shortfall: first day below 99.9%\n")
                .append(
                        "of baseline; recovery: days from the first shortfall until output stays within 0.1% of baseline;\n")
                .append("most-hit: the layer of the commodity that lost the most days of output.\n")
                .append("first stock-out: the input that first ran short at the region's industries (the coalition:")
                .append(" any member's), and the day; every input's first day is in summary.json and the report.\n");
        List<String> distinct = quiet.stream().distinct().sorted().toList();
        if (!distinct.isEmpty()) {
            text.append("Members left out of a scenario's rows had no ")
                    .append(last)
                    .append(" node and no shortfall in it: ")
                    .append(String.join(" ", distinct))
                    .append(".\n");
        }
        return text.toString();
    }

    /**
     * One member's line: it has no node of the final commodity, so the aggregates that make it (if the
     * dataset has any) hold whatever the member makes; either way the coalition figure leaves it out.
     */
    static String withoutNode(String member, String last, List<String> aggregates) {
        if (aggregates.isEmpty()) {
            return String.format(
                    Locale.ROOT,
                    "  %s: no %s node of its own, so the coalition figure has none of it.%n",
                    member,
                    last);
        }
        return String.format(
                Locale.ROOT,
                "  %s: no %s node of its own; its %s, if any, is counted in an aggregate (%s), outside the coalition"
                        + " figure.%n",
                member,
                last,
                last,
                String.join(", ", aggregates));
    }

    private static String listOrNone(List<String> regions) {
        return regions.isEmpty() ? "none" : String.join(" ", regions);
    }
}
