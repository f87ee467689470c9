package org.lodestone.app.cli;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.function.BiConsumer;
import java.util.stream.Stream;
import org.junit.jupiter.api.Assumptions;
import org.junit.jupiter.api.DynamicTest;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestFactory;
import org.junit.jupiter.api.io.TempDir;
import org.lodestone.app.table.SheetRows;
import org.lodestone.core.mrio.SyntheticMrio;
import org.lodestone.io.mrio.MrioFolderWriter;

/**
 * The README's tour, run: every {@code ./lodestone ...} line of README.md (read at test time, see
 * {@link ReadmeCommands}) runs in-process, must exit 0 and print or write what its comment
 * promises. Placeholders become real inputs (a copy of the bundled dataset, a generated MRIO
 * table, a bundled scenario), outputs go to a temporary folder. A README line without a check
 * here fails, so the README and this test change together.
 */
class ReadmeTourIT {

    private static final Path DATASET =
            ReadmeCommands.ROOT.resolve("lodestone-io/src/main/resources/org/lodestone/io/datasets/ai-stack");
    private static final Path SCENARIO = ReadmeCommands.ROOT.resolve(
            "lodestone-io/src/main/resources/org/lodestone/io/scenarios/taiwan-strait-closure.yaml");

    /** Lines not run, each with its reason; kept few. */
    private static final Map<String, String> NOT_RUN = Map.of(
            "./lodestone serve --port 7070",
            "serves until stopped; ServerIT and DashboardBrowserIT start the same server on a free port",
            "./lodestone serve --db postgresql://user:pw@host:5432/lodestone",
            "needs a PostgreSQL server; the store's PostgreSQL tests run when LODESTONE_TEST_POSTGRES names one");

    /** Smaller settings for the long lines (option, value; set or added), so each checks the same path in seconds. */
    private static final Map<String, List<String>> SMALLER = Map.of(
            "./lodestone ensemble builtin:taiwan-strait-closure --runs 1000 --out ens",
            List.of("--runs", "40"),
            "./lodestone sensitivity builtin:taiwan-strait-closure --out sens",
            List.of("--samples", "16"),
            "./lodestone reverse builtin:taiwan-strait-closure --target compute-delivered>=90% --vary "
                    + "events[0].share-blocked,events[0].duration --out rev",
            List.of("--points", "3", "--levels", "1"));

    @TempDir
    static Path dir;

    private final Map<String, BiConsumer<Cli, Path>> checks = checks();

    @TestFactory
    Stream<DynamicTest> everyReadmeCommandRunsAndDoesWhatItSays() throws IOException {
        prepareInputs();
        return ReadmeCommands.read().stream().map(words -> {
            String line = String.join(" ", words);
            return DynamicTest.dynamicTest(line, () -> {
                Assumptions.assumeFalse(NOT_RUN.containsKey(line), NOT_RUN.get(line));
                assertThat(checks)
                        .as("a check in ReadmeTourIT for the README line: " + line)
                        .containsKey(line);
                Cli cli = Cli.run(args(words).toArray(String[]::new));
                assertThat(cli.exitCode()).as(line + "\n" + cli.err()).isZero();
                checks.get(line).accept(cli, dir);
            });
        });
    }

    @Test
    void everyCheckAndExclusionStillNamesAReadmeLine() throws IOException {
        List<String> lines =
                ReadmeCommands.read().stream().map(w -> String.join(" ", w)).toList();

        assertThat(lines)
                .containsAll(checks.keySet())
                .containsAll(NOT_RUN.keySet())
                .containsAll(SMALLER.keySet());
        assertThat(lines).as("the README's two commands and its tour").hasSizeGreaterThan(20);
    }

    private static void prepareInputs() throws IOException {
        Path data = Files.createDirectories(dir.resolve("path/to/dataset"));
        try (Stream<Path> files = Files.list(DATASET)) {
            for (Path file : files.toList()) {
                Files.copy(file, data.resolve(file.getFileName()), StandardCopyOption.REPLACE_EXISTING);
            }
        }
        if (!Files.exists(dir.resolve("path/to/mrio"))) {
            MrioFolderWriter.write(SyntheticMrio.generate(3, 2, 7), dir.resolve("path/to/mrio"));
        }
        Files.copy(SCENARIO, dir.resolve("my-scenario.yaml"), StandardCopyOption.REPLACE_EXISTING);
    }

