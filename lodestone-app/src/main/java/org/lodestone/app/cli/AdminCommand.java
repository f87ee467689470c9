package org.lodestone.app.cli;

import java.util.concurrent.Callable;
import org.lodestone.store.Store;
import org.lodestone.store.StoreUrl;
import org.lodestone.store.access.Role;
import picocli.CommandLine;
import picocli.CommandLine.Command;
import picocli.CommandLine.Option;

/** {@code lodestone admin}: store administration from the command line. */
@Command(
        name = "admin",
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
                spec.commandLine().getOut().println(token);
                spec.commandLine().getOut().flush();
            }
            return ExitCodes.OK;
        }
    }
}
