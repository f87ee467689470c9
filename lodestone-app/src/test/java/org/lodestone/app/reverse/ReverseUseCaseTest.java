package org.lodestone.app.reverse;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.lodestone.app.ensemble.EnsembleRequest;
import org.lodestone.app.ensemble.EnsembleScenarios;
import org.lodestone.app.table.Csv;
import org.lodestone.core.reverse.Bisection;
import org.lodestone.core.reverse.Evaluation;
import org.lodestone.io.reverse.RecordedRuns;

class ReverseUseCaseTest {

    @TempDir
    Path dir;

    private ReverseRequest request(String scenario, String target, List<String> vary, List<String> ranges) {
        return request(scenario, target, vary, ranges, Optional.empty());
    }

    private ReverseRequest request(
            String scenario, String target, List<String> vary, List<String> ranges, Optional<Path> evaluations) {
        return new ReverseRequest(
                scenario,
                target,
                vary,
                ranges,
                Optional.empty(),
                3,
                1,
                2,
                0.01,
                2,
                dir.resolve("out"),
                Optional.empty(),
                LocalDate.of(2026, 6, 1),
                false,
                "test",
                EnsembleRequest.Engine.LOCAL,
                evaluations);
    }

    @Test
    void bisectionFindsTheBlockedShareThatBreaksTheTarget() throws IOException {
        String scenario = EnsembleScenarios.write(dir, "taiwan.yaml", EnsembleScenarios.TAIWAN);

        ReverseResult r = ReverseUseCase.run(
                request(scenario, "compute-delivered>=95%", List.of("events[0].share-blocked"), List.of("0:1")));

        Bisection.Result line = r.line().orElseThrow();
        double holding = line.holding().orElseThrow();
        double breaking = line.breaking().orElseThrow();
        assertThat(breaking - holding).isPositive().isLessThanOrEqualTo(0.01);
        for (Evaluation e : line.evaluations()) {
            assertThat(e.holds())
                    .as("monotone: blocking more never helps (%s)", e.point()[0])
                    .isEqualTo(e.point()[0] <= holding);
        }
        assertThat(line.evaluations()).hasSizeLessThanOrEqualTo(2 + 7);
        Path out = dir.resolve("out");
        Evaluation first = line.evaluations().get(0);
        assertThat(Files.readAllLines(out.resolve("runs.csv")))
                .as("the metric in percent of baseline, as the target is written")
                .startsWith(
                        "run,events[0].share-blocked,compute-delivered_pct,target_holds",
                        "0," + Csv.number(first.point()[0]) + "," + Csv.number(100 * first.value()) + ","
                                + first.holds());
        assertThat(Files.readString(out.resolve("reverse.json")))
                .contains("\"target\" : \"compute-delivered>=95%\"")
                .contains("\"measure\" : \"% of baseline\"");
        assertThat(Files.readAllLines(out.resolve("boundary.csv")))
                .element(1)
                .asString()
                .startsWith("events[0].share-blocked,");
        assertThat(Files.readString(out.resolve("index.html")))
                .contains("The target holds at events[0].share-blocked = ")
                .as("the input's name and the scenario's own value (share-blocked: 0.5) on the chart")
                .contains("as the closure share blocked, share (0 to 1) moves")
                .contains("<g class=\"own\">")
                .contains("this scenario: 0.5<");
    }

    @Test
    void twoInputsGiveABoundaryCurveWithinTheUncertaintyRanges() throws IOException {
        String scenario = EnsembleScenarios.write(dir, "taiwan.yaml", EnsembleScenarios.TAIWAN);

        ReverseResult r = ReverseUseCase.run(request(
                scenario,
                "compute-delivered>=90%",
                List.of("events[0].share-blocked", "events[0].duration"),
                List.of()));

        assertThat(r.axes().get(0).min()).as("from the uncertainty block").isEqualTo(0.2);
        assertThat(r.axes().get(1).max()).isEqualTo(60);
        assertThat(r.grid().orElseThrow().boundary()).isNotEmpty();
        assertThat(r.evaluations()).anyMatch(Evaluation::holds).anyMatch(e -> !e.holds());
        assertThat(Files.readString(dir.resolve("out").resolve("index.html")))
                .contains("class=\"boundary\"")
                .as("human names on the axes, and the scenario's own point (0.5, 30 days) marked")
                .contains("closure share blocked, share (0 to 1) (events[0].share-blocked)")
                .contains("closure duration, days (events[0].duration)")
                .contains("<title>this scenario: 0.5, 30</title>");
    }

