package org.lodestone.core.ensemble;

import java.util.ArrayList;
import java.util.List;
import java.util.Objects;
import org.lodestone.core.ario.ArioRun;
import org.lodestone.core.ario.RunOutcome;
import org.lodestone.core.scenario.Scenario;
import org.lodestone.core.scenario.ScenarioFields;
import org.lodestone.core.shortfall.RecorderLayout;
import org.lodestone.core.shortfall.ReportingUnits;
import org.lodestone.core.shortfall.ShortfallRecorder;
import org.lodestone.core.shortfall.UnitOutcome;
import org.lodestone.core.shortfall.UnitValues;

/**
 * Evaluates members with the ARIO engine: sets the varied fields of the base scenario
 * ({@link ScenarioFields#apply}), binds the result to the table (through {@link Binder}, which the
 * edges provide), runs it over the horizon and records the reporting units, with their value added
 * lost when given {@link UnitValues}.
 */
public final class EngineEvaluator implements MemberEvaluator {

    /** Turns a scenario into a run ready to start: model and events bound to the table. */
    @FunctionalInterface
    public interface Binder {
        ArioRun bind(Scenario scenario);
    }

    private final Scenario base;
    private final List<String> inputs;
    private final ReportingUnits units;
    /** The recorders' layout, built once and shared by every member's recorder. */
    private final RecorderLayout layout;

    private final UnitValues worth;
    private final Binder binder;

    /**
     * @param base   the scenario the members vary
     * @param inputs the paths of the varied fields
     * @param units  the units to record
     * @param binder binds a member's scenario
     */
    public EngineEvaluator(Scenario base, List<String> inputs, ReportingUnits units, Binder binder) {
        this(base, inputs, units, UnitValues.none(units), binder);
    }

    /**
     * @param base   the scenario the members vary
     * @param inputs the paths of the varied fields
     * @param units  the units to record
     * @param values what a unit of each final measure is worth to each unit
     * @param binder binds a member's scenario
     */
    public EngineEvaluator(Scenario base, List<String> inputs, ReportingUnits units, UnitValues values, Binder binder) {
        this.base = Objects.requireNonNull(base, "base");
        this.inputs = List.copyOf(inputs);
        this.units = Objects.requireNonNull(units, "units");
        this.layout = RecorderLayout.of(units);
        this.worth = Objects.requireNonNull(values, "values");
        this.binder = Objects.requireNonNull(binder, "binder");
    }

    @Override
    public MemberOutcome evaluate(long member, double[] values) {
        Scenario scenario = values.length == 0 ? base : ScenarioFields.apply(base, inputs, values);
        ShortfallRecorder recorder = new ShortfallRecorder(layout, base.horizon(), worth);
        RunOutcome outcome = binder.bind(scenario).run(base.horizon(), recorder);
        List<UnitOutcome> outcomes = new ArrayList<>();
        for (int u = 0; u < units.units().size(); u++) {
            outcomes.add(recorder.outcome(u));
        }
        return new MemberOutcome(member, values, outcome.steps(), outcome.crashed(), outcomes);
    }
}
