package org.lodestone.app.run;

import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import org.lodestone.core.ario.ArioRun;
import org.lodestone.core.binding.BoundEvents;
import org.lodestone.core.ensemble.EngineEvaluator;
import org.lodestone.core.model.Dataset;
import org.lodestone.core.mrio.IoTable;
import org.lodestone.io.problem.InputException;
import org.lodestone.io.problem.Problem;
import org.lodestone.io.scenario.LocatedScenario;
import org.lodestone.io.scenario.MemberBinding;
import org.lodestone.io.scenario.ScenarioBinder;

/**
 * The one way the application binds and runs scenarios: the simulate, stress-test, plan, ensemble,
 * sensitivity and reverse commands, the server and {@code validate} all come here. Binding goes
 * through io's {@link ScenarioBinder} (names become indices; every problem located); the model is
 * built with the threads {@link EngineThreads} gives; {@link ScenarioRun#run} runs and records.
 */
public final class ScenarioRuns {

    private ScenarioRuns() {}

    /**
     * Binds {@code located} to {@code table}, with a model for {@code threads} engine threads.
     *
     * @param dataset the dataset the table was built from (groups, chokepoints), if any
     * @throws InputException with every problem found
     */
    public static ScenarioRun bind(LocatedScenario located, IoTable table, Optional<Dataset> dataset, int threads) {
        return new ScenarioRun(
                located.scenario(),
                ScenarioBinder.bind(located, table, located.scenario().model().withThreads(threads), dataset));
    }

    /** As {@link #bind(LocatedScenario, IoTable, Optional, int)}, on the table a {@link TableSource} loaded. */
    public static ScenarioRun bind(LocatedScenario located, TableSource source, int threads) {
        return bind(located, source.table(), source.dataset(), threads);
    }

    /**
     * Binds a scenario only to check it or to hand its events on: the model is built for one
     * thread, as it never runs.
     *
     * @throws InputException with every problem found
     */
    public static ScenarioRun check(LocatedScenario located, IoTable table, Optional<Dataset> dataset) {
        return bind(located, table, dataset, EngineThreads.ONE);
    }

    /**
     * Binds every scenario, {@code runs} of which go at once on {@code threads} threads
     * ({@link EngineThreads#perRun}); every problem of every scenario is reported together,
     * before anything runs.
     *
     * @throws InputException with every binding problem of every scenario
     */
    public static List<ScenarioRun> bindAll(
            List<LocatedScenario> scenarios, IoTable table, Optional<Dataset> dataset, int threads) {
        int engineThreads = EngineThreads.perRun(threads, scenarios.size());
        List<Problem> problems = new ArrayList<>();
        List<ScenarioRun> bound = new ArrayList<>();
        for (LocatedScenario located : scenarios) {
            try {
                bound.add(bind(located, table, dataset, engineThreads));
            } catch (InputException e) {
                problems.addAll(e.problems());
            }
        }
        if (!problems.isEmpty()) {
            throw new InputException(problems);
        }
        return bound;
    }

    /**
     * How ensemble, sensitivity and reverse-test members of {@code located} become runs: bound by
     * a {@link MemberBinding} (one shared model unless a member varies the model), each on a
     * one-thread engine, as members run one per thread.
     *
     * @throws InputException if the scenario does not bind to the table
     */
    public static EngineEvaluator.Binder members(LocatedScenario located, IoTable table, Optional<Dataset> dataset) {
        MemberBinding binding = new MemberBinding(located, table, dataset);
        return member -> {
            BoundEvents bound = binding.bind(member);
            return new ArioRun(bound.model(), bound.events());
        };
    }
}
