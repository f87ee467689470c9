package org.lodestone.io.scenario;

import java.util.Objects;
import java.util.Optional;
import org.lodestone.core.ario.ArioModel;
import org.lodestone.core.ario.ArioParameters;
import org.lodestone.core.model.Dataset;
import org.lodestone.core.mrio.IoTable;
import org.lodestone.core.scenario.Scenario;

/**
 * Binds versions of one scenario (ensemble members: the same events with other numbers) to a
 * table, for runs on one thread each. The model under the scenario's own parameters is built once
 * and shared by every member that does not vary a model parameter; the others get their own.
 * Construction binds the scenario itself, so its problems are reported before any member runs.
 * Binding only: the run is started by the caller (the app's {@code ScenarioRuns}, the Spark
 * member job), never here. Thread-safe.
 */
public final class MemberBinding {

    private final LocatedScenario located;
    private final IoTable table;
    private final Optional<Dataset> dataset;
    private final ArioParameters baseParameters;
    private final ArioModel baseModel;

    /**
     * @param dataset the dataset the table was built from (groups, chokepoints), if any
     * @throws org.lodestone.io.problem.InputException if the scenario does not bind to the table
     */
    public MemberBinding(LocatedScenario located, IoTable table, Optional<Dataset> dataset) {
        this.located = Objects.requireNonNull(located, "located");
        this.table = Objects.requireNonNull(table, "table");
        this.dataset = Objects.requireNonNull(dataset, "dataset");
        this.baseParameters = located.scenario().model().withThreads(1);
        this.baseModel = ArioModel.of(table, baseParameters);
        ScenarioBinder.bind(located, baseModel, dataset);
    }

    /**
     * {@code member} (a version of the scenario with other numbers) bound to the table, its model
     * set for one thread.
     *
     * @throws org.lodestone.io.problem.InputException if the member does not bind (its numbers were checked when read, so
     *                                                 this means a bug or a scenario changed since)
     */
    public ScenarioBinder.Bound bind(Scenario member) {
        ArioParameters parameters = member.model().withThreads(1);
        ArioModel model = parameters.equals(baseParameters) ? baseModel : ArioModel.of(table, parameters);
        return ScenarioBinder.bind(located.withScenario(member.withModel(parameters)), model, dataset);
    }
}
