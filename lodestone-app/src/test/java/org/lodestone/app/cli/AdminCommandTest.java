package org.lodestone.app.cli;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Path;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.lodestone.store.Store;
import org.lodestone.store.StoreUrl;
import org.lodestone.store.access.Principal;
import org.lodestone.store.access.Role;

/** {@code lodestone admin create-token}: how the first admin is made. */
class AdminCommandTest {

    @TempDir
    Path dir;

    @Test
    void createTokenPrintsATokenTheStoreRecognises() {
        Path db = dir.resolve("s.duckdb");
        Cli cli = Cli.run("admin", "create-token", "--role", "admin", "--user", "root", "--db", db.toString());

        assertThat(cli.exitCode()).as(cli.err()).isZero();
        String token = cli.out().strip();
        assertThat(token).startsWith("lst_").doesNotContain("\n");
        assertThat(cli.err())
                .contains("This is an API token for user 'root' with role admin (label \"command line\")")
                .contains("It is shown only now")
                .contains("manages users and tokens")
                .contains("paste it into the dashboard")
                .contains("curl -H \"Authorization: Bearer $TOKEN\" http://127.0.0.1:7070/api/me");
        try (Store store = Store.open(StoreUrl.duckdb(db))) {
            assertThat(store.tokens().authenticate(token))
                    .get()
                    .extracting(Principal::name, Principal::role)
                    .containsExactly("root", Role.ADMIN);
        }
    }

    @Test
    void anExistingUserKeepsTheirRoleAndTheTextSaysWhichItIs() {
        String db = dir.resolve("s.duckdb").toString();
        Cli.run("admin", "create-token", "--role", "viewer", "--user", "ana", "--db", db);

        Cli again = Cli.run("admin", "create-token", "--role", "admin", "--user", "ana", "--db", db);

        assertThat(again.exitCode()).as(again.err()).isZero();
        assertThat(again.err())
                .contains("for user 'ana' with role viewer")
                .contains("it reads what is shared with the user");
    }

    @Test
    void aBadRoleOrUrlIsBadInput() {
        Cli role = Cli.run(
                "admin",
                "create-token",
                "--role",
                "owner",
                "--db",
                dir.resolve("s.duckdb").toString());
        assertThat(role.exitCode()).isEqualTo(ExitCodes.BAD_INPUT);
        assertThat(role.err()).contains("role 'owner' is unknown; expected one of viewer, analyst, admin");
        Cli url = Cli.run("admin", "create-token", "--db", "jdbc:duckdb:x");
        assertThat(url.exitCode()).isEqualTo(ExitCodes.BAD_INPUT);
        assertThat(url.err()).contains("Maybe drop the jdbc: prefix");
    }

    @Test
    void serveAndAdminHaveHelp() {
        assertThat(Cli.run("serve", "--help").out())
                .contains("Usage: lodestone serve")
                .contains("--db")
                .contains("--port");
        assertThat(Cli.run("admin", "--help").out()).contains("create-token");
    }
}
