package org.lodestone.app.reverse;

import java.util.List;
import java.util.Locale;
import org.lodestone.app.table.Csv;
import org.lodestone.app.table.TextTable;
import org.lodestone.core.reverse.Bisection;

/** The terminal output of a reverse stress test: the verdict and, for two inputs, the boundary points. */
public final class ReverseTable {

    private ReverseTable() {}

    public static String render(ReverseResult r) {
        StringBuilder out = new StringBuilder(String.format(
                Locale.ROOT,
                "%s: %s for %s, %d runs (%s), %.1f s%n%s%n",
                r.setup().scenario().name(),
                r.target(),
                r.unit(),
                r.evaluations().size(),
                r.engine(),
                r.runSeconds(),
                verdict(r)));
        r.grid().ifPresent(g -> {
            TextTable table = new TextTable(
                    List.of(r.axes().get(0).path(), r.axes().get(1).path()), true, true);
            g.boundary().forEach(p -> table.add(List.of(Csv.number(p[0]), Csv.number(p[1]))));
            out.append(table.render());
        });
        return out.toString();
    }

    /** One sentence: where the target breaks. */
    static String verdict(ReverseResult r) {
        if (r.line().isPresent()) {
            Bisection.Result l = r.line().get();
            String path = l.axis().path();
            if (l.breaking().isEmpty()) {
                return "The target holds over the whole range of " + path + " ("
                        + Csv.number(l.axis().min()) + " to "
                        + Csv.number(l.axis().max()) + ").";
            }
            if (l.holding().isEmpty()) {
                return "The target breaks over the whole range of " + path + " ("
                        + Csv.number(l.axis().min()) + " to "
                        + Csv.number(l.axis().max()) + ").";
            }
            return "The target holds at " + path + " = "
                    + Csv.number(l.holding().get()) + " and breaks at "
                    + Csv.number(l.breaking().get()) + ": the boundary is at about "
                    + Csv.number(l.boundary().orElseThrow()) + ".";
        }
        int n = r.grid().orElseThrow().boundary().size();
        long holds = r.evaluations().stream().filter(e -> e.holds()).count();
        return n == 0
                ? (holds == 0
                        ? "The target breaks everywhere on the grid."
                        : holds == r.evaluations().size()
                                ? "The target holds everywhere on the grid."
                                : "No boundary crossing was resolved; refine the grid.")
                : "The boundary crosses the grid at " + n + " points (boundary.csv); the target holds at " + holds
                        + " of the " + r.evaluations().size() + " points run.";
    }
}
