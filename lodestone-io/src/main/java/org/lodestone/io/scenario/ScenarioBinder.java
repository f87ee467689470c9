package org.lodestone.io.scenario;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.TreeSet;
import org.lodestone.core.ario.ArioModel;
import org.lodestone.core.ario.ArioParameters;
import org.lodestone.core.model.Dataset;
import org.lodestone.core.mrio.Industry;
import org.lodestone.core.mrio.IoTable;
import org.lodestone.core.scenario.EventSpec;
import org.lodestone.core.scenario.NodeRef;
import org.lodestone.core.shock.Event;
import org.lodestone.io.problem.InputException;
import org.lodestone.io.problem.Location;
import org.lodestone.io.problem.Problems;
import org.lodestone.io.problem.Suggestions;

/**
 * Binds a scenario's events to a table: node names become industry indices, capital fractions
 * become amounts of the nodes' productive capital, rebuilding sectors become products. Every
 * problem is reported with the line of the event or node that causes it.
 */
public final class ScenarioBinder {

    private ScenarioBinder() {}

    /**
     * A scenario ready to run: the model of the table under the scenario's parameters, and the
     * events bound to it.
     *
     * @param model  the precomputed model
     * @param events the events, in scenario order
     */
    public record Bound(ArioModel model, List<Event> events) {

        public Bound {
            events = List.copyOf(events);
        }
    }

    /**
     * Builds the model of {@code table} under the scenario's parameters and binds its events.
     *
     * @param parameters the scenario's parameters, possibly with run settings (threads) changed
     * @throws InputException with every problem found
     */
    public static Bound bind(LocatedScenario located, IoTable table, ArioParameters parameters) {
        return bind(located, table, parameters, Optional.empty());
    }

    /**
     * As {@link #bind(LocatedScenario, IoTable, ArioParameters)}, with the dataset the table was
     * built from, which gives groups ({@code group:NAME} targets) and chokepoint routes.
     */
    public static Bound bind(
            LocatedScenario located, IoTable table, ArioParameters parameters, Optional<Dataset> dataset) {
        Problems problems = new Problems();
        checkSectorNames(located, table, problems);
        problems.throwIfErrors();
        ArioModel model = ArioModel.of(table, parameters);
        return new Bound(model, events(located, table, model, dataset));
    }

    /**
     * Binds the scenario's events to an already built model (of the scenario's table and
     * parameters): ensemble members that vary only events share one model.
     *
     * @throws InputException with every problem found
     */
    public static Bound bind(LocatedScenario located, ArioModel model, Optional<Dataset> dataset) {
        Problems problems = new Problems();
        checkSectorNames(located, model.table(), problems);
        problems.throwIfErrors();
        return new Bound(model, events(located, model.table(), model, dataset));
    }

    private static List<Event> events(
            LocatedScenario located, IoTable table, ArioModel model, Optional<Dataset> dataset) {
        Problems problems = new Problems();
        MarketEventBinder market =
                new MarketEventBinder(table, model, dataset, located.scenario().start(), problems);
        List<Event> events = new ArrayList<>();
        List<EventSpec> specs = located.scenario().events();
        for (int e = 0; e < specs.size(); e++) {
            EventSpec spec = specs.get(e);
            Location at = located.events().get(e);
            if (!(spec instanceof EventSpec.CapacityLoss) && !(spec instanceof EventSpec.CapitalDestroyed)) {
                market.bind(spec, at).ifPresent(events::add);
                continue;
            }
            int[] industries = industries(spec, located.nodes().get(e), table, problems);
            if (spec.start() + spec.duration() > located.scenario().horizon()) {
                problems.error(
                        at,
                        "start",
                        String.valueOf(spec.start()),
                        "plus duration " + spec.duration() + " goes beyond the horizon ("
                                + located.scenario().horizon() + ")",
                        "start + duration <= horizon",
                        "Maybe lengthen the horizon");
            }
            if (industries == null) {
                continue;
            }
            if (spec instanceof EventSpec.CapacityLoss c) {
                double[] fractions = new double[industries.length];
                Arrays.fill(fractions, c.fraction());
                events.add(new Event.CapacityLoss(industries, fractions, c.start(), c.duration(), c.curve(), c.tau()));
            } else {
                capital((EventSpec.CapitalDestroyed) spec, industries, at, table, model, problems)
                        .ifPresent(events::add);
            }
        }
        problems.throwIfErrors();
        return events;
    }

