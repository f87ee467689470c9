package org.lodestone.app.cli;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.regex.Pattern;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;
import picocli.CommandLine;

/** The commands' contracts: help, version, exit codes and located errors. */
class CommandsTest {

    @TempDir
    Path dir;

    @Test
    void versionNamesTheProduct() {
        Cli cli = Cli.run("--version");

        assertThat(cli.exitCode()).isZero();
        assertThat(cli.out()).startsWith("lodestone ");
    }

    @ParameterizedTest
    @ValueSource(strings = {"stress-test", "validate", "exposure", "simulate"})
    void everyCommandHasHelp(String command) {
        Cli cli = Cli.run(command, "--help");

        assertThat(cli.exitCode()).isZero();
        assertThat(cli.out()).contains("Usage: lodestone " + command);
    }

    @Test
    void everyCommandSummaryIsOneWholeSentence() {
        CommandLine root = LodestoneCommand.commandLine();
        List<CommandLine> commands = new ArrayList<>(root.getSubcommands().values());
        commands.addAll(root.getSubcommands().get("admin").getSubcommands().values());
        String help = Cli.run("--help").out();

        for (CommandLine command : commands) {
            String[] header = command.getCommandSpec().usageMessage().header();
            assertThat(header).as(command.getCommandName()).hasSize(1);
            assertThat(header[0]).as(command.getCommandName()).matches("[A-Z][^\\n]{10,62}\\.");
            if (command.getParent() == root) {
                String shown = header[0].replace("%%", "%");
                assertThat(help)
                        .containsPattern("(?m)^  " + command.getCommandName() + " +" + Pattern.quote(shown) + "$");
            }
        }
    }

    @Test
    void aPercentTargetInASummaryIsPrintedAsOnePercentSign() {
        String help = Cli.run("--help").out();

        assertThat(help).contains("compute-delivered>=90% breaks.").doesNotContain("%%");
        assertThat(Cli.run("reverse", "--help").out()).contains("compute-delivered>=90% breaks.");
    }

    @Test
    void unknownOptionIsBadInput() {
        Cli cli = Cli.run("exposure", "--colour", "red");

        assertThat(cli.exitCode()).isEqualTo(ExitCodes.BAD_INPUT);
        assertThat(cli.err()).contains("Unknown options: '--colour', 'red'");
    }

    @Test
    void badDateAndFormatAreBadInput() {
        assertThat(Cli.run("exposure", "--date", "2025-13-01").exitCode()).isEqualTo(ExitCodes.BAD_INPUT);
        Cli format = Cli.run("exposure", "--format", "xml");
        assertThat(format.exitCode()).isEqualTo(ExitCodes.BAD_INPUT);
        assertThat(format.err()).contains("expected one of [TABLE, CSV, JSON, XLSX]");
    }

    @Test
    void unknownCoalitionListsTheGroups() {
        Cli cli = Cli.run("exposure", "--coalition", "nato");

        assertThat(cli.exitCode()).isEqualTo(ExitCodes.BAD_INPUT);
        assertThat(cli.err())
                .contains("--coalition: error: coalition 'nato' is not a group of dataset ai-stack; expected one of ")
                .contains("pax-silica");
    }

    @Test
    void validateReportsEveryProblemWithItsLocationAndExitsTwo() throws IOException {
        Path broken = Files.createDirectories(dir.resolve("broken"));
        Files.writeString(broken.resolve("dataset.yaml"), "lodestone-dataset: 3\nid: Broken\n");

        Cli cli = Cli.run("validate", broken.toString());

        assertThat(cli.exitCode()).isEqualTo(ExitCodes.BAD_INPUT);
        assertThat(cli.err())
                .contains(broken.resolve("dataset.yaml")
                        + ":1:20: error: lodestone-dataset '3' is not a supported format version; expected 1 or 2")
                .contains(broken.resolve("dataset.yaml")
                        + ":2:5: error: id 'Broken' is not valid; expected a kebab-case id such as ai-stack")
                .contains(broken.resolve("sources.csv") + ": error: is missing")
                .containsPattern("\\d+ errors found\\.");
    }

    @Test
    void validateChecksScenariosAgainstTheirDataset() throws IOException {
        Cli bundled = Cli.run("validate", "builtin:taiwan-strait-closure");
        assertThat(bundled.exitCode()).as(bundled.err()).isZero();
        assertThat(bundled.out())
                .startsWith("builtin:taiwan-strait-closure: valid. Scenario taiwan-strait-closure:")
                .contains("bound to builtin:ai-stack (444 industries)");

        Path bad = Files.writeString(dir.resolve("bad.yaml"), """
                lodestone: 1
                name: bad
                dataset: builtin:ai-stack
                horizon: 30
                events:
                  - {type: export-control, imposer: CHN, commodities: [galium], targets: all, share-blocked: 1, start: 1, duration: 5}
                """);
        Cli cli = Cli.run("validate", bad.toString());
        assertThat(cli.exitCode()).isEqualTo(ExitCodes.BAD_INPUT);
        assertThat(cli.err())
                .contains(bad + ":6:5: error: commodities 'galium' is not a commodity (sector) of the table")
                .contains("Maybe you meant gallium");
    }

    @Test
    void validateReadsMrioFolders() {
        Cli cli = Cli.run("validate", "mrio:" + Path.of("..", "testdata", "ario-case-synth-5x4", "mrio"));

        assertThat(cli.exitCode()).as(cli.err()).isZero();
        assertThat(cli.out()).contains(": valid. 5 regions x 4 sectors = 20 industries, 5 final-demand columns");
    }

    @Test
    void validateAcceptsTheBundledDatasetAndPrintsTheBalance() {
        Cli cli = Cli.run("validate", "builtin:ai-stack");

        assertThat(cli.exitCode()).isZero();
        assertThat(cli.out())
                .contains("builtin:ai-stack (ai-stack ")
                .contains("): valid.")
                .contains("World supply and use per year")
                .contains("rare-earth-oxide");
    }
}
