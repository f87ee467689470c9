package org.lodestone.app.stresstest;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeSet;
import org.lodestone.core.model.Dataset;
import org.lodestone.core.model.FinalDemand;
import org.lodestone.core.model.Production;
import org.lodestone.core.model.Provenance;
import org.lodestone.core.model.RecipeInput;
import org.lodestone.core.model.Route;
import org.lodestone.core.model.Status;
import org.lodestone.core.scenario.EventSpec;
import org.lodestone.core.scenario.NodeRef;

/**
 * The dataset's {@code assumed} numbers behind a scenario: production, recipe and final-demand rows
 * of the commodities its events name or that it hits most, and the route shares of the
 * chokepoints it disrupts. Rows with the same note are listed once, with their count.
 */
final class Assumptions {

    /**
     * One assumption.
     *
     * @param what  the kind of row and what it is about, e.g. {@code recipe ai-server <- tin}
     * @param note  the dataset's rationale
     * @param rows  how many rows share it
     */
    record Assumption(String what, String note, int rows) {}

    /** The commodities (sectors) an event names. */
    private static final EventSpec.Visitor<List<String>> NAMED = new EventSpec.Visitor<>() {
        @Override
        public List<String> capacityLoss(EventSpec.CapacityLoss e) {
            return e.at().stream().map(NodeRef::sector).toList();
        }

        @Override
        public List<String> capitalDestroyed(EventSpec.CapitalDestroyed e) {
            return e.at().stream().map(NodeRef::sector).toList();
        }

        @Override
        public List<String> exportControl(EventSpec.ExportControl e) {
            return e.commodities();
        }

        @Override
        public List<String> logisticsDisruption(EventSpec.LogisticsDisruption e) {
            return List.of();
        }

        @Override
        public List<String> demandShock(EventSpec.DemandShock e) {
            return e.commodities();
        }

        @Override
        public List<String> stockRelease(EventSpec.StockRelease e) {
            return List.of(e.commodity());
        }
    };

    /** The chokepoints an event disrupts. */
    private static final EventSpec.Visitor<List<String>> CHOKEPOINTS = new EventSpec.Visitor<>() {
        @Override
        public List<String> capacityLoss(EventSpec.CapacityLoss e) {
            return List.of();
        }

        @Override
        public List<String> capitalDestroyed(EventSpec.CapitalDestroyed e) {
            return List.of();
        }

        @Override
        public List<String> exportControl(EventSpec.ExportControl e) {
            return List.of();
        }

        @Override
        public List<String> logisticsDisruption(EventSpec.LogisticsDisruption e) {
            return List.of(e.chokepoint());
        }

        @Override
        public List<String> demandShock(EventSpec.DemandShock e) {
            return List.of();
        }

        @Override
        public List<String> stockRelease(EventSpec.StockRelease e) {
            return List.of();
        }
    };

    private Assumptions() {}

    /** Commodities a scenario names in its events, plus those it hits most (charted). */
    static Set<String> commodities(ScenarioResult result) {
        Set<String> commodities = new TreeSet<>();
        for (EventSpec e : result.entry().scenario().events()) {
            commodities.addAll(e.accept(NAMED));
        }
        result.mostHit().forEach(l -> commodities.add(l.loss().commodity().id().value()));
        return commodities;
    }

    /** The chokepoints the scenario's events disrupt, sorted. */
    static Set<String> chokepoints(ScenarioResult result) {
        Set<String> chokepoints = new TreeSet<>();
        for (EventSpec e : result.entry().scenario().events()) {
            chokepoints.addAll(e.accept(CHOKEPOINTS));
        }
        return chokepoints;
    }

    /** Assumptions about {@code commodities} and the chokepoints the scenario disrupts. */
    static List<Assumption> of(Dataset dataset, ScenarioResult result) {
        Set<String> commodities = commodities(result);
        Set<String> chokepoints = chokepoints(result);
        Map<List<String>, Integer> rows = new LinkedHashMap<>();
        for (Production p : dataset.production()) {
            add(
                    rows,
                    commodities.contains(p.commodity().value()),
                    "production of " + p.commodity().value() + " in "
                            + p.region().code(),
                    p.provenance());
        }
        for (RecipeInput r : dataset.recipes()) {
            add(
                    rows,
                    commodities.contains(r.output().value())
                            || commodities.contains(r.input().value()),
                    "recipe " + r.output().value() + " <- " + r.input().value(),
                    r.provenance());
        }
        for (FinalDemand f : dataset.finalDemand()) {
            add(
                    rows,
                    commodities.contains(f.commodity().value()),
                    "final demand of " + f.commodity().value(),
                    f.provenance());
        }
        for (Route r : dataset.routes()) {
            add(rows, chokepoints.contains(r.chokepoint()), "route share through " + r.chokepoint(), r.provenance());
        }
        List<Assumption> list = new ArrayList<>();
        rows.forEach((key, count) -> list.add(new Assumption(key.get(0), key.get(1), count)));
        return list;
    }

    private static void add(Map<List<String>, Integer> rows, boolean relevant, String what, Provenance provenance) {
        if (relevant && provenance.status() == Status.ASSUMED) {
            rows.merge(List.of(what, provenance.note()), 1, Integer::sum);
        }
    }
}
