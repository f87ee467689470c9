package org.lodestone.app.cli;

import java.io.PrintWriter;
import java.util.concurrent.Callable;
import org.lodestone.store.Store;
import org.lodestone.store.StoreUrl;
import org.lodestone.store.access.Principal;
import org.lodestone.store.access.Role;
import picocli.CommandLine;
import picocli.CommandLine.Command;
import picocli.CommandLine.Option;

/** {@code lodestone admin}: store administration from the command line. */
@Command(
        name = "admin",
        header = "Administers the store of `lodestone serve`.",
        mixinStandardHelpOptions = true,
        description = "Administers the store of `lodestone serve`.",
        subcommands = AdminCommand.CreateToken.class)
final class AdminCommand implements Runnable {

    @CommandLine.Spec
    private CommandLine.Model.CommandSpec spec;

    @Override
    public void run() {
        spec.commandLine().usage(spec.commandLine().getOut());
    }

    /** {@code lodestone admin create-token --role admin [--user NAME] [--db URL]}: prints a new token. */
    @Command(
            name = "create-token",
            header = "Creates an API token for a user and prints it.",
            mixinStandardHelpOptions = true,
            description = {
                "Creates an API token (and its user, if new) and prints it; the store keeps only its hash.",
                "This is how the first admin is made."
            })
    static final class CreateToken implements Callable<Integer> {

        @Option(
                names = "--role",
                paramLabel = "ROLE",
                defaultValue = "viewer",
                description = "viewer, analyst or admin, for a new user (default: ${DEFAULT-VALUE}).")
        private String role;

        @Option(
                names = "--user",
                paramLabel = "NAME",
                defaultValue = "admin",
                description = "User name (default: ${DEFAULT-VALUE}).")
        private String user;

        @Option(
                names = "--label",
                paramLabel = "TEXT",
                defaultValue = "command line",
                description = "What the token is for.")
        private String label;

        @Option(
                names = "--db",
                paramLabel = "URL",
                description = "Store: a DuckDB file (default: ./" + StoreUrl.DEFAULT_FILE
                        + ") or postgresql://user:password@host:port/database.")
        private String db;

        @CommandLine.Spec
        private CommandLine.Model.CommandSpec spec;

        @Override
        public Integer call() {
            Role parsed;
            try {
                parsed = Role.parse(role);
            } catch (IllegalArgumentException e) {
                throw new CommandLine.ParameterException(
                        spec.commandLine(), "Invalid value for option '--role': " + e.getMessage());
            }
            try (Store store = Store.open(Options.db(spec, db))) {
                String token;
                try {
                    token = store.tokens().create("cli", user, parsed, label);
                } catch (IllegalArgumentException e) {
                    throw new CommandLine.ParameterException(
                            spec.commandLine(), "Invalid value for option '--user': " + e.getMessage());
                }
                Role carried = store.users().find(user).map(Principal::role).orElse(parsed);
                spec.commandLine().getOut().println(token);
                spec.commandLine().getOut().flush();
                explain(carried, url(spec, db));
            }
            return ExitCodes.OK;
        }

        /** What the token is for, on standard error, so that standard output holds the token alone for scripts. */
        private void explain(Role carried, String store) {
            PrintWriter err = spec.commandLine().getErr();
            err.printf(
                    "This is an API token for user '%s' with role %s (label \"%s\"), kept as a hash in %s.%n",
                    user, carried.key(), label, store);
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

        private static String url(CommandLine.Model.CommandSpec spec, String db) {
            return Options.db(spec, db).display();
        }
    }
}
