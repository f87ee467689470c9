package org.lodestone.io.scenario;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.lodestone.core.uncertainty.Distribution;
import org.lodestone.core.uncertainty.Uncertainty;
import org.lodestone.io.problem.InputException;
import org.lodestone.io.problem.Problem;

class UncertaintyReaderTest {

    private static final String HEAD = """
            lodestone: 1
            name: ree
            dataset: builtin:ai-stack
            start: 2026-11-10
            horizon: 365
            model: {psi: 0.8, inventory: {ndfeb-magnet: 38}}
            events:
              - {type: export-control, imposer: CHN, commodities: [rare-earth-oxide], targets: all,
                 share-blocked: 0.75, start: 2026-11-11, duration: 365,
                 licensing: {approval-rate: 0.6, delay-days: 87}}
              - {type: capacity-loss, at: {region: TWN, commodity: logic-wafer-advanced}, fraction: 0.5,
                 start: 10, duration: 60, recovery: {tau: 90, curve: linear}}
            """;

    @TempDir
    Path dir;

    private Uncertainty read(String uncertainty) throws IOException {
        return ScenarioReader.read(Files.writeString(dir.resolve("s.yaml"), HEAD + uncertainty))
                .scenario()
                .uncertainty();
    }

    private List<String> problems(String uncertainty) throws IOException {
        Path file = Files.writeString(dir.resolve("s.yaml"), HEAD + uncertainty);
        try {
            ScenarioReader.read(file);
        } catch (InputException e) {
            return e.problems().stream()
                    .map(Problem::format)
                    .map(p -> p.replace(file.toString(), "s.yaml"))
                    .toList();
        }
        throw new AssertionError("expected the scenario to be rejected");
    }

    @Test
    void readsEveryDistribution() throws IOException {
        Uncertainty u = read("""
                uncertainty:
                  runs: 500
                  seed: 12345678901
                  vary:
                    events[0].share-blocked: {dist: uniform, min: 0.5, max: 1.0}
                    events[0].licensing.delay-days: {dist: triangular, min: 30, mode: 87, max: 120}
                    model.psi: {dist: normal, mean: 0.8, sd: 0.1}
                    model.inventory.ndfeb-magnet: {dist: lognormal, median: 38, sigma: 0.4, max: 120}
                    events[0].licensing.approval-rate: {dist: choice, values: [0.25, 0.6, 0.9], weights: [1, 2, 1]}
                """);

        assertThat(u.runs()).isEqualTo(500);
        assertThat(u.seed()).isEqualTo(12345678901L);
        assertThat(u.paths())
                .containsExactly(
                        "events[0].share-blocked",
                        "events[0].licensing.delay-days",
                        "model.psi",
                        "model.inventory.ndfeb-magnet",
                        "events[0].licensing.approval-rate");
        assertThat(u.vary().get(0).distribution()).isEqualTo(new Distribution.Uniform(0.5, 1.0));
        assertThat(u.vary().get(1).distribution()).isEqualTo(new Distribution.Triangular(30, 87, 120));
        assertThat(u.vary().get(2).distribution())
                .as("truncated to psi's range")
                .isEqualTo(new Distribution.Normal(0.8, 0.1, 0, 1));
        assertThat(u.vary().get(3).distribution()).isEqualTo(new Distribution.LogNormal(38, 0.4, 0, 120));
        assertThat(u.vary().get(4).distribution())
                .isEqualTo(new Distribution.Choice(new double[] {0.25, 0.6, 0.9}, new double[] {1, 2, 1}));
    }

    @Test
    void withoutABlockNothingVariesAndTheSeedIsZero() throws IOException {
        Uncertainty u = read("");
        assertThat(u).isEqualTo(Uncertainty.none());
    }

