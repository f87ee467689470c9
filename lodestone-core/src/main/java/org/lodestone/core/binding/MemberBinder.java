package org.lodestone.core.binding;

import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;
import java.util.Set;
import java.util.concurrent.ConcurrentHashMap;
import org.lodestone.core.ario.ArioModel;
import org.lodestone.core.ario.ArioParameters;
import org.lodestone.core.model.Dataset;
import org.lodestone.core.mrio.IoTable;
import org.lodestone.core.parameter.DatasetFamilies;
import org.lodestone.core.parameter.DatasetRows;
import org.lodestone.core.scenario.Scenario;

/**
 * Binds versions of one scenario (ensemble, sensitivity and reverse-test members: the same events
 * with other numbers) to a table, for runs on one thread each. The model under the scenario's own
 * parameters is built once and shared by every member that does not vary a model parameter or a
 * dataset number; the others get their own (a member that varies a dataset number, such as
 * {@code dataset.substitution[server,ndfeb-magnet].substitutable}, runs on the table with it set,
 * built from the dataset's rows read once ({@link DatasetRows}); the paths are checked once per
 * set of paths, not per member). Construction binds the scenario itself, so its problems are
 * known before any member runs. Thread-safe.
 */
public final class MemberBinder {

    private final IoTable table;
    private final Optional<Dataset> dataset;
    private final ArioParameters baseParameters;
    private final BoundEvents base;
    private final Map<String, Double> baseDatasetValues;
    /** The dataset's rows, read once for every member that sets dataset numbers; null without a dataset. */
    private final DatasetRows rows;
    /** The problems of the dataset paths of members, by the paths they check: the same for every member of a design. */
    private final Map<List<Object>, List<BindingProblem>> pathProblems = new ConcurrentHashMap<>();
    /** The content reach of export controls, computed once for every member (their controls differ only in numbers). */
    private final ContentShares contents;

    /** @param dataset the dataset the table was built from (groups, chokepoints), if any */
    public MemberBinder(Scenario scenario, IoTable table, Optional<Dataset> dataset) {
        this.table = Objects.requireNonNull(table, "table");
        this.dataset = Objects.requireNonNull(dataset, "dataset");
        this.baseParameters = scenario.model().withThreads(1);
        this.base = ScenarioBinder.bind(scenario, table, baseParameters, dataset);
        this.baseDatasetValues = scenario.datasetValues();
        this.rows = dataset.map(DatasetRows::new).orElse(null);
        this.contents = new ContentShares(table);
    }

    /** The problems of the scenario itself; members cannot be bound unless this is empty. */
    public List<BindingProblem> problems() {
        return base.problems();
    }

    /**
     * {@code member} bound to the table, its model set for one thread. A member can still have
     * problems of its own (its start and duration drawn so that a capacity event outlasts the
     * horizon, say).
     *
     * @throws IllegalStateException if the scenario itself does not bind ({@link #problems()})
     */
    public BoundEvents bind(Scenario member) {
        ArioParameters parameters = member.model().withThreads(1);
        boolean sameTable = member.datasetValues().equals(baseDatasetValues);
        List<BindingProblem> paths = sameTable
                ? List.of()
                : pathProblems.computeIfAbsent(
                        List.of(
                                Set.copyOf(member.datasetValues().keySet()),
                                member.uncertainty().paths()),
                        key -> List.copyOf(ScenarioBinder.checkDatasetPaths(member, dataset)));
        if (!paths.isEmpty()) {
            return BoundEvents.modelProblems(paths);
        }
        ArioModel model = parameters.equals(baseParameters) && sameTable
                ? base.model()
                : ArioModel.of(table(member), parameters, baseModel());
        return ScenarioBinder.bind(member.withModel(parameters), model, dataset, contents);
    }

    /** The scenario's own model, which members' models share their table's parts with; null when it did not bind. */
    private ArioModel baseModel() {
        return base.problems().isEmpty() ? base.model() : null;
    }

    /** {@link ScenarioBinder#table}, from the dataset rows read once. */
    private IoTable table(Scenario member) {
        return member.datasetValues().isEmpty() ? table : DatasetFamilies.apply(table, rows, member.datasetValues());
    }
}
