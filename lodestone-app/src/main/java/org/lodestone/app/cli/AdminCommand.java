package org.lodestone.app.cli;

import java.io.PrintWriter;
import java.time.Duration;
import java.util.concurrent.Callable;
import org.lodestone.store.Refused;
import org.lodestone.store.Store;
import org.lodestone.store.StoreUrl;
import org.lodestone.store.access.Role;
import org.lodestone.store.access.TokenInfo;
import org.lodestone.store.access.Tokens;
import picocli.CommandLine;
import picocli.CommandLine.Command;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;

/** {@code lodestone admin}: store administration from the command line. */
@Command(
        name = "admin",
        header = "Administers the store of `lodestone serve`.",
        mixinStandardHelpOptions = true,
        description = "Administers the store of `lodestone serve`.",
        subcommands = {
            AdminCommand.CreateToken.class,
            AdminCommand.ListTokens.class,
            AdminCommand.RevokeToken.class,
            AdminCommand.DisableUser.class
        })
final class AdminCommand implements Runnable {

    @CommandLine.Spec
    private CommandLine.Model.CommandSpec spec;

    @Override
    public void run() {
        spec.commandLine().usage(spec.commandLine().getOut());
    }

    /** {@code --db}, shared by the subcommands. */
    static final class Db {
        @Option(
                names = "--db",
                paramLabel = "URL",
                description = "Store: a DuckDB file (default: ./" + StoreUrl.DEFAULT_FILE
                        + ") or postgresql://user:password@host:port/database.")
        String db;
    }

    /**
     * {@code lodestone admin create-token --user NAME [--role R] [--days N]}: prints a new token.
     * {@code --user} is required: a default user silently tied a token to whichever account bore
     * that name (an {@code admin} user), so who a token acts for is always said.
     */
    @Command(
            name = "create-token",
            header = "Creates an API token for a user and prints it.",
            mixinStandardHelpOptions = true,
            description = {
                "Creates an API token (and its user, if new) and prints it; the store keeps only its hash.",
                "The token acts with --role, which may not be above an existing user's role.",
                "This is how the first admin is made: --user root --role admin."
            })
    static final class CreateToken implements Callable<Integer> {

        @Option(
                names = "--role",
                paramLabel = "ROLE",
                defaultValue = "viewer",
                description =
                        "viewer, analyst or admin: the token's role, and a new user's (default: ${DEFAULT-VALUE}).")
        private String role;

        @Option(names = "--user", paramLabel = "NAME", required = true, description = "The user it acts for.")
        private String user;

        @Option(
                names = "--label",
                paramLabel = "TEXT",
                defaultValue = "command line",
                description = "What the token is for.")
        private String label;

        @Option(names = "--days", paramLabel = "N", description = "Lifetime in days, 1 to 365 (default: 30).")
        private Integer days;

        @CommandLine.Mixin
        private Db db = new Db();

        @CommandLine.Spec
        private CommandLine.Model.CommandSpec spec;

        @Override
        public Integer call() {
            Role parsed;
            try {
                parsed = Role.parse(role);
            } catch (IllegalArgumentException e) {
                throw bad("--role", e.getMessage());
            }
            Duration lifetime = days == null ? Tokens.DEFAULT_LIFETIME : Duration.ofDays(days);
            try (Store store = Store.open(Options.db(spec, db.db))) {
                Tokens.Created created;
                try {
                    created = store.tokens().create("cli", user, parsed, label, lifetime);
                } catch (IllegalArgumentException e) {
                    String message = e.getMessage();
                    throw bad(
                            message.startsWith("role")
                                    ? "--role"
                                    : message.startsWith("lifetime") ? "--days" : "--user",
                            message);
                }
                spec.commandLine().getOut().println(created.secret());
                spec.commandLine().getOut().flush();
                explain(created.info(), Options.db(spec, db.db).display());
            }
            return ExitCodes.OK;
        }

        /** What the token is for, on standard error, so that standard output holds the token alone for scripts. */
        private void explain(TokenInfo token, String store) {
            Role carried = token.role();
            PrintWriter err = spec.commandLine().getErr();
            err.printf(
                    "This is API token %s for user '%s' with role %s (label \"%s\"), valid until %s (UTC);"
                            + " %s keeps only its hash.%n",
                    token.id(), user, carried.key(), label, token.expiresAt(), store);
            err.println("It is shown only now, and anyone holding it acts as " + user + ": keep it secret. "
                    + "With role " + carried.key() + ", " + rights(carried) + ".");
            err.println("Use it with `lodestone serve`: paste it into the dashboard at http://127.0.0.1:7070/, "
                    + "or send it with every API call, e.g.");
            err.println("  curl -H \"Authorization: Bearer $TOKEN\" http://127.0.0.1:7070/api/me");
            err.flush();
        }

