package org.lodestone.app.cli;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.within;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
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
                        "Optimal: cost USD 2025 ",
                        "cost, USD 2025",
                        "t NdFeB/year",
                        "stock     USA:ndfeb-magnet",
                        "simulated after %",
                        "ree-snap-back-no-licences");
        List<String> scenarios = Files.readAllLines(out.resolve("scenarios.csv"));
        assertThat(scenarios.get(0))
                .isEqualTo("scenario,planned_before_pct,planned_after_pct,simulated_before_pct,simulated_after_pct");
        assertThat(scenarios).hasSize(3);
        String[] harsh = scenarios.get(2).split(",");
        assertThat(Double.parseDouble(harsh[1]))
                .as("planned before, % of baseline")
                .isLessThan(99);
        assertThat(Double.parseDouble(harsh[2]))
                .as("planned after: the plan's target 0.99 as a percentage")
                .isGreaterThanOrEqualTo(99 - 1e-5);
        assertThat(Files.readAllLines(out.resolve("decisions.csv")))
                .first()
                .isEqualTo("decision,region,commodity,amount,unit,cost,currency");
        assertThat(Files.readAllLines(out.resolve("decisions.csv")))
                .anySatisfy(row -> assertThat(row)
                        .startsWith("stock,USA,ndfeb-magnet,")
                        .contains(",t NdFeB,")
                        .endsWith(",USD 2025"));
        for (String row : scenarios.subList(1, scenarios.size())) {
            String[] f = row.split(",");
            assertThat(Double.parseDouble(f[4]))
                    .as("%s simulated with the plan", f[0])
                    .isGreaterThanOrEqualTo(Double.parseDouble(f[3]));
        }
        assertThat(Files.readString(out.resolve("index.html")))
                .contains("<svg", "simulated after", "Candidate partners");
        assertThat(Files.readString(out.resolve("plan.json")))
                .contains("\"outcome\" : \"optimal\"", "\"currency\" : \"USD\"", "\"price_year\" : 2025");
    }

    @Test
    void theSimulatedCheckWithoutThePlanIsWhatTheStressTestMeasures() throws IOException {
        Path plan = Files.writeString(dir.resolve("plan.yaml"), """
                lodestone: 1
                name: hbm-response
                dataset: builtin:ai-stack
                decided: 2025-12-15
                scenarios: [builtin:taiwan-strait-closure, builtin:korea-hbm-outage]
                objective: max-min-compute
                budget: 1e9
                stockpiles:
                  - {region: USA, commodity: hbm-wafer, holding-cost: 1000, release-rate: 0.05, max: 100000}
                """);
        Path out = dir.resolve("out");
        Cli cli = Cli.run("plan", plan.toString(), "--out", out.toString());
        assertThat(cli.exitCode()).as(cli.err()).isZero();

        Map<String, Double> stressTested =
                coalitionComputeDelivered("builtin:taiwan-strait-closure,builtin:korea-hbm-outage");
        List<String> rows = Files.readAllLines(out.resolve("scenarios.csv"));
        assertThat(rows).hasSize(3);
        for (String row : rows.subList(1, rows.size())) {
            String[] f = row.split(",");
            double before = Double.parseDouble(f[3]);
            assertThat(before).as("%s loses compute in the engine", f[0]).isLessThan(99);
            assertThat(before)
                    .as("%s simulated without the plan: the stress test's delivered_pct", f[0])
                    .isCloseTo(stressTested.get(f[0]), within(1e-3));
            assertThat(Double.parseDouble(f[4]))
                    .as("%s simulated with the plan", f[0])
                    .isGreaterThanOrEqualTo(before);
        }
    }

    /**
     * AI compute delivered to the coalition (a fraction) per scenario as {@code lodestone stress-test}
     * measures it on the plan's decision date: the engine run without the plan, wired apart from the
     * plan's own check.
     */
    private Map<String, Double> coalitionComputeDelivered(String scenarios) throws IOException {
        Path out = dir.resolve("stress-test");
        Cli cli = Cli.run("stress-test", "--scenarios", scenarios, "--date", "2025-12-15", "--out", out.toString());
        assertThat(cli.exitCode()).as(cli.err()).isZero();
        Map<String, Double> delivered = new HashMap<>();
        for (JsonNode scenario : new ObjectMapper()
                .readTree(out.resolve("summary.json").toFile())
                .get("scenarios")) {
            for (JsonNode row : scenario.get("rows")) {
                if (row.get("role").asText().equals("coalition")) {
                    delivered.put(
                            scenario.get("name").asText(),
                            row.get("delivered_pct").asDouble());
                }
            }
        }
        return delivered;
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
                target: 99
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