    @Test
    void anUnknownPathListsTheValidOnes() throws IOException {
        assertThat(problems("""
                uncertainty:
                  vary:
                    events[0].share-blocekd: {dist: uniform, min: 0.5, max: 1.0}
                """))
                .singleElement()
                .asString()
                .startsWith("s.yaml:15:5: error: vary 'events[0].share-blocekd' is not a numeric field of "
                        + "this scenario; expected one of events[0].duration, events[0].licensing.approval-rate, ")
                .endsWith(
                        "model.psi, or a dataset path dataset.FAMILY[KEY,KEY].FIELD. Maybe you meant events[0].share-blocked");
        assertThat(problems("""
                uncertainty: {vary: {"events[2].start": {dist: uniform, min: 1, max: 10}}}
                """)).singleElement().asString().contains("events[2].start' is not a numeric field");
    }

    @Test
    void distributionParametersAreChecked() throws IOException {
        assertThat(problems("""
                uncertainty:
                  vary:
                    events[0].share-blocked: {dist: uniform, min: 0.9, max: 0.5}
                    model.psi: {dist: gaussian, mean: 0.8}
                    events[1].fraction: {dist: triangular, min: 0.2, max: 0.6, peak: 0.4}
                    model.alpha-tau: {dist: normal, mean: lots, sd: 10}
                    events[0].licensing.approval-rate: {dist: choice, values: [0.2, 0.4], weights: [1]}
                """))
                .containsExactly(
                        "s.yaml:15:30: error: dist 'uniform' has inconsistent parameters: uniform needs min < max, got 0.9 and 0.5; expected min < max",
                        "s.yaml:16:23: error: dist 'gaussian' is not a known value; expected one of uniform, triangular, normal, lognormal, choice",
                        "s.yaml:17:64: error: key 'peak' is not a known key; expected one of dist, max, min, mode",
                        "s.yaml:17:25: error: key 'mode' is missing; expected a value for mode",
                        "s.yaml:18:43: error: mean 'lots' is not a number; expected a number",
                        "s.yaml:19:84: error: weights '1' does not match the number of values (2); expected one positive weight per value");
    }

    @Test
    void distributionsMustStayInTheFieldsRange() throws IOException {
        assertThat(problems("""
                uncertainty:
                  vary:
                    events[0].share-blocked: {dist: uniform, min: 0.5, max: 1.5}
                    events[0].licensing.delay-days: {dist: choice, values: [30, 45.5]}
                    model.psi: {dist: normal, mean: 0.8, sd: 0.1, max: 2}
                """))
                .containsExactly(
                        "s.yaml:15:30: error: events[0].share-blocked 'uniform(0.5, 1.5)' gives values outside the field's range; expected values in [0, 1]",
                        "s.yaml:16:37: error: events[0].licensing.delay-days 'choice(30, 45.5)' gives values outside the field's range; expected whole "
                                + "numbers in [0, inf)",
                        "s.yaml:17:16: error: model.psi 'normal(0.8, 0.1) in [0, 2]' gives values outside the field's range; expected values in (0, 1]");
    }

    @Test
    void combinationsTheScenarioRefusesAreFound() throws IOException {
        assertThat(problems("""
                uncertainty:
                  vary:
                    events[1].start: {dist: uniform, min: 10, max: 200}
                    events[1].duration: {dist: uniform, min: 30, max: 200}
                """))
                .singleElement()
                .asString()
                .isEqualTo(
                        "s.yaml:14:3: error: vary allows a combination the scenario refuses: events[1]: "
                                + "start 200 + duration 200 exceeds the horizon 365; expected ranges that are valid together. Maybe narrow the ranges");
    }

    @Test
    void runsAndSeedAreChecked() throws IOException {
        assertThat(problems("""
                uncertainty: {runs: 0, seed: x1, colour: red}
                """))
                .containsExactly(
                        "s.yaml:13:34: error: key 'colour' is not a known key; expected one of runs, seed, vary",
                        "s.yaml:13:21: error: runs '0' is not a valid whole number; expected a whole number >= 1",
                        "s.yaml:13:30: error: seed 'x1' is not a whole number; expected a whole number (up to 18 digits)");
    }
}
