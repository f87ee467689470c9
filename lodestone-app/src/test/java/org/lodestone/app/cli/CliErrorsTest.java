package org.lodestone.app.cli;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.net.InetAddress;
import java.net.InetSocketAddress;
import java.net.ServerSocket;
import java.nio.file.Files;
import java.nio.file.Path;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * The mistakes a person types, each answered with one message that says what to do and exit code 2:
 * no page of help, no Java exception, no follow-on errors.
 */
class CliErrorsTest {

    @TempDir
    Path dir;

    @Test
    void aBadOptionValueIsTheMessageAndOneLineOfHintNotTheWholeHelp() {
        Cli cli = Cli.run("exposure", "--view", "tier");

        assertThat(cli.exitCode()).isEqualTo(ExitCodes.BAD_INPUT);
        assertThat(cli.err().lines())
                .containsExactly(
                        "Invalid value for option '--view': 'tier' is not a view; expected one of summary, tiers, "
                                + "extraction, chokepoints, criticality. Maybe you meant tiers",
                        "Try 'lodestone exposure --help' for the usage and every option.");
    }

    @Test
    void aBadDateOptionSaysHowToWriteADate() {
        for (String command : new String[] {"exposure", "stress-test"}) {
            Cli cli = Cli.run(command, "--date", "2025-13-01");

            assertThat(cli.exitCode()).as(command).isEqualTo(ExitCodes.BAD_INPUT);
            assertThat(cli.err())
                    .as(command)
                    .startsWith("Invalid value for option '--date': '2025-13-01' is not a date; "
                            + "use YYYY-MM-DD, e.g. 2026-03-01\n")
                    .doesNotContain("Exception");
        }
    }

    @Test
    void aCoalitionWithoutMembersOnTheDateIsAnErrorNamingWhenItHasSome() {
        // pax-silica's first members signed on 2025-12-12 (groups.yaml of builtin:ai-stack)
        String expected = "--coalition: error: coalition 'pax-silica' has no members on 2025-12-01; its first members "
                + "join on 2025-12-12; expected a --date on or after 2025-12-12. Maybe --date 2025-12-12";
        for (String[] args : new String[][] {
            {"exposure", "--coalition", "pax-silica", "--date", "2025-12-01", "--format", "csv"},
            {"exposure", "--date", "2025-12-01", "--view", "tiers"},
            {"stress-test", "--date", "2025-12-01", "--out", dir.resolve("st").toString()}
        }) {
            Cli cli = Cli.run(args);

            assertThat(cli.exitCode()).as(args[0]).isEqualTo(ExitCodes.BAD_INPUT);
            assertThat(cli.out()).as(args[0]).isEmpty();
            assertThat(cli.err()).as(args[0]).isEqualTo(expected + "\n1 error found.\n");
        }
        assertThat(dir.resolve("st")).doesNotExist();
    }

    @Test
    void addingARegionThatIsAlreadyAMemberSaysSoAndSuggestsRemove() {
        Cli cli = Cli.run("exposure", "--view", "criticality", "--add", "KOR", "--date", "2026-03-01");

        assertThat(cli.exitCode()).isEqualTo(ExitCodes.BAD_INPUT);
        assertThat(cli.err())
                .contains("--add: error: region 'KOR' is already a member of pax-silica on 2026-03-01, so --add "
                        + "changes nothing; expected a region outside the coalition (its members are ARE AUS GBR IND "
                        + "ISR JPN KOR NLD QAT SGP USA). Maybe you meant --remove KOR");
    }

    @Test
    void validateChecksAScenariosCoalitionAtItsLine() throws IOException {
        Path scenario = Files.writeString(dir.resolve("s.yaml"), """
                lodestone: 1
                name: typo
                dataset: builtin:ai-stack
                horizon: 30
                coalition: pax-silicon
                events:
                  - {type: export-control, imposer: CHN, commodities: [gallium], targets: all, share-blocked: 1, start: 1, duration: 5}
                """);

        Cli cli = Cli.run("validate", scenario.toString());

        assertThat(cli.exitCode()).isEqualTo(ExitCodes.BAD_INPUT);
        assertThat(cli.err())
                .isEqualTo(
                        scenario + ":5:12: error: coalition 'pax-silicon' is not a group of dataset ai-stack; "
                                + "expected one of concern, ergi, msp, pax-silica. Maybe you meant pax-silica\n1 error found.\n");
    }

    @Test
    void aRenamedCsvColumnIsOneError() throws IOException {
        Path data = ExposureCommandTest.TinyDataset.write(dir);
        Path production = data.resolve("production.csv");
        Files.writeString(production, Files.readString(production).replaceFirst("quantity", "qty"));

        Cli cli = Cli.run("validate", data.toString());

        assertThat(cli.exitCode()).isEqualTo(ExitCodes.BAD_INPUT);
        assertThat(cli.err())
                .isEqualTo(production + ":1:18: error: column 'qty' is not a known column and 'quantity' is missing; "
                        + "expected one of commodity, note, quantity, region, source, status. "
                        + "Maybe rename it to quantity\n1 error found.\n");
    }

    @Test
    void aSemicolonSeparatedCsvIsRecognisedAndNamed() throws IOException {
        Path data = ExposureCommandTest.TinyDataset.write(dir);
        Path production = data.resolve("production.csv");
        Files.writeString(production, Files.readString(production).replace(',', ';'));

        Cli cli = Cli.run("validate", data.toString());

        assertThat(cli.exitCode()).isEqualTo(ExitCodes.BAD_INPUT);
        assertThat(cli.err())
                .isEqualTo(
                        production + ":1:1: error: is separated by semicolons (;), not commas; expected a "
                                + "comma-separated header: commodity,region,quantity,source,status. Maybe save it as "
                                + "comma-separated CSV (in Excel: CSV UTF-8), or replace each ; with a comma\n1 error found.\n");
    }

    @Test
    void aPortInUseIsOneCleanLine() throws IOException {
        try (ServerSocket taken = new ServerSocket()) {
            taken.bind(new InetSocketAddress(InetAddress.getLoopbackAddress(), 0));
            int port = taken.getLocalPort();

            Cli cli = Cli.run(
                    "serve",
                    "--port",
                    String.valueOf(port),
                    "--db",
                    dir.resolve("s.duckdb").toString());

            assertThat(cli.exitCode()).isEqualTo(ExitCodes.BAD_INPUT);
            assertThat(cli.err().lines())
                    .containsExactly(
                            "Invalid value for option '--port': port " + port + " on 127.0.0.1 is already in use "
                                    + "(another server is listening there). Maybe stop it, or choose another with "
                                    + "--port (0 for any free one)",
                            "Try 'lodestone serve --help' for the usage and every option.");
        }
    }
}