    private static int[] industries(EventSpec spec, List<Location> where, IoTable table, Problems problems) {
        int[] industries = new int[spec.at().size()];
        boolean ok = true;
        for (int n = 0; n < industries.length; n++) {
            NodeRef node = spec.at().get(n);
            industries[n] = table.indexOf(node.region(), node.sector());
            if (industries[n] < 0) {
                ok = false;
                problems.error(
                        where.get(n),
                        "node",
                        node.toString(),
                        "is not in the table",
                        "a region and sector (or commodity) of the dataset",
                        Suggestions.hint(node.toString(), names(table)));
            }
        }
        if (ok && Arrays.stream(industries).distinct().count() != industries.length) {
            problems.error(where.get(0), "at", spec.at().toString(), "names a node twice", "each node once", "");
            return null;
        }
        return ok ? industries : null;
    }

    private static Optional<Event> capital(
            EventSpec.CapitalDestroyed spec,
            int[] industries,
            Location at,
            IoTable table,
            ArioModel model,
            Problems problems) {
        double[] damages = new double[industries.length];
        for (int n = 0; n < industries.length; n++) {
            double k = model.capital(industries[n]);
            if (Double.isNaN(k)) {
                problems.error(
                        at,
                        "type",
                        "capital-destroyed",
                        "needs productive capital, which this physical dataset does not give",
                        "capacity-loss on physical datasets",
                        "Use type: capacity-loss with the same fraction");
                return Optional.empty();
            }
            if (k <= 0) {
                problems.error(
                        at,
                        "node",
                        spec.at().get(n).toString(),
                        "has no productive capital (value added is 0)",
                        "a node with capital",
                        "");
                return Optional.empty();
            }
            damages[n] = spec.fraction() * k;
        }
        if (spec.recovery().isPresent()) {
            EventSpec.Recovery r = spec.recovery().get();
            return Optional.of(
                    new Event.CapitalRecovery(industries, damages, spec.start(), spec.duration(), r.curve(), r.tau()));
        }
        EventSpec.Rebuild rebuild = spec.rebuild().orElseThrow();
        Map<Integer, Double> shares = new HashMap<>();
        for (Map.Entry<String, Double> e : rebuild.sectors().entrySet()) {
            int product = table.sectors().indexOf(e.getKey());
            if (product < 0) {
                problems.error(
                        at,
                        "rebuild.sectors",
                        e.getKey(),
                        "is not a sector of the table",
                        "one of the table's sectors",
                        Suggestions.hint(e.getKey(), Set.copyOf(table.sectors())));
                return Optional.empty();
            }
            shares.put(product, e.getValue());
        }
        return Optional.of(new Event.CapitalRebuild(
                industries, damages, spec.start(), spec.duration(), shares, rebuild.tau(), rebuild.factor()));
    }

    private static void checkSectorNames(LocatedScenario located, IoTable table, Problems problems) {
        for (String sector : located.scenario().model().inventoryDaysBySector().keySet()) {
            if (!table.sectors().contains(sector)) {
                problems.error(
                        Location.file(located.file().toString()),
                        "model.inventory",
                        sector,
                        "is not a sector of the table",
                        "one of the table's sectors",
                        Suggestions.hint(sector, Set.copyOf(table.sectors())));
            }
        }
    }

    private static Set<String> names(IoTable table) {
        Set<String> names = new TreeSet<>();
        for (Industry i : table.industries()) {
            names.add(i.region() + "/" + i.sector());
        }
        return names;
    }
}
