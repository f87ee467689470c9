package org.lodestone.app.ensemble;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.Optional;
import java.util.OptionalInt;
import java.util.OptionalLong;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.lodestone.core.ensemble.Metric;
import org.lodestone.io.scenario.ScenarioLibrary;

/** Every bundled scenario has an uncertainty block whose members run (a few each, at the ends of the ranges' mass). */
class LibraryEnsemblesTest {

    @TempDir
    Path dir;

    @Test
    void everyBundledScenarioVariesItsUncertainInputsAndItsMembersRun() throws IOException {
        for (ScenarioLibrary.Entry e : ScenarioLibrary.entries()) {
            EnsembleResult r = EnsembleUseCase.run(EnsembleRequest.local(
                    ScenarioLibrary.PREFIX + e.name(),
                    OptionalInt.of(3),
                    OptionalLong.empty(),
                    2,
                    dir.resolve(e.name()),
                    Optional.empty(),
                    LocalDate.of(2026, 6, 1),
                    false,
                    "test"));

            assertThat(r.uncertainty().vary()).as(e.name()).hasSizeGreaterThanOrEqualTo(3);
            assertThat(r.uncertainty().runs()).as(e.name()).isEqualTo(1000);
            assertThat(r.summary().members()).isEqualTo(3);
            assertThat(r.summary().summary(0, Metric.COMPUTE_DELIVERED).count())
                    .as(e.name())
                    .isEqualTo(3);
        }
    }
}
