package org.lodestone.app.plan;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.LocalDate;
import java.util.List;
import java.util.Optional;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.lodestone.app.run.Scope;
import org.lodestone.io.scenario.LocatedScenario;
import org.lodestone.io.scenario.ScenarioLibrary;

/** The plan's simulated check runs the engine on the threads {@code --threads} gives, with the same result on any. */
class EngineCheckTest {

    private static Scope scope;
    private static LocatedScenario outage;

    @BeforeAll
    static void loadTheDatasetOnce() {
        scope = Scope.load("builtin:ai-stack", Optional.empty(), LocalDate.of(2026, 11, 10));
        outage = ScenarioLibrary.read("korea-hbm-outage");
    }

    @Test
    void theCheckRunsOnTheThreadsItIsGiven() {
        assertThat(new EngineCheck(scope, 3)
                        .bind(outage, scope.dataset(), scope.table(), List.of())
                        .threads())
                .isEqualTo(3);
        assertThat(new EngineCheck(scope, 1)
                        .bind(outage, scope.dataset(), scope.table(), List.of())
                        .threads())
                .isEqualTo(1);
    }

    @Test
    void theCheckGivesTheSameFigureOnOneOrThreeThreads() {
        double one = new EngineCheck(scope, 1).before(outage);

        assertThat(one).isStrictlyBetween(0.0, 1.0);
        assertThat(new EngineCheck(scope, 3).before(outage)).isEqualTo(one);
    }
}
