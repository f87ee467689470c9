package org.lodestone.app.stresstest;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.within;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.lodestone.core.uncertainty.Distribution;

/**
 * The brief's biggest uncertainty comes from runs: the swing of the worst scenario's varied inputs
 * is what the same scenario gives when written by hand with each input at its low and high end.
 */
class InputSwingTest {

    private static final String CLOSURE =
            "{type: logistics-disruption, chokepoint: malacca, share-blocked: %s," + " start: 10, duration: %s}";

    @TempDir
    Path dir;

    private Path scenario(String name, String shareBlocked, String duration, String uncertainty) throws IOException {
        String yaml = "lodestone: 1\nname: " + name + "\ndataset: builtin:ai-stack\nstart: 2026-11-10\nhorizon: 240\n"
                + "events:\n  - " + String.format(CLOSURE, shareBlocked, duration) + "\n" + uncertainty;
        return Files.writeString(dir.resolve(name + ".yaml"), yaml);
    }

    private StressTestResult stressTest(Path... scenarios) throws IOException {
        return StressTestUseCase.run(new StressTestRequest(
                "builtin:ai-stack",
                List.of(scenarios).stream().map(Path::toString).toList(),
                Optional.empty(),
                LocalDate.of(2026, 3, 1),
                dir.resolve("out-" + scenarios[0].getFileName()),
                2,
                false,
                "test"));
    }

    private static double delivered(StressTestResult result) {
        return result.scenarios().get(0).coalition().compute().orElseThrow().delivered();
    }

    @Test
    void theSwingIsWhatTheScenarioGivesWithEachInputAtItsEnds() throws IOException {
        Path varied = scenario(
                "swung",
                "0.8",
                "60",
                "uncertainty:\n  vary:\n    events[0].duration: {dist: uniform, min: 20, max: 120}\n"
                        + "    events[0].share-blocked: {dist: triangular, min: 0.4, mode: 0.8, max: 1.0}\n");

        StressTestResult result = stressTest(varied);

        InputSwing swing = result.swing().orElseThrow();
        assertThat(swing.scenario()).isEqualTo("swung");
        assertThat(swing.inputs())
                .extracting(InputSwing.Swing::path)
                .containsExactlyInAnyOrder("events[0].duration", "events[0].share-blocked");
        InputSwing.Swing duration = find(swing, "events[0].duration");
        assertThat(duration.name()).isEqualTo("closure duration, days");
        assertThat(List.of(duration.low(), duration.high())).containsExactly(20.0, 120.0);
        assertThat(duration.atLow())
                .as("a 20-day closure, written by hand")
                .isCloseTo(delivered(stressTest(scenario("short", "0.8", "20", ""))), within(1e-12));
        assertThat(duration.atHigh())
                .as("a 120-day closure, written by hand")
                .isCloseTo(delivered(stressTest(scenario("long", "0.8", "120", ""))), within(1e-12));
        assertThat(duration.atHigh()).as("a longer closure never delivers more").isLessThan(duration.atLow());
        InputSwing.Swing share = find(swing, "events[0].share-blocked");
        assertThat(share.atLow())
                .as("40% blocked for 60 days, written by hand")
                .isCloseTo(delivered(stressTest(scenario("light", "0.4", "60", ""))), within(1e-12));
        assertThat(swing.inputs().get(0).points())
                .as("widest first")
                .isGreaterThanOrEqualTo(swing.inputs().get(1).points());
    }

    @Test
    void theBriefNamesTheWidestInputInWordsWithItsSwing() throws IOException {
        Path varied = scenario(
                "swung",
                "0.8",
                "60",
                "uncertainty:\n  vary:\n    events[0].duration: {dist: uniform, min: 20, max: 120}\n"
                        + "    model.alpha-max: {dist: uniform, min: 1.1, max: 1.5}\n");

        StressTestResult result = stressTest(varied);
        InputSwing.Swing top = result.swing().orElseThrow().inputs().get(0);

        assertThat(Brief.sentences(result))
                .anySatisfy(s -> assertThat(s)
                        .startsWith("The biggest uncertainty behind swung is the " + top.name() + " (" + top.path()
                                + "): run at ")
                        .contains(String.format(
                                Locale.ROOT,
                                "Pax Silica gets %.2f%% and %.2f%% of its baseline ai-compute, a swing of %.2f percentage points",
                                100 * top.atLow(),
                                100 * top.atHigh(),
                                top.points())));
        assertThat(Files.readString(dir.resolve("out-swung.yaml").resolve("index.html")))
                .contains("The biggest uncertainty behind swung");
    }

    @Test
    void aScenarioThatVariesNothingHasNoSwingAndTheBriefFallsBackOnAssumedRows() throws IOException {
        StressTestResult result = stressTest(scenario("fixed", "0.8", "60", ""));

        assertThat(result.swing()).isEmpty();
        assertThat(Brief.sentences(result)).noneSatisfy(s -> assertThat(s).contains("a swing of"));
    }

    @Test
    void infiniteBoundsAreReplacedByTheTailPercentiles() {
        double[] ends = InputSwing.ends(new Distribution.Normal(10, 2, Double.NEGATIVE_INFINITY, 30));

        // the 5th percentile of normal(10, 2) is 10 − 1.6449 × 2; the upper bound is finite
        assertThat(ends[0]).isCloseTo(10 - 1.6449 * 2, within(1e-3));
        assertThat(ends[1]).isEqualTo(30.0);
    }

    private static InputSwing.Swing find(InputSwing swing, String path) {
        return swing.inputs().stream()
                .filter(s -> s.path().equals(path))
                .findFirst()
                .orElseThrow();
    }
}
