package org.lodestone.app.cli;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.net.URISyntaxException;
import java.nio.file.Files;
import java.nio.file.Path;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.lodestone.io.scenario.ScenarioLibrary;

/** {@code lodestone stress-test}: the table, the report folder, and located errors on bad input. */
class StressTestCommandTest {

    @TempDir
    Path dir;

    private static String scenario(String name) {
        try {
            return Path.of(StressTestCommandTest.class
                            .getResource("/org/lodestone/app/stresstest/" + name + ".yaml")
                            .toURI())
                    .toString();
        } catch (URISyntaxException e) {
            throw new IllegalStateException(e);
        }
    }

    @Test
    void printsOneBlockPerScenarioAndWritesTheReport() {
        Path out = dir.resolve("lodestone-out");
        Cli cli = Cli.run(
                "stress-test",
                "--scenarios",
                scenario("server-controls") + "," + scenario("malacca"),
                "--date",
                "2026-03-01",
                "--out",
                out.toString(),
                "--threads",
                "2");

        assertThat(cli.exitCode()).as(cli.err()).isZero();
        assertThat(cli.out())
                .startsWith("Lodestone stress test: AI technology stack (ai-stack ")
                .contains("coalition pax-silica on 2026-03-01, 2 scenarios")
                .containsPattern(
                        "scenario +region +ai-compute delivered % +first shortfall day +deepest % +recovery days +most-hit layer")
                .containsPattern("server-controls +pax-silica +\\d+\\.\\d\\d +\\d+ +\\d+\\.\\d\\d ")
                .contains("malacca")
                .contains("Report: " + out.resolve("index.html"));
        assertThat(out.resolve("index.html")).isRegularFile();
        assertThat(out.resolve("summary.csv")).isRegularFile();
        assertThat(out.resolve("summary.json")).isRegularFile();
    }

    @Test
    void runsTheWholeLibraryByDefault() {
        assertThat(ScenarioLibrary.entries()).isNotEmpty();
        Path out = dir.resolve("lodestone-out");

        Cli cli = Cli.run("stress-test", "--out", out.toString());

        assertThat(cli.exitCode()).as(cli.err()).isZero();
        for (ScenarioLibrary.Entry e : ScenarioLibrary.entries()) {
            assertThat(cli.out()).contains(e.name());
        }
        assertThat(out.resolve("index.html")).isRegularFile();
    }

    @Test
    void unknownBundledScenarioIsBadInputWithAHint() {
        Cli cli = Cli.run(
                "stress-test",
                "--scenarios",
                "builtin:no-such-scenario",
                "--out",
                dir.resolve("o").toString());

        assertThat(cli.exitCode()).isEqualTo(ExitCodes.BAD_INPUT);
        assertThat(cli.err())
                .contains("builtin:no-such-scenario: error: scenario 'no-such-scenario' is not a bundled scenario");
        assertThat(dir.resolve("o")).doesNotExist();
    }

    @Test
    void aScenarioForAnotherDatasetIsBadInput() throws IOException {
        Path other = Files.writeString(
                dir.resolve("other.yaml"), "lodestone: 1\nname: other\ndataset: mrio:somewhere\nhorizon: 10\n");

        Cli cli = Cli.run(
                "stress-test",
                "--scenarios",
                other.toString(),
                "--out",
                dir.resolve("o").toString());

        assertThat(cli.exitCode()).isEqualTo(ExitCodes.BAD_INPUT);
        assertThat(cli.err())
                .contains(other
                        + ": error: dataset 'mrio:somewhere' differs from the stress test's dataset builtin:ai-stack");
    }

    @Test
    void badOptionsAreBadInput() {
        Cli threads = Cli.run("stress-test", "--threads", "0");
        assertThat(threads.exitCode()).isEqualTo(ExitCodes.BAD_INPUT);
        assertThat(threads.err()).contains("Invalid value for option '--threads': 0 (expected >= 1)");

        Cli coalition = Cli.run("stress-test", "--coalition", "nato", "--scenarios", scenario("malacca"));
        assertThat(coalition.exitCode()).isEqualTo(ExitCodes.BAD_INPUT);
        assertThat(coalition.err()).contains("--coalition: error: coalition 'nato' is not a group of dataset ai-stack");

        Cli mrio = Cli.run("stress-test", "--dataset", "mrio:x");
        assertThat(mrio.exitCode()).isEqualTo(ExitCodes.BAD_INPUT);
        assertThat(mrio.err()).contains("--dataset: error: dataset 'mrio:x' is an MRIO table");
    }
}
