package org.lodestone.app.run;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.lodestone.core.ario.EventPhase;
import org.lodestone.core.ario.PhaseChanged;
import org.lodestone.core.ario.RunOutcome;
import org.lodestone.core.ario.StepListener;
import org.lodestone.io.scenario.LocatedScenario;
import org.lodestone.io.scenario.ScenarioLibrary;

/**
 * The facade every command runs scenarios through: the thread count it is given reaches the
 * engine, and a scenario gives the same run whichever path binds it (one run, a stress test's
 * batch, an ensemble member, a check), on any number of threads.
 */
class ScenarioRunsTest {

    private static TableSource source;
    private static LocatedScenario outage;
    private static LocatedScenario ban;

    @BeforeAll
    static void loadTheDatasetOnce() {
        source = TableSource.load("builtin:ai-stack", null);
        outage = ScenarioLibrary.read("korea-hbm-outage");
        ban = ScenarioLibrary.read("gallium-germanium-ban");
    }

    @Test
    void theThreadCountGivenIsTheEngines() {
        assertThat(ScenarioRuns.bind(outage, source, 3).threads()).isEqualTo(3);
        assertThat(ScenarioRuns.bind(outage, source, 1).threads()).isEqualTo(1);
        assertThat(ScenarioRuns.check(outage, source.table(), source.dataset()).threads())
                .isEqualTo(EngineThreads.ONE);
        // 7 threads for 2 scenarios: both run at once, 3 engine threads each
        assertThat(ScenarioRuns.bindAll(List.of(outage, ban), source.table(), source.dataset(), 7))
                .extracting(ScenarioRun::threads)
                .containsExactly(3, 3);
    }

    @Test
    void threadsAreSharedOutOneRunPerThreadAtMostOnePerScenario() {
        assertThat(EngineThreads.concurrentRuns(8, 3)).isEqualTo(3);
        assertThat(EngineThreads.perRun(8, 3)).isEqualTo(2);
        assertThat(EngineThreads.concurrentRuns(2, 10)).isEqualTo(2);
        assertThat(EngineThreads.perRun(2, 10)).isEqualTo(1);
        assertThat(EngineThreads.perRun(4, 1)).isEqualTo(4);
        assertThat(EngineThreads.of(5)).isEqualTo(5);
        assertThat(EngineThreads.of(null)).isEqualTo(Runtime.getRuntime().availableProcessors());
        assertThatThrownBy(() -> EngineThreads.of(0)).hasMessage("'--threads': 0 (expected >= 1)");
    }

    @Test
    void everyPathGivesTheSameRun() {
        List<double[]> one = production(ScenarioRuns.bind(ban, source, 1));
        List<double[]> three = production(ScenarioRuns.bind(ban, source, 3));
        List<double[]> batch =
                production(ScenarioRuns.bindAll(List.of(outage, ban), source.table(), source.dataset(), 4)
                        .get(1));
        List<double[]> member = new ArrayList<>();
        RunOutcome memberOutcome = ScenarioRuns.members(ban, source.table(), source.dataset())
                .bind(ban.scenario())
                .run(
                        ban.scenario().horizon(),
                        step -> member.add(step.production().toArray()));

        assertThat(one).hasSize(ban.scenario().horizon());
        assertThat(memberOutcome.steps()).isEqualTo(ban.scenario().horizon());
        for (List<double[]> other : List.of(three, batch, member)) {
            assertThat(other).hasSameSizeAs(one);
            for (int t = 0; t < one.size(); t++) {
                assertThat(other.get(t)).as("step %d", t).containsExactly(one.get(t));
            }
        }
        assertThat(ScenarioRuns.check(ban, source.table(), source.dataset()).events())
                .hasSameSizeAs(ScenarioRuns.bind(ban, source, 2).events())
                .hasSameSizeAs(ban.scenario().events());
    }

    /** The outage (start day 1, 40 days, linear recovery over 95) is recovering from day 41 and gone on day 136. */
    @Test
    void aRunRecordsThePhasesOfItsEvents() {
        ScenarioRun.Finished finished = ScenarioRuns.bind(outage, source, 1).run(StepListener.none());

        assertThat(finished.outcome().crashed()).isFalse();
        assertThat(finished.phases())
                .containsExactly(
                        new PhaseChanged(1, 0, EventPhase.PENDING, EventPhase.HAPPENING),
                        new PhaseChanged(41, 0, EventPhase.HAPPENING, EventPhase.RECOVERING),
                        new PhaseChanged(136, 0, EventPhase.RECOVERING, EventPhase.FINISHED));
    }

    private static List<double[]> production(ScenarioRun run) {
        List<double[]> steps = new ArrayList<>();
        run.run(step -> steps.add(step.production().toArray()));
        return steps;
    }

    @Test
    void extraEventsComeAfterTheScenarios() {
        ScenarioRun run = ScenarioRuns.bind(outage, source, 1);
        ScenarioRun withTwice = run.withEvents(run.events());

        assertThat(withTwice.events()).hasSize(2).startsWith(run.events().get(0));
        assertThat(withTwice.model()).isSameAs(run.model());
        assertThat(Optional.of(withTwice.scenario())).contains(run.scenario());
    }
}