    @Test
    void badTargetsPathsAndRangesAreLocated() {
        String scenario = EnsembleScenarios.write(dir, "taiwan.yaml", EnsembleScenarios.TAIWAN);

        assertThatThrownBy(() -> ReverseUseCase.run(
                        request(scenario, "compute>=90%", List.of("events[0].share-blocked"), List.of())))
                .hasMessageContaining(
                        "--target: error: target 'compute>=90%' names compute, which is not a metric a target can name");
        assertThatThrownBy(() -> ReverseUseCase.run(
                        request(scenario, "compute-delivered>=90%", List.of("events[0].share-blokced"), List.of())))
                .hasMessageContaining(
                        "--vary: error: vary 'events[0].share-blokced' is not a numeric field of taiwan-short")
                .hasMessageContaining("Maybe you meant events[0].share-blocked");
        assertThatThrownBy(() -> ReverseUseCase.run(
                        request(scenario, "compute-delivered>=90%", List.of("model.alpha-tau"), List.of())))
                .hasMessageContaining("has no finite range of its own and is not in the uncertainty block");
        assertThatThrownBy(() -> ReverseUseCase.run(request(
                        scenario, "compute-delivered>=90%", List.of("events[0].share-blocked"), List.of("0:2"))))
                .hasMessageContaining("is not an interval within the field's range; expected LOW < HIGH within [0, 1]");
        assertThatThrownBy(() -> ReverseUseCase.run(request(
                        scenario, "compute-delivered>=90%", List.of("events[0].share-blocked"), List.of("a-b"))))
                .hasMessageContaining("'a-b' is not LOW:HIGH");
    }

    @Test
    void runsMadeBySparkReplayIntoTheLocalReportAndRunsOfAnotherSearchAreRefused() throws IOException {
        String scenario = EnsembleScenarios.write(dir, "taiwan.yaml", EnsembleScenarios.TAIWAN);
        List<String> both = List.of("events[0].share-blocked", "events[0].duration");
        ReverseResult local = ReverseUseCase.run(request(scenario, "compute-delivered>=90%", both, List.of()));
        String boundary = Files.readString(dir.resolve("out").resolve("boundary.csv"));
        Path file = dir.resolve("spark-runs.csv");
        new RecordedRuns(
                        Map.of(
                                "scenario_hash",
                                local.setup().scenario().hash(),
                                "coalition",
                                local.unit(),
                                "date",
                                "2026-06-01",
                                "unit",
                                local.unit(),
                                "target",
                                "compute-delivered>=90%",
                                "run_seconds",
                                "4.5"),
                        both,
                        local.evaluations())
                .write(file);

        ReverseResult replayed =
                ReverseUseCase.run(request(scenario, "compute-delivered>=90%", both, List.of(), Optional.of(file)));

        assertThat(Files.readString(dir.resolve("out").resolve("boundary.csv"))).isEqualTo(boundary);
        assertThat(replayed.engine()).isEqualTo("spark");
        assertThat(replayed.runSeconds()).isEqualTo(4.5);
        assertThat(replayed.evaluations()).hasSameSizeAs(local.evaluations());
        assertThatThrownBy(() -> ReverseUseCase.run(request(
                        scenario, "compute-delivered>=90%", both, List.of("0.3:1", "10:60"), Optional.of(file))))
                .hasMessageContaining(
                        "spark-runs.csv: error: runs do not include every point of this search: point [0.3, 10.0] "
                                + "was not run");
        assertThatThrownBy(() -> ReverseUseCase.run(
                        request(scenario, "compute-delivered>=80%", both, List.of(), Optional.of(file))))
                .hasMessageContaining(
                        "spark-runs.csv: error: target 'compute-delivered>=90%' differs from the target (--target) of this search")
                .hasMessageContaining("compute-delivered>=80%");
    }
}
