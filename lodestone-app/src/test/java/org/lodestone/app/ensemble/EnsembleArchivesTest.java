package org.lodestone.app.ensemble;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.OptionalInt;
import java.util.OptionalLong;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.lodestone.core.ensemble.EnsembleRunner;
import org.lodestone.core.ensemble.EnsembleSummary;
import org.lodestone.core.ensemble.MonteCarloDesign;
import org.lodestone.core.uncertainty.Uncertainty;
import org.lodestone.io.problem.InputException;
import org.lodestone.io.run.SummaryArchive;

/** {@code --summary}: summaries made apart (as Spark jobs write them) are combined into the same report as one local run. */
class EnsembleArchivesTest {

    private static final LocalDate DATE = LocalDate.of(2026, 6, 1);

    @TempDir
    Path dir;

    private Path archive(MemberSetup setup, long from, long to, String name) throws IOException {
        Uncertainty u = setup.scenario().uncertainty();
        EnsembleSummary part = EnsembleRunner.run(
                setup.layout(u.paths()), new MonteCarloDesign(u, 12), setup.evaluator(u.paths()), from, to, 1, k -> {});
        Path file = dir.resolve(name);
        new SummaryArchive(
                        Map.of(
                                "scenario",
                                "taiwan.yaml",
                                "scenario_hash",
                                setup.scenario().hash(),
                                "seed",
                                String.valueOf(u.seed()),
                                "run_seconds",
                                "1.5"),
                        part)
                .write(file);
        return file;
    }

    @Test
    void summariesOfDisjointMembersCombineIntoTheWholeEnsemble() throws IOException {
        String scenario = EnsembleScenarios.write(dir, "taiwan.yaml", EnsembleScenarios.TAIWAN);
        MemberSetup setup = MemberSetup.load(scenario, Optional.empty(), DATE);
        Path a = archive(setup, 0, 5, "a.bin");
        Path b = archive(setup, 5, 12, "b.bin");

        EnsembleResult whole = EnsembleUseCase.run(EnsembleRequest.local(
                scenario,
                OptionalInt.empty(),
                OptionalLong.empty(),
                2,
                dir.resolve("local"),
                Optional.empty(),
                DATE,
                false,
                "test"));
        EnsembleResult combined = EnsembleUseCase.run(new EnsembleRequest(
                scenario,
                OptionalInt.empty(),
                OptionalLong.empty(),
                2,
                dir.resolve("combined"),
                Optional.empty(),
                DATE,
                false,
                "test",
                EnsembleRequest.Engine.LOCAL,
                List.of(b, a)));

        assertThat(combined.summary()).isEqualTo(whole.summary());
        assertThat(combined.engine()).isEqualTo("spark");
        assertThat(combined.runSeconds()).isEqualTo(3.0);
        assertThat(Files.readString(dir.resolve("combined").resolve("metrics.csv")))
                .isEqualTo(Files.readString(dir.resolve("local").resolve("metrics.csv")));
    }

    @Test
    void overlappingOrForeignSummariesAreRefused() throws IOException {
        String scenario = EnsembleScenarios.write(dir, "taiwan.yaml", EnsembleScenarios.TAIWAN);
        MemberSetup setup = MemberSetup.load(scenario, Optional.empty(), DATE);
        Path a = archive(setup, 0, 5, "a.bin");
        Path overlap = archive(setup, 4, 8, "overlap.bin");
        String other = EnsembleScenarios.write(
                dir, "other.yaml", EnsembleScenarios.TAIWAN.replace("taiwan-short", "taiwan-other"));
        Files.writeString(dir.resolve("junk.bin"), "not a summary");

        assertThatThrownBy(() -> run(scenario, List.of(a, overlap)))
                .isInstanceOf(InputException.class)
                .hasMessageContaining(
                        "overlap.bin: error: summary cannot be combined with the others: member 4 is in both summaries");
        assertThatThrownBy(() -> run(other, List.of(a)))
                .hasMessageContaining("a.bin: error: summary 'taiwan.yaml' was computed for another scenario");
        assertThatThrownBy(() -> run(scenario, List.of(dir.resolve("junk.bin"))))
                .hasMessageContaining("junk.bin: error: ");
        assertThatThrownBy(() -> run(scenario, List.of(dir.resolve("none.bin"))))
                .hasMessageContaining("none.bin: error: does not exist");
    }

    private void run(String scenario, List<Path> summaries) throws IOException {
        EnsembleUseCase.run(new EnsembleRequest(
                scenario,
                OptionalInt.empty(),
                OptionalLong.empty(),
                1,
                dir.resolve("o"),
                Optional.empty(),
                DATE,
                false,
                "test",
                EnsembleRequest.Engine.LOCAL,
                summaries));
    }
}
