package org.lodestone.app.cli;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** {@code lodestone plan}: the bundled example end to end, and located errors for bad plans. */
class PlanCommandTest {

    private static final Path EXAMPLE = Path.of("..", "examples", "ree-snap-back-plan.yaml")
            .toAbsolutePath()
            .normalize();

    @TempDir
    Path dir;

    @Test
    void theExamplePlanSolvesAndReportsItsSimulatedCheck() throws IOException {
        Path out = dir.resolve("out");
        Cli cli = Cli.run("plan", EXAMPLE.toString(), "--out", out.toString());

        assertThat(cli.exitCode()).as(cli.err()).isZero();
        assertThat(cli.out())
                .contains(
                        "Optimal: cost",
                        "stock     USA:ndfeb-magnet",
                        "simulated after %",
                        "ree-snap-back-no-licences");
        List<String> scenarios = Files.readAllLines(out.resolve("scenarios.csv"));
        assertThat(scenarios.get(0))
                .isEqualTo("scenario,planned_before,planned_after,simulated_before,simulated_after");
        assertThat(scenarios).hasSize(3);
        String[] harsh = scenarios.get(2).split(",");
        assertThat(Double.parseDouble(harsh[1])).as("planned before").isLessThan(0.999);
        assertThat(Double.parseDouble(harsh[2])).as("planned after").isGreaterThanOrEqualTo(0.999 - 1e-7);
        assertThat(Double.parseDouble(harsh[4])).as("simulated after").isBetween(0.0, 1.01);
        assertThat(Files.readString(out.resolve("index.html")))
                .contains("<svg", "simulated after", "Candidate partners");
        assertThat(Files.readString(out.resolve("plan.json"))).contains("\"outcome\" : \"optimal\"");
    }

    @Test
    void anOptionOutsideTheCoalitionIsALocatedErrorWithExitCode2() throws IOException {
        Path plan = Files.writeString(dir.resolve("plan.yaml"), """
                lodestone: 1
                name: bad
                dataset: builtin:ai-stack
                decided: 2025-12-15
                scenarios: [builtin:ree-controls-snap-back]
                objective: min-cost
                target: 0.99
                capacity:
                  - {region: VNM, commodity: ndfeb-magnet, unit-cost: 1, max: 10}
                  - {region: USA, commodity: unobtainium, unit-cost: 1}
                """);

        Cli cli = Cli.run("plan", plan.toString(), "--out", dir.resolve("out").toString());

        assertThat(cli.exitCode()).isEqualTo(2);
        assertThat(cli.err())
                .contains(plan + ":9:5", "VNM", "is neither a member of pax-silica", "Maybe add it under partners:");
        assertThat(cli.err()).contains(plan + ":10:5", "unobtainium", "is not a commodity of ai-stack");
        assertThat(dir.resolve("out")).doesNotExist();
    }
}
