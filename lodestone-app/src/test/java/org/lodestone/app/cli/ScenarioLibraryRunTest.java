package org.lodestone.app.cli;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import java.util.Set;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;
import org.lodestone.app.run.ScenarioRun;
import org.lodestone.app.run.ScenarioRuns;
import org.lodestone.app.run.TableSource;
import org.lodestone.core.ario.ReadOnlyVector;
import org.lodestone.core.ario.RunOutcome;
import org.lodestone.core.ario.StepListener;
import org.lodestone.core.ario.StepView;
import org.lodestone.io.scenario.LocatedScenario;
import org.lodestone.io.scenario.ScenarioLibrary;

/**
 * Every bundled scenario binds to the bundled dataset and runs its whole horizon without the
 * engine stopping, and moves something: a run that changes nothing would be a scenario whose
 * shock never reaches the network (e.g. a control on an input no recipe treats as essential).
 * Some moves are small by design: graphite-controls changes no industry by more than ~0.1%
 * (docs/scenario-library.md says why), so the threshold is 1e-4.
 */
class ScenarioLibraryRunTest {

    /**
     * Scenarios whose shock lands on the AI-compute chain itself (semiconductors, chokepoints,
     * power), and the mineral controls that reach it once buyers need time to qualify other
     * suppliers (the dataset's qualification.csv).
     */
    private static final Set<String> HIT_AI_COMPUTE = Set.of(
            "taiwan-strait-closure",
            "korea-hbm-outage",
            "dutch-litho-halt",
            "dc-power-shortfall",
            "ree-controls-snap-back",
            "gallium-germanium-ban");

    /** The negative control: Korean chip output did not fall in 2019, so AI compute must not either. */
    private static final Set<String> NO_COLLAPSE = Set.of("photoresist-control");

    private static TableSource source;

    @BeforeAll
    static void loadTheDatasetOnce() {
        source = TableSource.load("builtin:ai-stack", null);
    }

    static List<String> names() {
        return ScenarioLibrary.entries().stream()
                .map(ScenarioLibrary.Entry::name)
                .toList();
    }

    @ParameterizedTest
    @MethodSource("names")
    void bindsAndRunsItsHorizonOnTheBundledDataset(String name) {
        LocatedScenario located = ScenarioLibrary.read(name);
        var scenario = located.scenario();
        ScenarioRun bound = ScenarioRuns.bind(located, source, 1);
        Effect effect = new Effect(source.table().indexOf("USA", "ai-compute"));

        RunOutcome outcome = bound.run(effect).outcome();

        assertThat(outcome.crashed()).as(outcome.reason().orElse("")).isFalse();
        assertThat(outcome.steps()).isEqualTo(scenario.horizon());
        assertThat(bound.events()).hasSameSizeAs(scenario.events());
        assertThat(effect.largestChange)
                .as("largest relative change of any industry's production or of unmet final demand")
                .isGreaterThan(1e-4);
        if (HIT_AI_COMPUTE.contains(name)) {
            assertThat(effect.lowestUsaAiCompute)
                    .as("lowest US ai-compute relative to step 0")
                    .isLessThan(0.99);
        }
        if (NO_COLLAPSE.contains(name)) {
            assertThat(effect.lowestUsaAiCompute)
                    .as("lowest US ai-compute relative to step 0")
                    .isGreaterThan(0.99);
        }
    }

    /** The largest relative move of any industry's production or of unmet final demand, and the US ai-compute low. */
    private static final class Effect implements StepListener {
        private final int usaAiCompute;
        double largestChange;
        double lowestUsaAiCompute = 1;

        Effect(int usaAiCompute) {
            this.usaAiCompute = usaAiCompute;
        }

        @Override
        public void onStep(StepView v) {
            ReadOnlyVector x0 = v.initialOutput();
            ReadOnlyVector x = v.production();
            for (int i = 0; i < x.size(); i++) {
                if (x0.get(i) > 0) {
                    largestChange = Math.max(largestChange, Math.abs(x.get(i) / x0.get(i) - 1));
                }
            }
            double unmet = v.finalDemandUnmet().sum();
            double demand = v.finalDemand().sum();
            largestChange = Math.max(largestChange, demand == 0 ? 0 : unmet / demand);
            lowestUsaAiCompute = Math.min(lowestUsaAiCompute, x.get(usaAiCompute) / x0.get(usaAiCompute));
        }
    }
}
