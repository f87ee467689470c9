package org.lodestone.app.cli;

import java.io.IOException;
import java.io.InputStream;
import java.io.PrintWriter;
import java.time.LocalDate;
import java.util.Properties;
import org.lodestone.app.exposure.ExposureView;
import org.lodestone.io.problem.InputException;
import org.lodestone.io.problem.Problem;
import picocli.CommandLine;
import picocli.CommandLine.Command;

/** The root {@code lodestone} command: global options and the list of subcommands. */
@Command(
        name = "lodestone",
        mixinStandardHelpOptions = true,
        versionProvider = LodestoneCommand.Version.class,
        description = "Stress-tests the supply chains of the AI technology stack for a coalition of countries.",
        subcommands = {
            StressTestCommand.class,
            BacktestCommand.class,
            ValidateCommand.class,
            ExposureCommand.class,
            SimulateCommand.class,
            ScenariosCommand.class,
            EnsembleCommand.class,
            SensitivityCommand.class,
            ReverseCommand.class,
            PlanCommand.class,
            ServeCommand.class,
            AdminCommand.class
        },
        footer = {
            "",
            "Exit codes: 0 success, 2 bad input (each problem printed with file:line:column), 1 internal error."
        })
public final class LodestoneCommand implements Runnable {

    @CommandLine.Spec
    private CommandLine.Model.CommandSpec spec;

    /** The configured command line: bad input exits 2, any other failure exits 1. */
    public static CommandLine commandLine() {
        CommandLine cli = new CommandLine(new LodestoneCommand());
        cli.setCaseInsensitiveEnumValuesAllowed(true);
        cli.setExecutionExceptionHandler(LodestoneCommand::handle);
        cli.setParameterExceptionHandler(LodestoneCommand::badUsage);
        cli.registerConverter(LocalDate.class, Options::date);
        cli.registerConverter(ExposureView.class, Options::view);
        return cli;
    }

    @Override
    public void run() {
        spec.commandLine().usage(spec.commandLine().getOut());
    }

    /** A mistake on the command line: the message, picocli's suggestions and one line on where help is. */
    private static int badUsage(CommandLine.ParameterException e, String[] args) {
        CommandLine cli = e.getCommandLine();
        PrintWriter err = cli.getErr();
        err.println(e.getMessage());
        CommandLine.UnmatchedArgumentException.printSuggestions(e, err);
        err.println("Try '" + cli.getCommandSpec().qualifiedName() + " --help' for the usage and every option.");
        err.flush();
        return ExitCodes.BAD_INPUT;
    }

    private static int handle(Exception e, CommandLine cli, CommandLine.ParseResult parsed) {
        PrintWriter err = cli.getErr();
        if (e instanceof InputException input) {
            input.problems().stream().map(Problem::format).forEach(err::println);
            long errors = input.errors().size();
            err.println(errors + (errors == 1 ? " error" : " errors") + " found.");
            return ExitCodes.BAD_INPUT;
        }
        if (e instanceof org.lodestone.store.StoreUnavailable unavailable) {
            err.println("lodestone: " + unavailable.getMessage());
            return ExitCodes.INTERNAL_ERROR;
        }
        err.println("lodestone: internal error: " + e);
        e.printStackTrace(err);
        err.println("This is a bug in Lodestone; please report it with the command you ran.");
        return ExitCodes.INTERNAL_ERROR;
    }

    /** Reads the version Maven wrote into the jar. */
    static final class Version implements CommandLine.IVersionProvider {
        @Override
        public String[] getVersion() throws IOException {
            Properties properties = new Properties();
            try (InputStream in = LodestoneCommand.class.getResourceAsStream("/lodestone-version.properties")) {
                if (in != null) {
                    properties.load(in);
                }
            }
            return new String[] {
                "lodestone " + properties.getProperty("version", "unknown"),
                "Java " + System.getProperty("java.version")
            };
        }
    }
}
