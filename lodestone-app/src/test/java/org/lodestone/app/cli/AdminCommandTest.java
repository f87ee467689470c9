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
                .contains("This is API token tok_")
                .contains("for user 'root' with role admin (label \"command line\"), valid until ")
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
    void aTokenBelowItsUsersRoleSaysTheTokensOwnRole() {
        String db = dir.resolve("s.duckdb").toString();
        Cli.run("admin", "create-token", "--role", "analyst", "--user", "ana", "--db", db);

        Cli again = Cli.run("admin", "create-token", "--role", "viewer", "--user", "ana", "--db", db);

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
                "--user",
                "x",
                "--db",
                dir.resolve("s.duckdb").toString());
        assertThat(role.exitCode()).isEqualTo(ExitCodes.BAD_INPUT);
        assertThat(role.err()).contains("role 'owner' is unknown; expected one of viewer, analyst, admin");
        Cli url = Cli.run("admin", "create-token", "--user", "x", "--db", "jdbc:duckdb:x");
        assertThat(url.exitCode()).isEqualTo(ExitCodes.BAD_INPUT);
        assertThat(url.err()).contains("Maybe drop the jdbc: prefix");
    }

    /**
     * Issue 17, finding 2: {@code --role viewer} without {@code --user} printed an admin token (user
     * {@code admin} by default). {@code --user} is now required, and the token's role is its own.
     */
    @Test
    void aTokenNeedsItsUserAndActsWithItsOwnRoleUntilRevoked() {
        String db = dir.resolve("s.duckdb").toString();
        Cli.run("admin", "create-token", "--role", "admin", "--user", "admin", "--db", db);

        Cli noUser = Cli.run("admin", "create-token", "--role", "viewer", "--db", db);
        Cli viewer = Cli.run("admin", "create-token", "--role", "viewer", "--user", "admin", "--days", "7", "--db", db);

        assertThat(noUser.exitCode()).isEqualTo(ExitCodes.BAD_INPUT);
        assertThat(noUser.err()).contains("--user");
        assertThat(noUser.out()).doesNotContain("lst_");
        assertThat(viewer.exitCode()).as(viewer.err()).isZero();
        String token = viewer.out().strip();
        try (Store store = Store.open(StoreUrl.duckdb(Path.of(db)))) {
            assertThat(store.tokens().authenticate(token))
                    .get()
                    .extracting(Principal::role)
                    .isEqualTo(Role.VIEWER);
        }
        String id = viewer.err().replaceFirst("(?s).*token (tok_[0-9a-f]+) .*", "$1");
        assertThat(Cli.run("admin", "list-tokens", "--db", db).out())
                .contains(id)
                .doesNotContain("lst_");

        Cli revoked = Cli.run("admin", "revoke-token", id, "--db", db);

        assertThat(revoked.exitCode()).as(revoked.err()).isZero();
        try (Store store = Store.open(StoreUrl.duckdb(Path.of(db)))) {
            assertThat(store.tokens().authenticate(token)).isEmpty();
        }
        assertThat(Cli.run("admin", "revoke-token", "tok_none", "--db", db).exitCode())
                .isEqualTo(ExitCodes.BAD_INPUT);
    }

    /** Issue 17, finding 3: an unreachable PostgreSQL fails fast and never prints its password. */
    @Test
    void anUnreachableStoreNeverPrintsItsPassword() {
        Cli cli = Cli.run(
                "admin", "list-tokens", "--db", "postgresql://lode:secret@127.0.0.1:1/lode?user=lode&password=secret");
        assertThat(cli.exitCode()).isEqualTo(ExitCodes.INTERNAL_ERROR);
        assertThat(cli.err()).contains("cannot open the store at jdbc:postgresql://127.0.0.1:1/lode");
        assertThat(cli.out() + cli.err()).doesNotContain("secret");
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
