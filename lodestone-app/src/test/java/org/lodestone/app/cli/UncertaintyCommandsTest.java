package org.lodestone.app.cli;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Path;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.lodestone.app.ensemble.EnsembleScenarios;

/** {@code lodestone sensitivity} and {@code lodestone reverse} from the command line: output and exit codes. */
class UncertaintyCommandsTest {

    @TempDir
    Path dir;

    @Test
    void sensitivityPrintsTheRanking() {
        String scenario = EnsembleScenarios.write(dir, "taiwan.yaml", EnsembleScenarios.TAIWAN);

        Cli cli = Cli.run("sensitivity", scenario, "--samples", "3", "--threads", "2", "--date", "2026-06-01", "--out", dir.resolve("s").toString());

        assertThat(cli.exitCode()).as(cli.err()).isZero();
        assertThat(cli.out()).startsWith("taiwan-short: compute-delivered of pax-silica, 22 runs (N = 3), seed 7")
                .containsPattern("1 +events\\[0\\]\\.|1 +model\\.").contains("Report: " + dir.resolve("s").resolve("index.html"));
    }

    @Test
    void reversePrintsTheVerdict() {
        String scenario = EnsembleScenarios.write(dir, "taiwan.yaml", EnsembleScenarios.TAIWAN);

        Cli cli = Cli.run("reverse", scenario, "--target", "compute-delivered>=0.99", "--vary", "events[0].duration", "--date", "2026-06-01",
                "--out", dir.resolve("r").toString());

        assertThat(cli.exitCode()).as(cli.err()).isZero();
        assertThat(cli.out()).contains("taiwan-short: compute-delivered>=0.99 for pax-silica").contains("events[0].duration");
    }

    @Test
    void badInputExitsTwoWithLocatedMessages() {
        String scenario = EnsembleScenarios.write(dir, "taiwan.yaml", EnsembleScenarios.TAIWAN);

        Cli metric = Cli.run("sensitivity", scenario, "--metric", "speed", "--out", dir.resolve("s").toString());
        assertThat(metric.exitCode()).isEqualTo(ExitCodes.BAD_INPUT);
        assertThat(metric.err()).contains("--metric: error: metric 'speed' is not a known metric; expected one of compute-delivered,");
        assertThat(Cli.run("sensitivity", scenario, "--samples", "1").err()).contains("Invalid value for option '--samples': 1");

        Cli target = Cli.run("reverse", scenario, "--target", "compute-delivered=0.9", "--vary", "events[0].duration", "--out",
                dir.resolve("r").toString());
        assertThat(target.exitCode()).isEqualTo(ExitCodes.BAD_INPUT);
        assertThat(target.err()).contains("--target: error: target 'compute-delivered=0.9' is not METRIC>=NUMBER");
        Cli three = Cli.run("reverse", scenario, "--target", "compute-delivered>=0.9", "--vary", "events[0].duration,events[0].start,model.psi",
                "--out", dir.resolve("r").toString());
        assertThat(three.exitCode()).isEqualTo(ExitCodes.BAD_INPUT);
        assertThat(three.err()).contains("names 3 inputs; expected one input (bisection) or two (boundary curve)");
        assertThat(Cli.run("reverse", scenario, "--vary", "events[0].duration").err()).contains("Missing required option: '--target=T'");
        assertThat(dir.resolve("r")).doesNotExist();
    }
}