        private static String rights(Role role) {
            return switch (role) {
                case VIEWER -> "it reads what is shared with the user";
                case ANALYST -> "it reads what is shared with the user, creates datasets and scenarios and starts runs";
                case ADMIN ->
                    "it does what an analyst does, manages users and tokens, and reads everything and the audit log";
            };
        }

        private CommandLine.ParameterException bad(String option, String message) {
            return new CommandLine.ParameterException(
                    spec.commandLine(), "Invalid value for option '" + option + "': " + message);
        }
    }

    /** {@code lodestone admin list-tokens}: every token without its secret. */
    @Command(
            name = "list-tokens",
            header = "Lists tokens with user, role and expiry, not secrets.",
            mixinStandardHelpOptions = true,
            description = "Lists tokens (never their secrets).")
    static final class ListTokens implements Callable<Integer> {

        @CommandLine.Mixin
        private Db db = new Db();

        @CommandLine.Spec
        private CommandLine.Model.CommandSpec spec;

        @Override
        public Integer call() {
            PrintWriter out = spec.commandLine().getOut();
            try (Store store = Store.open(Options.db(spec, db.db))) {
                out.printf(
                        "%-20s %-16s %-8s %-22s %-22s %s%n",
                        "id", "user", "role", "expires (UTC)", "revoked (UTC)", "label");
                for (TokenInfo t : store.tokens().list()) {
                    out.printf(
                            "%-20s %-16s %-8s %-22s %-22s %s%n",
                            t.id(),
                            t.user(),
                            t.role().key(),
                            t.expiresAt(),
                            t.revokedAt().map(Object::toString).orElse("-"),
                            t.label());
                }
            }
            out.flush();
            return ExitCodes.OK;
        }
    }

    /** {@code lodestone admin revoke-token ID}: the token stops working (within 10 s on a running server). */
    @Command(
            name = "revoke-token",
            header = "Revokes a token by its id.",
            mixinStandardHelpOptions = true,
            description = "Revokes a token by its id (tok_…).")
    static final class RevokeToken implements Callable<Integer> {

        @Parameters(paramLabel = "ID", description = "The token's id, as list-tokens shows it.")
        private String id;

        @CommandLine.Mixin
        private Db db = new Db();

        @CommandLine.Spec
        private CommandLine.Model.CommandSpec spec;

        @Override
        public Integer call() {
            try (Store store = Store.open(Options.db(spec, db.db))) {
                TokenInfo t = store.tokens().revoke("cli", id);
                spec.commandLine().getOut().printf("revoked %s of user %s%n", t.id(), t.user());
            } catch (Refused e) {
                throw new CommandLine.ParameterException(
                        spec.commandLine(), e.getMessage() + "; Maybe list the ids with `lodestone admin list-tokens`");
            }
            spec.commandLine().getOut().flush();
            return ExitCodes.OK;
        }
    }

    /** {@code lodestone admin disable-user NAME [--enable]}: none of the user's tokens work while disabled. */
    @Command(
            name = "disable-user",
            header = "Disables a user and their tokens, or enables them.",
            mixinStandardHelpOptions = true,
            description = "Disables a user (their tokens stop working), or enables them again with --enable.")
    static final class DisableUser implements Callable<Integer> {

        @Parameters(paramLabel = "NAME", description = "The user.")
        private String name;

        @Option(names = "--enable", description = "Enable the user again instead.")
        private boolean enable;

        @CommandLine.Mixin
        private Db db = new Db();

        @CommandLine.Spec
        private CommandLine.Model.CommandSpec spec;

        @Override
        public Integer call() {
            try (Store store = Store.open(Options.db(spec, db.db))) {
                store.users().setDisabled("cli", name, !enable);
                spec.commandLine().getOut().printf("%s user %s%n", enable ? "enabled" : "disabled", name);
            } catch (Refused e) {
                throw new CommandLine.ParameterException(spec.commandLine(), e.getMessage());
            }
            spec.commandLine().getOut().flush();
            return ExitCodes.OK;
        }
    }
}
