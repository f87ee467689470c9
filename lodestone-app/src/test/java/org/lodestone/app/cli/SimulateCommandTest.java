package org.lodestone.app.cli;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.offset;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** {@code lodestone simulate}: the reference case end to end, datasets, bad input, safe output. */
class SimulateCommandTest {

    private static final Path REFERENCE =
            Path.of("..", "testdata", "ario-case-synth-5x4").toAbsolutePath().normalize();
    private static final List<String> WIDE_FILES = List.of(
            "production_realised.csv",
            "production_capacity.csv",
            "overproduction.csv",
            "intermediate_demand.csv",
            "final_demand_unmet.csv",
            "inputs_stocks_total.csv",
            "limiting_inputs_count.csv",
            "summary.csv");

    @TempDir
    Path dir;

    private Path scenario(String name, String text) throws IOException {
        return Files.writeString(dir.resolve(name), text);
    }

    private Path referenceScenario() throws IOException {
        return scenario("reference.yaml", """
                lodestone: 1
                name: synth-5x4-capital-loss
                dataset: mrio:%s
                horizon: 365
                model: {kind: ario-psi, order-type: alt, psi: 0.8, alpha-base: 1.0, alpha-max: 1.25,
                        alpha-tau: 365, inventory-days: 90, inventory-restoration-tau: 60,
                        monetary-factor: 1000000}
                events:
                  - {type: capital-destroyed, at: {region: R001, sector: S002}, fraction: 0.3,
                     start: 5, duration: 10, recovery: {tau: 30, curve: linear}}
                """.formatted(REFERENCE.resolve("mrio")));
    }

    @Test
    void reproducesTheReferenceCaseFilesWithTheirNamesAndLayout() throws IOException {
        Path out = dir.resolve("out");
        Cli cli = Cli.run(
                "simulate",
                referenceScenario().toString(),
                "--out",
                out.toString(),
                "--format",
                "ario-csv",
                "--threads",
                "2");

        assertThat(cli.exitCode()).as(cli.err()).isZero();
        assertThat(cli.out()).contains("365 steps on 20 industries");
        for (String file : WIDE_FILES) {
            List<String> expected =
                    Files.readAllLines(REFERENCE.resolve("expected").resolve(file));
            List<String> actual = Files.readAllLines(out.resolve(file));
            assertThat(actual).as(file).hasSameSizeAs(expected);
            assertThat(actual.get(0)).as(file + " header").isEqualTo(expected.get(0));
            for (int t = 1; t < expected.size(); t++) {
                assertRowClose(
                        file, t, expected.get(t).split(","), actual.get(t).split(","));
            }
        }
        List<String> key = Files.readAllLines(out.resolve("column_key.csv"));
        assertThat(key).as("a row per industry and per final-demand column").hasSize(1 + 20 + 5);
        assertThat(key.subList(0, 3))
                .containsExactly(
                        "kind,column,region,sector,category", "industry,0,R000,S000,", "industry,1,R000,S001,");
        assertThat(key.get(21)).isEqualTo("final-demand,0,R000,,final_demand");
        JsonNode run = new ObjectMapper().readTree(out.resolve("run.json").toFile());
        assertThat(run.get("steps").asInt()).isEqualTo(365);
        assertThat(run.get("crashed").asBoolean()).isFalse();
        assertThat(run.get("scenario_hash").asText()).hasSize(64);
        assertThat(run.get("parameters").get("psi").asDouble()).isEqualTo(0.8);
        assertThat(run.has("loop_seconds")).as("run.json records the loop time").isTrue();
    }

    /** 1e-6 relative, or 1e-9 absolute for values at rounding noise around 0. */
    private static void assertRowClose(String file, int t, String[] expected, String[] actual) {
        assertThat(actual).as(file + " row " + t).hasSameSizeAs(expected);
        for (int c = 0; c < expected.length; c++) {
            double e = Double.parseDouble(expected[c]);
            double a = Double.parseDouble(actual[c]);
            assertThat(Math.abs(a - e))
                    .as("%s step %d column %d: expected %s, got %s", file, t, c, expected[c], actual[c])
                    .isLessThanOrEqualTo(Math.max(1e-6 * Math.abs(e), 1e-9));
        }
    }

    @Test
    void runsTheBundledDatasetAndStaysPutWithoutShocks() throws IOException {
        Path out = dir.resolve("calm");
        Cli cli = Cli.run(
                "simulate",
                scenario("calm.yaml", "lodestone: 1\nname: calm\ndataset: builtin:ai-stack\nhorizon: 30\n")
                        .toString(),
                "--out",
                out.toString());

        assertThat(cli.exitCode()).as(cli.err()).isZero();
        List<String> summary = Files.readAllLines(out.resolve("summary.csv"));
        assertThat(summary).hasSize(31);
        for (String row : summary.subList(1, summary.size())) {
            assertThat(Double.parseDouble(row.split(",")[1])).isCloseTo(1.0, offset(1e-9));
        }
        assertThat(out.resolve("trajectories.csv")).content().startsWith("step,region,sector,production,capacity");
    }

