package org.lodestone.app.cli;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** {@code lodestone backtest}: the scored table, the files, and located errors on bad episodes. */
class BacktestCommandTest {

    private static final String SCENARIO = """
            lodestone: 1
            name: quake
            dataset: builtin:ai-stack
            start: 2024-04-02
            horizon: 30
            events:
              - {type: capacity-loss, at: {region: TWN, commodity: logic-wafer-advanced}, fraction: 0.3,
                 start: 1, duration: 1, recovery: {tau: 5, curve: linear}}
            """;

    private static final String EPISODE = """
            lodestone-episode: 1
            name: quake
            title: a quake
            scenario: quake.scenario.yaml
            metrics:
              - id: recover
                kind: days-to-recover
                commodity: logic-wafer-advanced
                regions: [TWN]
                period: {from: 2024-04-02, to: 2024-04-30}
                band: {max: 14, basis: judgement}
                sources: [cna]
              - id: never
                kind: first-stockout-day
                commodity: logic-wafer-advanced
                regions: [TWN]
                period: {from: 2024-04-02, to: 2024-04-30}
                band: {min: 28, basis: judgement}
                sources: [cna]
            sources:
              - {id: cna, publisher: Focus Taiwan, url: "https://focustaiwan.tw/business/202404040002"}
            """;

    @TempDir
    Path dir;

    /** The two-metric episode and its scenario, written to {@code dir}. */
    static Path episodeIn(Path dir) throws IOException {
        Files.writeString(dir.resolve("quake.scenario.yaml"), SCENARIO);
        return Files.writeString(dir.resolve("quake.yaml"), EPISODE);
    }

    private Path episode(String text) throws IOException {
        Files.writeString(dir.resolve("quake.scenario.yaml"), SCENARIO);
        return Files.writeString(dir.resolve("quake.yaml"), text);
    }

    @Test
    void printsEachMetricTheScoreAndWritesThePage() throws IOException {
        Path out = dir.resolve("bt");

        Cli cli = Cli.run("backtest", episode(EPISODE).toString(), "--out", out.toString(), "--threads", "1");

        assertThat(cli.exitCode()).as(cli.err()).isZero();
        // capacity 30% down on day 2 (one step after the event's start), back over 5 days: short from day 2
        assertThat(cli.out())
                .containsPattern("episode +metric +unit +observed +band +simulated +verdict +error")
                .containsPattern("quake +recover +days +- +<= 14 +\\d+ +inside +-")
                .containsPattern("quake +never +day +- +>= 28 +2 +outside +-")
                .contains("Score: 1 of 2 metrics inside their bands")
                .contains("Page: " + out.resolve("index.html"));
        assertThat(Files.readString(out.resolve("index.html")))
                .contains("<h1>Backtest: the model against what happened</h1>")
                .contains("1 of 2 metrics inside their bands")
                .contains("<polyline class=\"series simulated\"");
        assertThat(Files.readString(out.resolve("backtest.csv")))
                .startsWith("episode,metric,kind,nodes,from_day,to_day,unit,observed,band_min,band_max,band_basis,"
                        + "simulated,verdict,error,reason,sources\n")
                .contains(
                        "quake,never,first-stockout-day,TWN logic-wafer-advanced,0,28,day,,28,,judgement,2,outside,,,cna");
        assertThat(out.resolve("backtest.json")).isRegularFile();
    }

    @Test
    void csvAndJsonFormatsPrintTheRows() throws IOException {
        Path file = episode(EPISODE);

        Cli csv = Cli.run(
                "backtest",
                file.toString(),
                "--format",
                "csv",
                "--out",
                dir.resolve("a").toString());
        Cli json = Cli.run(
                "backtest",
                file.toString(),
                "--format",
                "json",
                "--out",
                dir.resolve("b").toString());

        assertThat(csv.out()).startsWith("episode,metric,kind,").contains("quake,recover,days-to-recover");
        assertThat(json.out())
                .contains("\"score\" : \"1 of 2 metrics inside their bands\"")
                .contains("\"inside\" : 1");
    }

    @Test
    void aCalibrationPsiReplacesEveryScenariosAndItsDefaultValueChangesNothing() throws IOException {
        Cli recorded = replayMagnets("a", "--format", "csv");
        Cli same = replayMagnets("b", "--format", "csv", "--psi", "0.8");
        Cli lower = replayMagnets("c", "--psi", "0.3");

        assertThat(same.out()).isEqualTo(recorded.out());
        // rationing from 30% instead of 80% of the target: the 38 days of magnets last longer
        assertThat(stoppageDay(dir.resolve("c"))).isGreaterThan(stoppageDay(dir.resolve("a")));
        assertThat(lower.out()).contains("Calibration run: every episode with psi = 0.3 instead of its scenario's");
        assertThat(dir.resolve("c").resolve("backtest.json")).content().contains("\"calibration_psi\" : 0.3");
        assertThat(dir.resolve("a").resolve("backtest.json")).content().doesNotContain("calibration_psi");
    }

