package org.lodestone.bench;

import java.nio.file.Path;
import java.time.LocalDate;
import java.util.Locale;
import java.util.Optional;
import org.lodestone.core.ario.ArioRun;
import org.lodestone.core.binding.BoundEvents;
import org.lodestone.core.coalition.Group;
import org.lodestone.core.ensemble.EngineEvaluator;
import org.lodestone.core.ensemble.EnsembleLayout;
import org.lodestone.core.ensemble.EnsembleRunner;
import org.lodestone.core.ensemble.EnsembleSummary;
import org.lodestone.core.ensemble.MonteCarloDesign;
import org.lodestone.core.model.Dataset;
import org.lodestone.core.mrio.DatasetTables;
import org.lodestone.core.mrio.IoTable;
import org.lodestone.core.scenario.Scenario;
import org.lodestone.core.shortfall.FinalCommodity;
import org.lodestone.core.shortfall.ReportingUnits;
import org.lodestone.core.shortfall.UnitValues;
import org.lodestone.core.uncertainty.Uncertainty;
import org.lodestone.io.dataset.DatasetLoader;
import org.lodestone.io.dataset.LoadedDataset;
import org.lodestone.io.scenario.LocatedScenario;
import org.lodestone.io.scenario.MemberBinding;
import org.lodestone.io.scenario.ScenarioReader;

/**
 * A scenario's ensemble set up as {@code lodestone ensemble} sets it up: its uncertainty block,
 * the coalition's reporting units with their value added, each member bound by
 * {@link MemberBinding} and run on one thread with the stress-test recorder. Only the report is
 * left out. Shared by {@link EnsembleThroughput} and {@link EnsembleMemberBenchmark}.
 */
final class BundledEnsemble {

    private final String description;
    private final EnsembleLayout layout;
    private final EngineEvaluator evaluator;
    private final Uncertainty uncertainty;
    /** What {@link MemberCpu} times apart: the scenario, the binding, the recorder's units and values. */
    final Scenario scenario;

    final MemberBinding binding;
    final ReportingUnits units;
    final UnitValues values;

    private BundledEnsemble(
            String description,
            EnsembleLayout layout,
            EngineEvaluator evaluator,
            Scenario scenario,
            MemberBinding binding,
            ReportingUnits units,
            UnitValues values) {
        this.description = description;
        this.layout = layout;
        this.evaluator = evaluator;
        this.uncertainty = scenario.uncertainty();
        this.scenario = scenario;
        this.binding = binding;
        this.units = units;
        this.values = values;
    }

    /** Loads {@code reference} ({@code builtin:NAME} or a scenario file) and its dataset; coalition membership on the scenario's start. */
    static BundledEnsemble load(String reference) {
        LocatedScenario located = ScenarioReader.read(Path.of(reference));
        Scenario scenario = located.scenario();
        LoadedDataset loaded = DatasetLoader.load(scenario.dataset());
        Dataset dataset = loaded.dataset();
        IoTable table = DatasetTables.of(dataset, loaded.network());
        Group coalition = dataset.group(
                        scenario.coalition().orElse(dataset.info().defaultCoalition()))
                .orElseThrow();
        ReportingUnits units = ReportingUnits.of(
                table,
                coalition.id(),
                coalition.membersOn(scenario.start().orElse(LocalDate.now())).stream()
                        .map(r -> r.code())
                        .toList(),
                FinalCommodity.of(dataset).orElseThrow().value());
        UnitValues values = UnitValues.of(units, dataset);
        Uncertainty uncertainty = scenario.uncertainty();
        MemberBinding binding = new MemberBinding(located, table, Optional.of(dataset));
        EngineEvaluator evaluator = new EngineEvaluator(scenario, uncertainty.paths(), units, values, member -> {
            BoundEvents bound = binding.bind(member);
            return new ArioRun(bound.model(), bound.events());
        });
        EnsembleLayout layout = EnsembleLayout.of(units, values, scenario.horizon(), uncertainty.paths());
        String description = String.format(
                Locale.ROOT,
                "%s on %s (%d industries), %d inputs varied, horizon %d days",
                reference,
                dataset.info().id(),
                table.size(),
                uncertainty.vary().size(),
                scenario.horizon());
        return new BundledEnsemble(description, layout, evaluator, scenario, binding, units, values);
    }

    /** The scenario, its dataset and what varies, in one line. */
    String description() {
        return description;
    }

    /** The varied inputs' values of member {@code k} of the design of {@code size} members. */
    double[] memberValues(long size, long k) {
        return new MonteCarloDesign(uncertainty, size).values(k);
    }

    /** Members {@code from} (inclusive) to {@code to} (exclusive) of the design of {@code size} members, on {@code threads} workers. */
    EnsembleSummary run(long size, long from, long to, int threads) {
        MonteCarloDesign design = new MonteCarloDesign(uncertainty, size);
        return EnsembleRunner.run(layout, design, evaluator, from, to, threads, k -> {});
    }
}
