package org.lodestone.app.cli;

import java.io.IOException;
import java.io.PrintWriter;
import java.net.BindException;
import java.net.InetSocketAddress;
import java.net.ServerSocket;
import java.util.concurrent.Callable;
import java.util.concurrent.CountDownLatch;
import org.lodestone.app.api.ApiServer;
import org.lodestone.store.Store;
import org.lodestone.store.StoreUrl;
import picocli.CommandLine;
import picocli.CommandLine.Command;
import picocli.CommandLine.Option;

/** {@code lodestone serve [--port P] [--db URL]}: the HTTP API and the dashboard. */
@Command(
        name = "serve",
        header = "Serves the JSON API and the dashboard until stopped.",
        mixinStandardHelpOptions = true,
        description = {
            "Serves the JSON API (/api/, described at /openapi.json) and the dashboard (/) until stopped.",
            "Every API call needs a bearer token: create the first with `lodestone admin create-token --role admin`."
        })
final class ServeCommand implements Callable<Integer> {

    @Option(
            names = "--port",
            paramLabel = "P",
            defaultValue = "7070",
            description = "TCP port; 0 for any free one (default: ${DEFAULT-VALUE}).")
    private int port;

    @Option(
            names = "--host",
            paramLabel = "H",
            defaultValue = "127.0.0.1",
            description = "Interface to listen on; 0.0.0.0 for every one (default: ${DEFAULT-VALUE}).")
    private String host;

    @Option(
            names = "--db",
            paramLabel = "URL",
            description = "Store: a DuckDB file (default: ./" + StoreUrl.DEFAULT_FILE
                    + ") or postgresql://user:password@host:port/database.")
    private String db;

    @Option(
            names = "--jobs",
            paramLabel = "N",
            defaultValue = "2",
            description = "Runs executed at once (default: ${DEFAULT-VALUE}).")
    private int jobs;

    @Option(
            names = "--jobs-per-user",
            paramLabel = "N",
            defaultValue = "0",
            description =
                    "Runs one user may have queued or running (default: half of --jobs and its queue of 4 x --jobs).")
    private int jobsPerUser;

    @CommandLine.Spec
    private CommandLine.Model.CommandSpec spec;

    @Override
    public Integer call() throws InterruptedException {
        if (jobs < 1 || jobsPerUser < 0 || port < 0 || port > 65_535) {
            throw new CommandLine.ParameterException(
                    spec.commandLine(),
                    "Invalid value: --jobs must be >= 1, --jobs-per-user >= 0 and --port within 0-65535");
        }
        StoreUrl url = Options.db(spec, db);
        if (port != 0 && inUse(host, port)) {
            throw portInUse();
        }
        Store store = Store.open(url);
        ApiServer.Settings defaults = ApiServer.Settings.defaults(port, Options.version());
        ApiServer server;
        try {
            server = ApiServer.start(
                    store,
                    settings(new ApiServer.Settings(
                            port, host, defaults.maxRequestBytes(), jobs, 4 * jobs, defaults.version())));
        } catch (RuntimeException e) {
            store.close();
            if (bindFailure(e)) {
                throw portInUse();
            }
            throw e;
        }
        PrintWriter out = spec.commandLine().getOut();
        out.printf(
                "Lodestone serving on http://%s:%d/ (store %s). Stop with Ctrl-C.%n",
                host, server.port(), url.display());
        out.flush();
        CountDownLatch stopped = new CountDownLatch(1);
        Runtime.getRuntime()
                .addShutdownHook(new Thread(
                        () -> {
                            server.close();
                            store.close();
                            stopped.countDown();
                        },
                        "lodestone-serve-stop"));
        stopped.await();
        return ExitCodes.OK;
    }

    /** {@code base} with {@code --jobs-per-user} when it was given. */
    private ApiServer.Settings settings(ApiServer.Settings base) {
        return jobsPerUser == 0
                ? base
                : new ApiServer.Settings(
                        base.port(),
                        base.host(),
                        base.maxRequestBytes(),
                        base.jobConcurrency(),
                        base.jobQueue(),
                        base.version(),
                        jobsPerUser,
                        base.idleTimeout());
    }

    private CommandLine.ParameterException portInUse() {
        return new CommandLine.ParameterException(
                spec.commandLine(),
                "Invalid value for option '--port': port " + port + " on " + host
                        + " is already in use (another server is listening there). "
                        + "Maybe stop it, or choose another with --port (0 for any free one)");
    }

    /** Whether another process listens on the address: checked first, so the server's own log stays quiet. */
    private static boolean inUse(String host, int port) {
        try (ServerSocket probe = new ServerSocket()) {
            probe.bind(new InetSocketAddress(host, port));
            return false;
        } catch (BindException e) {
            return String.valueOf(e.getMessage()).contains("in use");
        } catch (IOException e) {
            return false;
        }
    }

    /** Whether the server could not start because the address is taken. */
    private static boolean bindFailure(Throwable e) {
        for (Throwable t = e; t != null; t = t.getCause()) {
            if (t instanceof BindException) {
                return true;
            }
        }
        return false;
    }
}