    /** The README's words as the test runs them: inputs and outputs in the temporary folder. */
    private static List<String> args(List<String> words) {
        String line = String.join(" ", words);
        List<String> args = new ArrayList<>();
        for (int i = 1; i < words.size(); i++) {
            String word = words.get(i);
            boolean output = words.get(i - 1).equals("--out");
            if (output || word.startsWith("path/to/") || word.equals("my-scenario.yaml")) {
                args.add(dir.resolve(word).toString());
            } else if (word.startsWith("mrio:path/to/")) {
                args.add("mrio:" + dir.resolve(word.substring("mrio:".length())));
            } else if (word.startsWith("examples/")) {
                args.add(ReadmeCommands.ROOT.resolve(word).toString());
            } else {
                args.add(word);
            }
        }
        if (args.get(0).equals("stress-test") && !args.contains("--out")) {
            args.addAll(List.of("--out", dir.resolve("lodestone-out").toString()));
        }
        if (args.get(0).equals("admin") && !args.contains("--db")) {
            args.addAll(List.of("--db", dir.resolve("lodestone.duckdb").toString()));
        }
        List<String> smaller = SMALLER.getOrDefault(line, List.of());
        for (int i = 0; i < smaller.size(); i += 2) {
            int at = args.indexOf(smaller.get(i));
            if (at < 0) {
                args.addAll(smaller.subList(i, i + 2));
            } else {
                args.set(at + 1, smaller.get(i + 1));
            }
        }
        return args;
    }

    private static Map<String, BiConsumer<Cli, Path>> checks() {
        Map<String, BiConsumer<Cli, Path>> c = new LinkedHashMap<>();
        basics(c);
        exposure(c);
        runs(c);
        return c;
    }

    /** The two commands, help, version, validate, the scenario list and the first token. */
    private static void basics(Map<String, BiConsumer<Cli, Path>> c) {
        c.put("./lodestone stress-test", (cli, d) -> {
            assertThat(cli.out()).contains("pax-silica").contains("taiwan-strait-closure");
            assertThat(d.resolve("lodestone-out")).isDirectoryContaining(p -> p.endsWith("index.html"));
            assertThat(d.resolve("lodestone-out/summary.csv")).isNotEmptyFile();
            assertThat(d.resolve("lodestone-out/summary.json")).isNotEmptyFile();
        });
        c.put(
                "./lodestone --help",
                (cli, d) -> assertThat(cli.out())
                        .contains("Commands:")
                        .contains("  stress-test  Runs every bundled scenario")
                        .contains("  admin        "));
        c.put(
                "./lodestone --version",
                (cli, d) -> assertThat(cli.out()).startsWith("lodestone ").contains("Java "));
        c.put("./lodestone validate builtin:ai-stack", (cli, d) -> validDataset(cli));
        c.put("./lodestone validate path/to/dataset", (cli, d) -> validDataset(cli));
        c.put(
                "./lodestone scenarios",
                (cli, d) -> assertThat(cli.out())
                        .contains("builtin:taiwan-strait-closure")
                        .contains("builtin:ree-controls-snap-back"));
        c.put(
                "./lodestone validate builtin:ree-controls-snap-back",
                (cli, d) -> assertThat(cli.out())
                        .startsWith("builtin:ree-controls-snap-back: valid. Scenario ree-controls-snap-back:"));
        c.put("./lodestone admin create-token --role admin --user root", (cli, d) -> {
            assertThat(cli.out()).startsWith("lst_");
            assertThat(cli.err()).contains("for user 'root' with role admin");
        });
    }

    /** Every exposure view the tour shows. */
    private static void exposure(Map<String, BiConsumer<Cli, Path>> c) {
        c.put(
                "./lodestone exposure",
                (cli, d) -> assertThat(cli.out())
                        .contains("rare-earth-oxide")
                        .contains("CHN>50%")
                        .contains("pax-silica"));
        c.put("./lodestone exposure --coalition pax-silica --date 2026-03-01 --format csv", ReadmeTourIT::sharesOnDate);
        c.put("./lodestone exposure --dataset path/to/dataset --format json", (cli, d) -> {
            JsonNode root = json(cli.out());
            assertThat(root.get("coalition").asText()).isEqualTo("pax-silica");
            assertThat(root.get("commodities").size()).isGreaterThan(30);
        });
        c.put(
                "./lodestone exposure --view tiers",
                (cli, d) -> assertThat(cli.out())
                        .contains("Multi-tier dependency of pax-silica's ai-compute by origin")
                        .contains("ai-server"));
        c.put(
                "./lodestone exposure --view extraction",
                (cli, d) -> assertThat(cli.out())
                        .contains("Chokepoint ranking: pax-silica's ai-compute lost")
                        .contains("TWN:ai-accelerator"));
        c.put(
                "./lodestone exposure --view extraction --cut CHN:ndpr-oxide",
                (cli, d) -> assertThat(cli.out())
                        .contains("Extraction of CHN:ndpr-oxide")
                        .containsPattern("ai-compute lost: \\d+\\.\\d%"));
        c.put(
                "./lodestone exposure --view chokepoints",
                (cli, d) -> assertThat(cli.out())
                        .contains("Chokepoints upstream of ai-compute")
                        .contains("cowos-wafer"));
        c.put(
                "./lodestone exposure --view criticality --add TWN --remove ARE --date 2026-12-04",
                (cli, d) -> assertThat(cli.out())
                        .contains("Criticality for pax-silica +TWN -ARE")
                        .containsPattern(
                                "Coalition: pax-silica \\+TWN -ARE on 2026-12-04: ARG AUS CHL CRI DEU EST FIN GBR GRC IND ISR ITA"
                                        + " JPN KAZ KOR NLD NOR PAN PHL PRT QAT SGP SLV SWE TWN USA"));
        c.put("./lodestone exposure --view criticality --format xlsx --out criticality.xlsx", (cli, d) -> {
            assertThat(cli.out()).contains("Workbook: ");
            assertThat(SheetRows.read(d.resolve("criticality.xlsx"))).containsKeys("criticality", "units and sources");
        });
        c.put(
                "./lodestone exposure --dataset mrio:path/to/mrio --coalition R001,R002 --view extraction",
                (cli, d) -> assertThat(cli.out())
                        .contains("Coalition: R001,R002 on ")
                        .containsPattern("(?m)^\\d  R000:S00\\d +\\d+\\.\\d +[0-9,]+ "));
    }

