package org.lodestone.app.cli;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.Optional;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.lodestone.app.ensemble.EnsembleScenarios;
import org.lodestone.app.ensemble.MemberSetup;
import org.lodestone.core.ensemble.EnsembleRunner;
import org.lodestone.core.ensemble.MonteCarloDesign;
import org.lodestone.core.uncertainty.Uncertainty;
import org.lodestone.io.run.SummaryArchive;

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

    /** A summary of members 0-5 as the Spark job writes it, run for pax-silica on 2026-06-01 (or without a date). */
    private Path summary(String scenario, boolean dated) throws IOException {
        LocalDate date = LocalDate.of(2026, 6, 1);
        MemberSetup setup = MemberSetup.load(scenario, Optional.empty(), date);
        Uncertainty u = setup.scenario().uncertainty();
        Map<String, String> header = new LinkedHashMap<>();
        header.put("scenario_hash", setup.scenario().hash());
        header.put(
                "dataset",
                setup.scope().dataset().info().id() + " "
                        + setup.scope().dataset().info().version());
        header.put("coalition", "pax-silica");
        header.put("seed", String.valueOf(u.seed()));
        header.put("master", "spark://10.0.0.1:7077");
        header.put("executors", "2");
        header.put("cores", "8");
        header.put("run_seconds", "0.5");
        if (dated) {
            header.put("date", date.toString());
        }
        Path file = dir.resolve(dated ? "dated.bin" : "undated.bin");
        new SummaryArchive(
                        header,
                        EnsembleRunner.run(
                                setup.layout(u.paths()),
                                new MonteCarloDesign(u, 6),
                                setup.evaluator(u.paths()),
                                0,
                                6,
                                1,
                                k -> {}))
                .write(file);
        return file;
    }

    @Test
    void aReportOnASummaryIsForTheDateAndCoalitionItWasRunFor() throws IOException {
        String scenario = EnsembleScenarios.write(dir, "taiwan.yaml", EnsembleScenarios.TAIWAN);
        Path out = dir.resolve("ens");

        Cli cli = Cli.run(
                "ensemble", scenario, "--summary", summary(scenario, true).toString(), "--out", out.toString());

        assertThat(cli.exitCode()).as(cli.err()).isZero();
        assertThat(cli.out()).startsWith("taiwan-short: 6 members, seed ").contains("8 cores of 2 Spark executors");
        assertThat(Files.readString(out.resolve("ensemble.json")))
                .contains("\"date\" : \"2026-06-01\"")
                .contains("\"coalition\" : \"pax-silica\"")
                .contains("\"threads\" : 8");
        assertThat(Files.readString(out.resolve("index.html")))
                .contains("members on 2026-06-01")
                .contains("members per second on 8 cores of 2 Spark executors at spark://10.0.0.1:7077)");
    }

    @Test
    void aSummaryWithoutItsDateOrOfAnotherDateIsRefused() throws IOException {
        String scenario = EnsembleScenarios.write(dir, "taiwan.yaml", EnsembleScenarios.TAIWAN);
        String dated = summary(scenario, true).toString();
        String undated = summary(scenario, false).toString();

        Cli other = Cli.run(
                "ensemble",
                scenario,
                "--summary",
                dated,
                "--date",
                "2026-07-01",
                "--out",
                dir.resolve("o").toString());
        Cli old = Cli.run(
                "ensemble",
                scenario,
                "--summary",
                undated,
                "--out",
                dir.resolve("o").toString());

        assertThat(other.exitCode()).isEqualTo(ExitCodes.BAD_INPUT);
        assertThat(other.err())
                .contains(dated + ": error: date '2026-06-01' is what the summary was run for, not 2026-07-01");
        assertThat(old.exitCode()).isEqualTo(ExitCodes.BAD_INPUT);
        assertThat(old.err()).contains(undated + ": error: date does not record the date it was run for");
        assertThat(dir.resolve("o")).doesNotExist();
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