    @Test
    void aShockOnTheDatasetLowersAiComputeDelivered() throws IOException {
        Path out = dir.resolve("shock");
        Cli cli = Cli.run("simulate", scenario("shock.yaml", """
                lodestone: 1
                name: taiwan-fab-outage
                dataset: builtin:ai-stack
                start: 2026-11-10
                horizon: 200
                model: {inventory-days: 30}
                events:
                  - {type: capacity-loss, at: {region: TWN, commodity: logic-wafer-advanced}, fraction: 0.5,
                     start: 2026-12-01, duration: 60, recovery: {tau: 90, curve: linear}}
                """).toString(), "--out", out.toString());

        assertThat(cli.exitCode()).as(cli.err()).isZero();
        double[] aiCompute = new double[200];
        for (String line : Files.readAllLines(out.resolve("trajectories.csv")).subList(1, 1 + 200 * 444)) {
            String[] f = line.split(",");
            if (f[2].equals("ai-compute")) {
                aiCompute[Integer.parseInt(f[0])] += Double.parseDouble(f[3]);
            }
        }
        assertThat(aiCompute[120]).isLessThan(0.95 * aiCompute[0]);
        assertThat(aiCompute[10]).isCloseTo(aiCompute[0], offset(1e-9 * aiCompute[0]));
    }

    @Test
    void badScenarioExitsTwoAndLeavesPreviousResultsAlone() throws IOException {
        Path out = Files.createDirectories(dir.resolve("kept"));
        Files.writeString(out.resolve("summary.csv"), "previous");
        Path bad = scenario("bad.yaml", """
                lodestone: 1
                name: bad
                dataset: builtin:ai-stack
                horizon: 30
                events:
                  - {type: capacity-loss, at: {region: TWN, commodity: logic-wafers}, fraction: 0.5, start: 1, duration: 5}
                """);

        Cli cli = Cli.run("simulate", bad.toString(), "--out", out.toString());

        assertThat(cli.exitCode()).isEqualTo(ExitCodes.BAD_INPUT);
        assertThat(cli.err())
                .contains(bad
                        + ":6:31: error: node 'TWN/logic-wafers' is not in the table; expected a region and sector (or commodity) of the dataset. "
                        + "Maybe you meant TWN/logic-wafer-advanced");
        assertThat(out.resolve("summary.csv")).hasContent("previous");
        try (var files = Files.list(dir)) {
            assertThat(files.map(p -> p.getFileName().toString())).noneMatch(n -> n.contains(".tmp-"));
        }
    }

    @Test
    void unknownFormatIsBadInput() throws IOException {
        Cli cli = Cli.run(
                "simulate",
                referenceScenario().toString(),
                "--out",
                dir.resolve("o").toString(),
                "--format",
                "xlsx");

        assertThat(cli.exitCode()).isEqualTo(ExitCodes.BAD_INPUT);
        assertThat(cli.err())
                .contains("Invalid value for option '--format': 'xlsx' (expected csv, parquet or ario-csv)");
    }

    @Test
    void parquetTrajectoriesReadBackWithDuckDbAsTheCsvWithADatePerStep() throws Exception {
        Path scenario = scenario(
                "dated.yaml",
                Files.readString(referenceScenario()).replace("horizon: 365", "start: 2026-02-20\nhorizon: 20"));
        Path csv = dir.resolve("csv");
        Path parquet = dir.resolve("parquet");

        Cli a = Cli.run("simulate", scenario.toString(), "--out", csv.toString(), "--threads", "1");
        Cli b = Cli.run(
                "simulate",
                scenario.toString(),
                "--out",
                parquet.toString(),
                "--threads",
                "1",
                "--trajectories",
                "parquet");

        assertThat(a.exitCode()).as(a.err()).isZero();
        assertThat(b.exitCode()).as(b.err()).isZero();
        assertThat(parquet.resolve("trajectories.csv")).doesNotExist();
        String read = "read_parquet('" + parquet.resolve("trajectories.parquet") + "')";
        assertThat(DuckDbRows.of("SELECT count(*), min(date), max(date) FROM " + read))
                .as("20 industries on 20 days (steps 0 to 19), 2026-02-20 plus the step")
                .containsExactly(List.of("400", "2026-02-20", "2026-03-11"));
        assertThat(DuckDbRows.of("SELECT count(*) FROM " + read + " WHERE date <> DATE '2026-02-20' + step"))
                .containsExactly(List.of("0"));
        String sums = "SELECT round(sum(production), 6), round(sum(input_stocks), 6), sum(limiting_inputs) FROM ";
        assertThat(DuckDbRows.of(sums + read))
                .isEqualTo(DuckDbRows.of(sums + "read_csv('" + csv.resolve("trajectories.csv") + "')"));
        assertThat(DuckDbRows.of("SELECT count(*), round(sum(unmet), 9) FROM read_parquet('"
                        + parquet.resolve("final_demand_unmet.parquet") + "')"))
                .isEqualTo(DuckDbRows.of("SELECT count(*), round(sum(unmet), 9) FROM read_csv('"
                        + csv.resolve("final_demand_unmet.csv") + "')"));
    }
}
