package org.lodestone.app.cli;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.lodestone.app.ensemble.EnsembleScenarios;

/**
 * {@code lodestone sensitivity} and {@code lodestone reverse} from the command line: output and exit codes, and the options they
 * share with {@code ensemble}.
 */
class UncertaintyCommandsTest {

    @TempDir
    Path dir;

    @Test
    void sensitivityPrintsTheRanking() {
        String scenario = EnsembleScenarios.write(dir, "taiwan.yaml", EnsembleScenarios.TAIWAN);

        Cli cli = Cli.run(
                "sensitivity",
                scenario,
                "--samples",
                "3",
                "--threads",
                "2",
                "--date",
                "2026-06-01",
                "--out",
                dir.resolve("s").toString());

        assertThat(cli.exitCode()).as(cli.err()).isZero();
        assertThat(cli.out())
                .startsWith("taiwan-short: compute-delivered of pax-silica, 22 runs (N = 3), seed 7")
                .containsPattern("1 +events\\[0\\]\\.|1 +model\\.")
                .contains("Report: " + dir.resolve("s").resolve("index.html"));
    }

    @Test
    void reversePrintsTheVerdict() {
        String scenario = EnsembleScenarios.write(dir, "taiwan.yaml", EnsembleScenarios.TAIWAN);

        Cli cli = Cli.run(
                "reverse",
                scenario,
                "--target",
                "compute-delivered>=99%",
                "--vary",
                "events[0].duration",
                "--date",
                "2026-06-01",
                "--out",
                dir.resolve("r").toString());

        assertThat(cli.exitCode()).as(cli.err()).isZero();
        assertThat(cli.out())
                .contains("taiwan-short: compute-delivered>=99% for pax-silica")
                .contains("events[0].duration");
    }

    @Test
    void badInputExitsTwoWithLocatedMessages() {
        String scenario = EnsembleScenarios.write(dir, "taiwan.yaml", EnsembleScenarios.TAIWAN);

        Cli metric = Cli.run(
                "sensitivity",
                scenario,
                "--metric",
                "speed",
                "--out",
                dir.resolve("s").toString());
        assertThat(metric.exitCode()).isEqualTo(ExitCodes.BAD_INPUT);
        assertThat(metric.err())
                .contains("--metric: error: metric 'speed' is not a known metric; expected one of compute-delivered,");
        assertThat(Cli.run("sensitivity", scenario, "--samples", "1").err())
                .contains("Invalid value for option '--samples': 1");

        Cli target = Cli.run(
                "reverse",
                scenario,
                "--target",
                "compute-delivered=0.9",
                "--vary",
                "events[0].duration",
                "--out",
                dir.resolve("r").toString());
        assertThat(target.exitCode()).isEqualTo(ExitCodes.BAD_INPUT);
        assertThat(target.err()).contains("--target: error: target 'compute-delivered=0.9' is not METRIC>=NUMBER");
        Cli three = Cli.run(
                "reverse",
                scenario,
                "--target",
                "compute-delivered>=90%",
                "--vary",
                "events[0].duration,events[0].start,model.psi",
                "--out",
                dir.resolve("r").toString());
        assertThat(three.exitCode()).isEqualTo(ExitCodes.BAD_INPUT);
        assertThat(three.err()).contains("names 3 inputs; expected one input (bisection) or two (boundary curve)");
        assertThat(Cli.run("reverse", scenario, "--vary", "events[0].duration").err())
                .contains("Missing required option: '--target=T'");
        assertThat(dir.resolve("r")).doesNotExist();
    }

    @Test
    void theCommandsThatRunMembersCheckTheirSharedOptionsAlike() {
        String scenario = EnsembleScenarios.write(dir, "taiwan.yaml", EnsembleScenarios.TAIWAN);
        for (List<String> command : List.of(
                List.of("ensemble", scenario, "--out", dir.resolve("e").toString()),
                List.of("sensitivity", scenario),
                List.of("reverse", scenario, "--target", "compute-delivered>=90%", "--vary", "events[0].duration"))) {
            Cli threads = run(command, "--threads", "0");
            assertThat(threads.exitCode()).as(command.get(0)).isEqualTo(ExitCodes.BAD_INPUT);
            assertThat(threads.err())
                    .contains("Invalid value for option '--threads': 0 (expected >= 1)")
                    .contains("Try 'lodestone " + command.get(0) + " --help' for the usage and every option.");
            Cli engine = run(command, "--engine", "sprak");
            assertThat(engine.exitCode()).as(command.get(0)).isEqualTo(ExitCodes.BAD_INPUT);
            assertThat(engine.err()).contains("Invalid value for option '--engine': 'sprak' (expected local or spark)");
            Cli date = run(command, "--date", "June");
            assertThat(date.exitCode()).as(command.get(0)).isEqualTo(ExitCodes.BAD_INPUT);
            assertThat(date.err()).contains("Invalid value for option '--date'");
            assertThat(Cli.run(command.get(0), "--help").out())
                    .contains("--threads=T", "--coalition=C", "--date=YYYY-MM-DD", "--engine=E");
        }
        assertThat(dir.resolve("e")).doesNotExist();
    }

    private static Cli run(List<String> command, String... more) {
        List<String> args = new ArrayList<>(command);
        args.addAll(List.of(more));
        return Cli.run(args.toArray(String[]::new));
    }
}
