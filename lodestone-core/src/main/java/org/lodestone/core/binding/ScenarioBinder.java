package org.lodestone.core.binding;

import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import java.util.TreeSet;
import org.lodestone.core.ario.ArioModel;
import org.lodestone.core.ario.ArioParameters;
import org.lodestone.core.model.Dataset;
import org.lodestone.core.mrio.IoTable;
import org.lodestone.core.parameter.DatasetFamilies;
import org.lodestone.core.parameter.DatasetPath;
import org.lodestone.core.scenario.EventSpec;
import org.lodestone.core.scenario.Scenario;
import org.lodestone.core.shock.Event;

/**
 * Binds a scenario, which names regions, sectors, commodities, groups and chokepoints, to a table,
 * which numbers its industries: node names become industry indices, capital fractions amounts of
 * the nodes' productive capital, rebuilding sectors products, {@code group:NAME} targets the
 * group's members on the event's date, a chokepoint the share of each region-to-region flow that
 * crosses it, and a stock release its receiving industries. Every problem found is returned as a
 * value with the index of the event (and node) at fault; nothing is thrown for bad input.
 */
public final class ScenarioBinder {

    /** The {@link BindingProblem#field()} of a problem with a dataset path; its value is the path. */
    public static final String DATASET_PATH = "dataset path";

    private ScenarioBinder() {}

    /** Problems with the scenario's model block: per-sector inventories must name sectors of the table. */
    public static List<BindingProblem> checkModel(Scenario scenario, IoTable table) {
        List<BindingProblem> problems = new ArrayList<>();
        for (String sector : scenario.model().inventoryDaysBySector().keySet()) {
            if (!table.sectors().contains(sector)) {
                problems.add(new BindingProblem(
                        BindingProblem.SCENARIO,
                        BindingProblem.WHOLE_EVENT,
                        "model.inventory",
                        sector,
                        "is not a sector of the table",
                        "one of the table's sectors",
                        Suggestions.hint(sector, Set.copyOf(table.sectors()))));
            }
        }
        return problems;
    }

    /**
     * Binds the scenario to {@code table}: its model block checked, the model built under
     * {@code parameters} (the scenario's own, possibly with run settings such as threads changed),
     * then its events bound to that model.
     *
     * @param dataset the dataset the table was built from, which gives groups ({@code group:NAME}
     *                targets) and chokepoint routes; empty for an MRIO table
     */
    public static BoundEvents bind(
            Scenario scenario, IoTable table, ArioParameters parameters, Optional<Dataset> dataset) {
        List<BindingProblem> model = checkModel(scenario, table);
        model.addAll(checkDatasetPaths(scenario, dataset));
        return model.isEmpty()
                ? bind(scenario, ArioModel.of(table(scenario, table, dataset), parameters), dataset)
                : BoundEvents.modelProblems(model);
    }

    /**
     * Problems with the dataset paths the scenario sets ({@code overrides}) or varies
     * ({@code uncertainty}): each must name a row of its dataset. Each problem's field is
     * {@link #DATASET_PATH} and its value the path.
     */
    public static List<BindingProblem> checkDatasetPaths(Scenario scenario, Optional<Dataset> dataset) {
        Set<String> paths = new TreeSet<>(scenario.datasetValues().keySet());
        scenario.uncertainty().paths().stream()
                .filter(DatasetPath::isDatasetPath)
                .forEach(paths::add);
        List<BindingProblem> problems = new ArrayList<>();
        for (String path : paths) {
            if (dataset.isEmpty()) {
                problems.add(datasetPathProblem(
                        path, "needs a Lodestone dataset, and this scenario runs on an MRIO table", "", ""));
                continue;
            }
            try {
                DatasetFamilies.checkRow(dataset.get(), path);
            } catch (DatasetPath.Invalid e) {
                problems.add(datasetPathProblem(
                        path, e.getMessage(), e.expected(), Suggestions.hint(e.misspelt(), e.valid())));
            }
        }
        return problems;
    }

    /**
     * The table {@code scenario} runs on: {@code table} with the dataset numbers the scenario sets
     * ({@link Scenario#datasetValues()}); {@code table} itself when it sets none.
     *
     * @throws org.lodestone.core.parameter.DatasetPath.Invalid if a path names no row of the dataset
     *                                                          ({@link #checkDatasetPaths} first)
     */
    public static IoTable table(Scenario scenario, IoTable table, Optional<Dataset> dataset) {
        return scenario.datasetValues().isEmpty()
                ? table
                : DatasetFamilies.apply(table, dataset.orElseThrow(), scenario.datasetValues());
    }

    private static BindingProblem datasetPathProblem(String path, String message, String expected, String hint) {
        return new BindingProblem(
                BindingProblem.SCENARIO, BindingProblem.WHOLE_EVENT, DATASET_PATH, path, message, expected, hint);
    }

    /**
     * Binds the scenario's events to {@code model}'s table (already built: ensemble members that
     * vary only events share one model).
     *
     * @param dataset the dataset the table was built from, which gives groups ({@code group:NAME}
     *                targets) and chokepoint routes; empty for an MRIO table
     */
    public static BoundEvents bind(Scenario scenario, ArioModel model, Optional<Dataset> dataset) {
        return bind(scenario, model, dataset, ContentShares.NONE);
    }

    /** As {@link #bind(Scenario, ArioModel, Optional)}, taking export controls' content reach from {@code contents}. */
    static BoundEvents bind(Scenario scenario, ArioModel model, Optional<Dataset> dataset, ContentShares contents) {
        List<BindingProblem> problems = new ArrayList<>();
        Dispatch dispatch = new Dispatch(
                new NodeEventBinder(model, scenario.horizon(), problems),
                new MarketEventBinder(model, dataset, scenario.start(), problems, contents));
        List<Event> events = new ArrayList<>();
        List<EventSpec> specs = scenario.events();
        for (int e = 0; e < specs.size(); e++) {
            dispatch.event = e;
            specs.get(e).accept(dispatch).ifPresent(events::add);
        }
        return new BoundEvents(model, events, problems);
    }

    /** Hands each kind to its binder, with the index of the event being bound. */
    private static final class Dispatch implements EventSpec.Visitor<Optional<Event>> {
        private final NodeEventBinder nodes;
        private final MarketEventBinder market;
        private int event;

        Dispatch(NodeEventBinder nodes, MarketEventBinder market) {
            this.nodes = nodes;
            this.market = market;
        }

        @Override
        public Optional<Event> capacityLoss(EventSpec.CapacityLoss c) {
            return nodes.capacityLoss(c, event);
        }

        @Override
        public Optional<Event> capitalDestroyed(EventSpec.CapitalDestroyed c) {
            return nodes.capitalDestroyed(c, event);
        }

        @Override
        public Optional<Event> exportControl(EventSpec.ExportControl c) {
            return market.exportControl(c, event);
        }

        @Override
        public Optional<Event> logisticsDisruption(EventSpec.LogisticsDisruption d) {
            return market.logisticsDisruption(d, event);
        }

        @Override
        public Optional<Event> demandShock(EventSpec.DemandShock d) {
            return market.demandShock(d, event);
        }

        @Override
        public Optional<Event> stockRelease(EventSpec.StockRelease r) {
            return market.stockRelease(r, event);
        }
    }
}