    /** The commands that run the engine and write a folder. */
    private static void runs(Map<String, BiConsumer<Cli, Path>> c) {
        c.put("./lodestone simulate builtin:taiwan-strait-closure --out run", (cli, d) -> {
            assertThat(cli.out()).containsPattern("365 steps on [1-9][0-9]* industries");
            assertThat(d.resolve("run/run.json")).isNotEmptyFile();
            assertThat(d.resolve("run/summary.csv")).isNotEmptyFile();
            assertThat(d.resolve("run/trajectories.csv")).isNotEmptyFile();
        });
        c.put("./lodestone simulate my-scenario.yaml --out run --format ario-csv", (cli, d) -> {
            assertThat(d.resolve("run/production_realised.csv")).isNotEmptyFile();
            assertThat(d.resolve("run/final_demand_unmet.csv")).isNotEmptyFile();
            assertThat(d.resolve("run/column_key.csv")).isNotEmptyFile();
        });
        c.put("./lodestone simulate my-scenario.yaml --out run-pq --trajectories parquet", (cli, d) -> {
            assertThat(d.resolve("run-pq/trajectories.parquet")).isNotEmptyFile();
            assertThat(d.resolve("run-pq/final_demand_unmet.parquet")).isNotEmptyFile();
        });
        c.put(
                "./lodestone ensemble builtin:taiwan-strait-closure --runs 1000 --out ens",
                (cli, d) -> assertThat(d.resolve("ens/index.html")).content().contains("P95"));
        c.put(
                "./lodestone sensitivity builtin:taiwan-strait-closure --out sens",
                (cli, d) -> assertThat(d.resolve("sens/index.html")).isNotEmptyFile());
        c.put(
                "./lodestone reverse builtin:taiwan-strait-closure --target compute-delivered>=90% --vary "
                        + "events[0].share-blocked,events[0].duration --out rev",
                (cli, d) -> assertThat(d.resolve("rev/index.html")).isNotEmptyFile());
        c.put("./lodestone backtest --out bt", (cli, d) -> {
            assertThat(cli.out())
                    .contains("neon-2022")
                    .containsPattern("Score: \\d+ of \\d+ metrics inside their bands");
            assertThat(d.resolve("bt/index.html")).content().contains("observed band");
        });
        c.put("./lodestone plan examples/ree-snap-back-plan.yaml --out plan-out", (cli, d) -> {
            assertThat(cli.out()).contains("ree-snap-back-response");
            assertThat(d.resolve("plan-out/index.html")).isNotEmptyFile();
        });
    }

    private static void validDataset(Cli cli) {
        assertThat(cli.out()).contains("(ai-stack ").contains("): valid.").contains("World supply and use per year");
    }

    /** On 2026-03-01 all ten signatories are members, so the coalition holds a share of some commodities. */
    private static void sharesOnDate(Cli cli, Path d) {
        List<String> rows = cli.out().lines().toList();
        int column = Arrays.asList(rows.get(0).split(",")).indexOf("coalition_share_pct");
        assertThat(column).isPositive();
        assertThat(rows.stream().skip(1).filter(r -> r.startsWith("rare-earth-ore,")))
                .singleElement()
                .satisfies(r ->
                        assertThat(Double.parseDouble(r.split(",")[column])).isPositive());
    }

    private static JsonNode json(String text) {
        try {
            return new ObjectMapper().readTree(text);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }
}
