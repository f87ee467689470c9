package org.lodestone.core.binding;

import java.util.Arrays;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.TreeSet;
import org.lodestone.core.ario.ArioModel;
import org.lodestone.core.mrio.Industry;
import org.lodestone.core.mrio.IoTable;
import org.lodestone.core.scenario.EventSpec;
import org.lodestone.core.scenario.NodeRef;
import org.lodestone.core.shock.Event;

/**
 * Binds the reference's events, which name nodes: node names become industry indices, capital
 * fractions become amounts of the nodes' productive capital, rebuilding sectors become products.
 */
final class NodeEventBinder {

    private final ArioModel model;
    private final IoTable table;
    private final int horizon;
    private final List<BindingProblem> problems;

    NodeEventBinder(ArioModel model, int horizon, List<BindingProblem> problems) {
        this.model = model;
        this.table = model.table();
        this.horizon = horizon;
        this.problems = problems;
    }

    Optional<Event> capacityLoss(EventSpec.CapacityLoss c, int e) {
        return industries(c, e).map(industries -> {
            double[] fractions = new double[industries.length];
            Arrays.fill(fractions, c.fraction());
            return new Event.CapacityLoss(industries, fractions, c.start(), c.duration(), c.curve(), c.tau());
        });
    }

    Optional<Event> capitalDestroyed(EventSpec.CapitalDestroyed c, int e) {
        return industries(c, e).flatMap(industries -> capital(c, industries, e));
    }

    /** The industries of the event's nodes, after checking that it ends within the horizon. */
    private Optional<int[]> industries(EventSpec spec, int e) {
        Optional<int[]> industries = nodes(spec, e);
        if (spec.start() + spec.duration() > horizon) {
            problems.add(BindingProblem.ofEvent(
                    e,
                    "start",
                    String.valueOf(spec.start()),
                    "plus duration " + spec.duration() + " goes beyond the horizon (" + horizon + ")",
                    "start + duration <= horizon",
                    "Maybe lengthen the horizon"));
        }
        return industries;
    }

    private Optional<int[]> nodes(EventSpec spec, int e) {
        int[] industries = new int[spec.at().size()];
        boolean ok = true;
        for (int n = 0; n < industries.length; n++) {
            NodeRef node = spec.at().get(n);
            industries[n] = table.indexOf(node.region(), node.sector());
            if (industries[n] < 0) {
                ok = false;
                problems.add(new BindingProblem(
                        e,
                        n,
                        "node",
                        node.toString(),
                        "is not in the table",
                        "a region and sector (or commodity) of the dataset",
                        Suggestions.hint(node.toString(), names())));
            }
        }
        if (ok && Arrays.stream(industries).distinct().count() != industries.length) {
            problems.add(
                    new BindingProblem(e, 0, "at", spec.at().toString(), "names a node twice", "each node once", ""));
            return Optional.empty();
        }
        return ok ? Optional.of(industries) : Optional.empty();
    }

    private Optional<Event> capital(EventSpec.CapitalDestroyed spec, int[] industries, int e) {
        double[] damages = new double[industries.length];
        for (int n = 0; n < industries.length; n++) {
            double k = model.capital(industries[n]);
            if (Double.isNaN(k)) {
                problems.add(BindingProblem.ofEvent(
                        e,
                        "type",
                        "capital-destroyed",
                        "needs productive capital, which this physical dataset does not give",
                        "capacity-loss on physical datasets",
                        "Use type: capacity-loss with the same fraction"));
                return Optional.empty();
            }
            if (k <= 0) {
                problems.add(BindingProblem.ofEvent(
                        e,
                        "node",
                        spec.at().get(n).toString(),
                        "has no productive capital (value added is 0)",
                        "a node with capital",
                        ""));
                return Optional.empty();
            }
            damages[n] = spec.fraction() * k;
        }
        if (spec.recovery().isPresent()) {
            EventSpec.Recovery r = spec.recovery().get();
            return Optional.of(
                    new Event.CapitalRecovery(industries, damages, spec.start(), spec.duration(), r.curve(), r.tau()));
        }
        return rebuild(spec, industries, damages, e);
    }

    private Optional<Event> rebuild(EventSpec.CapitalDestroyed spec, int[] industries, double[] damages, int e) {
        EventSpec.Rebuild rebuild = spec.rebuild().orElseThrow();
        Map<Integer, Double> shares = new HashMap<>();
        for (Map.Entry<String, Double> s : rebuild.sectors().entrySet()) {
            int product = table.sectors().indexOf(s.getKey());
            if (product < 0) {
                problems.add(BindingProblem.ofEvent(
                        e,
                        "rebuild.sectors",
                        s.getKey(),
                        "is not a sector of the table",
                        "one of the table's sectors",
                        Suggestions.hint(s.getKey(), Set.copyOf(table.sectors()))));
                return Optional.empty();
            }
            shares.put(product, s.getValue());
        }
        return Optional.of(new Event.CapitalRebuild(
                industries, damages, spec.start(), spec.duration(), shares, rebuild.tau(), rebuild.factor()));
    }

    private Set<String> names() {
        Set<String> names = new TreeSet<>();
        for (Industry i : table.industries()) {
            names.add(i.region() + "/" + i.sector());
        }
        return names;
    }
}
