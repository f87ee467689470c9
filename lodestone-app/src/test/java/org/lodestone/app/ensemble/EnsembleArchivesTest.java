package org.lodestone.app.ensemble;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.LinkedHashMap;
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

    /** What the Spark job records for {@code setup}'s members on {@link #DATE}, run on two executors. */
    static Map<String, String> header(MemberSetup setup) {
        Map<String, String> header = new LinkedHashMap<>();
        header.put("scenario", "taiwan.yaml");
        header.put("scenario_hash", setup.scenario().hash());
        header.put(
                "dataset",
                setup.scope().dataset().info().id() + " "
                        + setup.scope().dataset().info().version());
        header.put("coalition", setup.scope().coalition().id());
        header.put("date", DATE.toString());
        header.put("seed", String.valueOf(setup.scenario().uncertainty().seed()));
        header.put("master", "spark://10.0.0.1:7077");
        header.put("executors", "2");
        header.put("cores", "8");
        header.put("run_seconds", "1.5");
        return header;
    }

    private Path archive(MemberSetup setup, long from, long to, String name) throws IOException {
        return archive(setup, from, to, name, header(setup));
    }

    private Path archive(MemberSetup setup, long from, long to, String name, Map<String, String> header)
            throws IOException {
        Uncertainty u = setup.scenario().uncertainty();
        EnsembleSummary part = EnsembleRunner.run(
                setup.layout(u.paths()), new MonteCarloDesign(u, 12), setup.evaluator(u.paths()), from, to, 1, k -> {});
        Path file = dir.resolve(name);
        new SummaryArchive(header, part).write(file);
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
        assertThat(combined.threads())
                .as("the cluster's cores, not --threads 2")
                .isEqualTo(8);
        assertThat(Files.readString(dir.resolve("combined").resolve("index.html")))
                .contains("members per second on 8 cores of 2 Spark executors at spark://10.0.0.1:7077)");
        assertThat(Files.readString(dir.resolve("local").resolve("index.html")))
                .contains("members per second on 2 threads)");
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

    @Test
    void summariesOfAnotherDateCoalitionOrDatasetOrWithoutThemAreRefused() throws IOException {
        String scenario = EnsembleScenarios.write(dir, "taiwan.yaml", EnsembleScenarios.TAIWAN);
        MemberSetup setup = MemberSetup.load(scenario, Optional.empty(), DATE);
        Path a = archive(setup, 0, 5, "a.bin");
        Map<String, String> undated = header(setup);
        undated.remove("date");
        Path old = archive(setup, 0, 5, "old.bin", undated);
        Map<String, String> otherData = header(setup);
        otherData.put("dataset", "ai-stack 1999.1");
        Path foreign = archive(setup, 0, 5, "foreign.bin", otherData);

        assertThatThrownBy(() -> run(scenario, List.of(a), LocalDate.of(2026, 7, 1)))
                .isInstanceOf(InputException.class)
                .hasMessageContaining("a.bin: error: date '2026-06-01' is what the summary was run for, not 2026-07-01")
                .hasMessageContaining("omit --date to report on the date the job ran for");
        assertThatThrownBy(() -> run(scenario, List.of(old)))
                .hasMessageContaining("old.bin: error: date does not record the date it was run for")
                .hasMessageContaining("run the Spark job again");
        assertThatThrownBy(() -> run(scenario, List.of(foreign)))
                .hasMessageContaining("foreign.bin: error: dataset 'ai-stack 1999.1' is what the summary was run for");
    }

    private void run(String scenario, List<Path> summaries) throws IOException {
        run(scenario, summaries, DATE);
    }

    private void run(String scenario, List<Path> summaries, LocalDate date) throws IOException {
        EnsembleUseCase.run(new EnsembleRequest(
                scenario,
                OptionalInt.empty(),
                OptionalLong.empty(),
                1,
                dir.resolve("o"),
                Optional.empty(),
                date,
                false,
                "test",
                EnsembleRequest.Engine.LOCAL,
                summaries));
    }
}
