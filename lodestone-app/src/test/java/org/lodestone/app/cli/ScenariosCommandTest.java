package org.lodestone.app.cli;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.lodestone.io.scenario.ScenarioLibrary;

/** {@code lodestone scenarios}, and {@code builtin:NAME} wherever a scenario file is accepted. */
class ScenariosCommandTest {

    @TempDir
    Path dir;

    @Test
    void listsOneLinePerScenarioWithItsReferenceAndTitle() {
        Cli cli = Cli.run("scenarios");

        assertThat(cli.exitCode()).as(cli.err()).isZero();
        List<String> lines = cli.out().lines().toList();
        List<ScenarioLibrary.Entry> entries = ScenarioLibrary.entries();
        assertThat(lines).hasSameSizeAs(entries).hasSizeGreaterThanOrEqualTo(9);
        for (int n = 0; n < entries.size(); n++) {
            assertThat(lines.get(n))
                    .startsWith("builtin:" + entries.get(n).name() + "  ")
                    .endsWith(entries.get(n).title());
        }
        assertThat(lines.get(0)).startsWith("builtin:ree-controls-snap-back");
        int titleColumn = lines.get(0).indexOf(entries.get(0).title());
        assertThat(lines).allSatisfy(line -> assertThat(line.length()).isGreaterThan(titleColumn));
    }

    @Test
    void csvQuotesTitlesWithCommas() {
        Cli cli = Cli.run("scenarios", "--format", "csv");

        assertThat(cli.exitCode()).as(cli.err()).isZero();
        List<String> lines = cli.out().lines().toList();
        assertThat(lines.get(0)).isEqualTo("name,reference,title");
        assertThat(lines).hasSize(ScenarioLibrary.entries().size() + 1);
        assertThat(lines)
                .contains("gallium-germanium-ban,builtin:gallium-germanium-ban,\""
                        + ScenarioLibrary.entries().stream()
                                .filter(e -> e.name().equals("gallium-germanium-ban"))
                                .findFirst()
                                .orElseThrow()
                                .title()
                        + "\"");
    }

    @Test
    void jsonListsNameReferenceAndTitle() throws IOException {
        Cli cli = Cli.run("scenarios", "--format", "json");

        assertThat(cli.exitCode()).as(cli.err()).isZero();
        JsonNode rows = new ObjectMapper().readTree(cli.out());
        assertThat(rows.isArray()).isTrue();
        assertThat(rows).hasSize(ScenarioLibrary.entries().size());
        assertThat(rows.get(0).get("name").asText()).isEqualTo("ree-controls-snap-back");
        assertThat(rows.get(0).get("reference").asText()).isEqualTo("builtin:ree-controls-snap-back");
        assertThat(rows.get(0).get("title").asText()).isNotBlank();
    }

    @Test
    void badFormatIsBadInputAndHelpWorks() {
        assertThat(Cli.run("scenarios", "--format", "xml").exitCode()).isEqualTo(ExitCodes.BAD_INPUT);
        Cli help = Cli.run("scenarios", "--help");
        assertThat(help.exitCode()).isZero();
        assertThat(help.out()).contains("Usage: lodestone scenarios");
        assertThat(Cli.run("--help").out()).contains("scenarios");
    }

    @Test
    void simulateAcceptsABuiltinScenario() throws IOException {
        Path out = dir.resolve("hbm");
        Cli cli = Cli.run("simulate", "builtin:korea-hbm-outage", "--out", out.toString(), "--threads", "1");

        assertThat(cli.exitCode()).as(cli.err()).isZero();
        assertThat(cli.out()).contains("365 steps on 444 industries");
        assertThat(Files.readAllLines(out.resolve("summary.csv"))).hasSize(366);
        assertThat(out.resolve("run.json")).content().contains("\"korea-hbm-outage\"");
    }

    @Test
    void anUnknownBuiltinScenarioListsTheLibrary() {
        Cli cli = Cli.run(
                "simulate", "builtin:taiwan-strait", "--out", dir.resolve("x").toString());

        assertThat(cli.exitCode()).isEqualTo(ExitCodes.BAD_INPUT);
        assertThat(cli.err())
                .contains("builtin:taiwan-strait")
                .contains("is not a bundled scenario")
                .contains("builtin:taiwan-strait-closure")
                .contains("builtin:ree-controls-snap-back");
    }
}
