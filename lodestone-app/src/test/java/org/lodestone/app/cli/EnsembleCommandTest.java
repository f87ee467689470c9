package org.lodestone.app.cli;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Path;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.lodestone.app.ensemble.EnsembleScenarios;

/** {@code lodestone ensemble}: the table, and exit code 2 with located messages on bad input. */
class EnsembleCommandTest {

    @TempDir
    Path dir;

    @Test
    void printsTheComputeDistributionAndWritesTheReport() {
        String scenario = EnsembleScenarios.write(dir, "taiwan.yaml", EnsembleScenarios.TAIWAN);
        Path out = dir.resolve("ens");

        Cli cli = Cli.run(
                "ensemble",
                scenario,
                "--runs",
                "4",
                "--seed",
                "3",
                "--threads",
                "2",
                "--date",
                "2026-06-01",
                "--out",
                out.toString());

        assertThat(cli.exitCode()).as(cli.err()).isZero();
        assertThat(cli.out())
                .startsWith("taiwan-short: 4 members, seed 3, 2 threads")
                .containsPattern("pax-silica \\(coalition\\) +\\d+\\.\\d\\d")
                .contains("Report: " + out.resolve("index.html"));
    }

    @Test
    void anUnknownPathIsBadInputWithItsLocation() {
        String scenario = EnsembleScenarios.write(
                dir,
                "bad.yaml",
                EnsembleScenarios.TAIWAN
                        .replace("events[0].duration", "events[0].durration")
                        .replace("min: 10, mode: 30, max: 60", "min: 10, mode: 30, max: 600"));

        Cli cli = Cli.run("ensemble", scenario, "--out", dir.resolve("o").toString());

        assertThat(cli.exitCode()).isEqualTo(ExitCodes.BAD_INPUT);
        assertThat(cli.err())
                .contains(
                        scenario + ":15:5: error: vary 'events[0].durration' is not a numeric field of this scenario; "
                                + "expected one of events[0].delay-days, events[0].duration,")
                .contains("Maybe you meant events[0].duration")
                .contains("1 error found.");
        assertThat(dir.resolve("o")).doesNotExist();
    }

    @Test
    void aDistributionOutsideItsFieldIsBadInput() {
        String scenario =
                EnsembleScenarios.write(dir, "bad.yaml", EnsembleScenarios.TAIWAN.replace("max: 0.9", "max: 1.5"));

        Cli cli = Cli.run("ensemble", scenario, "--out", dir.resolve("o").toString());

        assertThat(cli.exitCode()).isEqualTo(ExitCodes.BAD_INPUT);
        assertThat(cli.err())
                .contains(scenario
                        + ":14:30: error: events[0].share-blocked 'uniform(0.2, 1.5)' gives values outside the "
                        + "field's range; expected values in [0, 1]");
    }

    @Test
    void badOptionsAreBadInput() {
        String scenario = EnsembleScenarios.write(dir, "taiwan.yaml", EnsembleScenarios.TAIWAN);

        assertThat(Cli.run(
                                "ensemble",
                                scenario,
                                "--runs",
                                "0",
                                "--out",
                                dir.resolve("o").toString())
                        .exitCode())
                .isEqualTo(ExitCodes.BAD_INPUT);
        assertThat(Cli.run(
                                "ensemble",
                                scenario,
                                "--threads",
                                "0",
                                "--out",
                                dir.resolve("o").toString())
                        .err())
                .contains("Invalid value for option '--threads': 0 (expected >= 1)");
        assertThat(Cli.run("ensemble", scenario).err()).contains("Missing required option: '--out=DIR'");
        Cli unknown =
                Cli.run("ensemble", "builtin:no-such", "--out", dir.resolve("o").toString());
        assertThat(unknown.exitCode()).isEqualTo(ExitCodes.BAD_INPUT);
        assertThat(unknown.err()).contains("builtin:no-such: error: scenario 'no-such' is not a bundled scenario");
    }
}