    @Test
    void aPsiOutsideZeroToOneIsBadInput() {
        Cli cli = replayMagnets("o", "--psi", "1.5");

        assertThat(cli.exitCode()).isEqualTo(ExitCodes.BAD_INPUT);
        assertThat(cli.err()).contains("Invalid value for option '--psi': 1.5 (expected a number in (0, 1])");
        assertThat(dir.resolve("o")).doesNotExist();
    }

    /** {@code backtest builtin:ree-licensing-2025 --out dir/out} with {@code more} options. */
    private Cli replayMagnets(String out, String... more) {
        List<String> args = new ArrayList<>(List.of("backtest", "builtin:ree-licensing-2025", "--out"));
        args.add(dir.resolve(out).toString());
        args.addAll(List.of(more));
        return Cli.run(args.toArray(String[]::new));
    }

    /** The simulated day of the US vehicle stoppage in {@code out}'s backtest.csv (column 12). */
    private static int stoppageDay(Path out) throws IOException {
        String row = Files.readAllLines(out.resolve("backtest.csv")).stream()
                .filter(line -> line.startsWith("ree-licensing-2025,usa-first-vehicle-stoppage,"))
                .findFirst()
                .orElseThrow();
        return Integer.parseInt(row.split(",")[11]);
    }

    /** No bundled episode needs a missing commodity since chip-shortage-2021 runs; this keeps the path tested. */
    @Test
    void anEpisodeRequiringACommodityTheDatasetLacksIsNotRun() throws IOException {
        Path file = episode(EPISODE.replace(
                "scenario: quake.scenario.yaml\n", "scenario: quake.scenario.yaml\nrequires: [unobtainium]\n"));

        Cli cli = Cli.run("backtest", file.toString(), "--out", dir.resolve("o").toString(), "--threads", "1");

        assertThat(cli.exitCode()).as(cli.err()).isZero();
        assertThat(cli.out())
                .containsPattern("quake: not run, the dataset \\S+ lacks unobtainium")
                .contains("(2 not scored yet)");
    }

    @Test
    void anUnknownRegionIsBadInputLocatedAtItsMetric() throws IOException {
        Path file = episode(EPISODE.replace(
                "regions: [TWN]\n    period: {from: 2024-04-02, to: 2024-04-30}\n    band: {min",
                "regions: [TWM]\n    period: {from: 2024-04-02, to: 2024-04-30}\n    band: {min"));

        Cli cli = Cli.run("backtest", file.toString(), "--out", dir.resolve("o").toString());

        assertThat(cli.exitCode()).isEqualTo(ExitCodes.BAD_INPUT);
        assertThat(cli.err())
                .contains(file + ":13:5: error: regions 'TWM' is not a producer of logic-wafer-advanced in the"
                        + " dataset; expected one of CHN, KOR, TWN. Maybe you meant TWN");
        assertThat(dir.resolve("o")).doesNotExist();
    }

    @Test
    void aBadFileOrNameIsBadInput() throws IOException {
        Path file = episode(EPISODE.replace("kind: days-to-recover", "kind: recovery"));

        Cli bad = Cli.run(
                "backtest",
                file.toString(),
                "builtin:neon",
                "--out",
                dir.resolve("o").toString());

        assertThat(bad.exitCode()).isEqualTo(ExitCodes.BAD_INPUT);
        assertThat(bad.err())
                .contains(file + ":7:11: error: kind 'recovery' is not a known value; expected one of node-output,")
                .contains("builtin:neon: error: episode 'neon' is not a bundled episode")
                .contains("Maybe you meant neon-2022");
    }

    @Test
    void aMissingFileIsBadInputWithAHint() {
        Path missing = dir.resolve("nowhere.yaml");

        Cli cli = Cli.run(
                "backtest", missing.toString(), "--out", dir.resolve("o").toString());

        assertThat(cli.exitCode()).isEqualTo(ExitCodes.BAD_INPUT);
        assertThat(cli.err())
                .contains(missing + ": error: does not exist; expected an episode file (YAML) or builtin:NAME."
                        + " lodestone backtest --list lists the bundled episodes");
    }

    @Test
    void listsTheBundledEpisodes() {
        Cli cli = Cli.run("backtest", "--list");

        assertThat(cli.exitCode()).isZero();
        assertThat(cli.out().lines()).hasSize(8).anyMatch(l -> l.startsWith("builtin:neon-2022 "));
    }
}
