package org.lodestone.app.run;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Objects;
import java.util.function.Consumer;
import org.lodestone.core.ario.ArioModel;
import org.lodestone.core.ario.ArioRun;
import org.lodestone.core.ario.PhaseChanged;
import org.lodestone.core.ario.RunOutcome;
import org.lodestone.core.ario.StepListener;
import org.lodestone.core.ario.StockOut;
import org.lodestone.core.binding.BoundEvents;
import org.lodestone.core.scenario.Scenario;
import org.lodestone.core.shock.Event;

/**
 * A scenario bound to a table and ready to run (made by {@link ScenarioRuns}): its model, built
 * with the engine threads {@link EngineThreads} gave it, and its events. Each {@link #run} starts
 * a fresh engine run over the horizon, passes every step to the listener and records how the run
 * ended, how long it took and the phase changes of its events. Immutable; runs share the model.
 */
public final class ScenarioRun {

    /**
     * What a run left behind, besides what its listeners recorded.
     *
     * @param outcome the engine's outcome (steps run, crash)
     * @param seconds time spent stepping
     * @param phases  every phase change of the scenario's events, in step order ({@link PhaseChanged})
     */
    public record Finished(RunOutcome outcome, double seconds, List<PhaseChanged> phases) {

        public Finished {
            Objects.requireNonNull(outcome, "outcome");
            phases = List.copyOf(phases);
        }
    }

    private final Scenario scenario;
    private final BoundEvents bound;

    ScenarioRun(Scenario scenario, BoundEvents bound) {
        this.scenario = Objects.requireNonNull(scenario, "scenario");
        this.bound = Objects.requireNonNull(bound, "bound");
    }

    /** The scenario, as read. */
    public Scenario scenario() {
        return scenario;
    }

    /** The model the run steps. */
    public ArioModel model() {
        return bound.model();
    }

    /** The bound events, in scenario order (then any added by {@link #withEvents}). */
    public List<Event> events() {
        return bound.events();
    }

    /** Worker threads of the engine. */
    public int threads() {
        return bound.model().parameters().threads();
    }

    /** Indices of the industries any event names, sorted, each once. */
    public int[] shockedIndustries() {
        return bound.events().stream()
                .flatMapToInt(e -> Arrays.stream(e.industries()))
                .distinct()
                .sorted()
                .toArray();
    }

    /** The same run with {@code extra} events after the scenario's (the plan check's stock releases). */
    public ScenarioRun withEvents(List<Event> extra) {
        return new ScenarioRun(scenario, bound.withExtraEvents(extra));
    }

    /** Runs the scenario's horizon (or until the engine crashes), every step to {@code listener}. */
    public Finished run(StepListener listener) {
        return run(listener, null);
    }

    /**
     * As {@link #run(StepListener)}, with every input's {@link StockOut stock-out} to
     * {@code stockOuts} (null: none; subscribing costs a pass over the inputs per step).
     */
    public Finished run(StepListener listener, StockOut.Handler stockOuts) {
        return runWith(listener, run -> {
            if (stockOuts != null) {
                run.onStockOut(stockOuts);
            }
        });
    }

    /**
     * As {@link #run(StepListener)}, after {@code subscribe} has subscribed what it needs to the
     * engine run before it starts (typed events, {@link org.lodestone.core.ario.FlowWatch flow watches}).
     */
    public Finished runWith(StepListener listener, Consumer<ArioRun> subscribe) {
        List<PhaseChanged> phases = new ArrayList<>();
        ArioRun run = new ArioRun(bound.model(), bound.events()).onPhaseChanged(phases::add);
        subscribe.accept(run);
        long started = System.nanoTime();
        RunOutcome outcome = run.run(scenario.horizon(), listener);
        return new Finished(outcome, (System.nanoTime() - started) / 1e9, phases);
    }
}
