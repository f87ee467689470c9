package org.lodestone.app.api;

import io.javalin.Javalin;
import io.javalin.config.JavalinConfig;
import io.javalin.http.staticfiles.Location;
import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.util.LinkedHashMap;
import java.util.Map;
import org.lodestone.store.Store;

/**
 * The HTTP server of {@code lodestone serve}: the JSON API under {@code /api/} (bearer tokens),
 * {@code /openapi.json}, {@code /health}, and the dashboard at {@code /}.
 */
public final class ApiServer implements AutoCloseable {

    /**
     * How the server runs.
     *
     * @param port            TCP port, 0 for any free one
     * @param host            interface to listen on
     * @param maxRequestBytes largest request body accepted (413 beyond)
     * @param jobConcurrency  runs executing at once
     * @param jobQueue        runs waiting beyond those (429 beyond)
     * @param version         Lodestone's version, recorded in results
     * @param jobsPerUser     runs one user may have queued or running (429 beyond)
     * @param idleTimeout     how long a connection may send nothing before it is closed
     */
    public record Settings(
            int port,
            String host,
            long maxRequestBytes,
            int jobConcurrency,
            int jobQueue,
            String version,
            int jobsPerUser,
            Duration idleTimeout) {

        /** Slower request bodies are cut off with a 408: 1 KB/s (a 1 MB scenario still gets 17 minutes). */
        public static final long MIN_REQUEST_BYTES_PER_SECOND = 1024;

        /** With half of all job places per user and a 30 s idle timeout. */
        public Settings(int port, String host, long maxRequestBytes, int jobConcurrency, int jobQueue, String version) {
            this(
                    port,
                    host,
                    maxRequestBytes,
                    jobConcurrency,
                    jobQueue,
                    version,
                    Math.max(1, (jobConcurrency + jobQueue) / 2),
                    Duration.ofSeconds(30));
        }

        /** Defaults: 8 MB bodies, 2 runs at once and 8 waiting, 5 per user. */
        public static Settings defaults(int port, String version) {
            return new Settings(port, "127.0.0.1", 8L << 20, 2, 8, version);
        }
    }

    private final Javalin app;
    private final Jobs jobs;
    private final Scratch scratch;

    private ApiServer(Javalin app, Jobs jobs, Scratch scratch) {
        this.app = app;
        this.jobs = jobs;
        this.scratch = scratch;
    }

    /** Starts listening; runs left unfinished by a previous server are marked interrupted. */
    public static ApiServer start(Store store, Settings settings) {
        store.runs().interruptUnfinished();
        Scratch scratch = Scratch.create();
        Jobs jobs = new Jobs(
                RunLedger.of(store),
                new Jobs.Limits(
                        settings.jobConcurrency(), settings.jobQueue(), settings.jobsPerUser(), Jobs.Limits.RETRIES),
                settings.version());
        DatasetRoutes datasets = new DatasetRoutes(store, scratch);
        Javalin app = Javalin.create(cfg -> configure(cfg, settings, store, jobs, datasets, scratch));
        app.start(settings.host(), settings.port());
        return new ApiServer(app, jobs, scratch);
    }

    private static void configure(
            JavalinConfig cfg, Settings settings, Store store, Jobs jobs, DatasetRoutes datasets, Scratch scratch) {
        cfg.startup.showJavalinBanner = false;
        cfg.startup.showOldJavalinVersionWarning = false;
        cfg.http.maxRequestSize = settings.maxRequestBytes();
        cfg.jetty.modifyHttpConfiguration(http -> {
            http.setIdleTimeout(settings.idleTimeout().toMillis());
            http.setSendServerVersion(false);
        });
        cfg.jetty.modifyServer(server -> {
            server.setErrorHandler(new ProblemErrors());
            server.setHandler(SlowBodies.handler(Settings.MIN_REQUEST_BYTES_PER_SECOND, settings.maxRequestBytes()));
        });
        cfg.staticFiles.add(files -> {
            files.hostedPath = "/";
            files.directory = "/org/lodestone/app/dashboard";
            files.location = Location.CLASSPATH;
            files.headers = Headers.DASHBOARD;
        });
        var r = cfg.routes;
        Audits audits = new Audits(store.audit());
        r.before(ctx -> Headers.secure(ctx));
        r.get("/health", ctx -> health(ctx, store, jobs, settings));
        r.get("/openapi.json", ctx -> Json.send(ctx, 200, resource("openapi.json")));
        r.before("/api/*", ctx -> Caller.authenticate(ctx, store.tokens(), audits));
        r.before("/openapi.json", ctx -> Caller.authenticate(ctx, store.tokens(), audits));
        new AdminRoutes(store).register(r);
        datasets.register(r);
        new ExposureRoutes(datasets).register(r);
        new StackRoutes(datasets).register(r);
        new ScenarioRoutes(store, datasets).register(r);
        new RunRoutes(store, jobs, datasets, scratch).register(r);
        Failures.register(r, audits);
    }

    /**
     * 200 with {@code "store": "ok"}, or 503 with {@code "store": "unavailable"} when the database
     * does not answer; the version and the number of active runs only for a caller with a token.
     */
    private static void health(io.javalin.http.Context ctx, Store store, Jobs jobs, Settings settings) {
        boolean up = store.available();
        Map<String, Object> body = new LinkedHashMap<>();
        body.put("status", up ? "ok" : "unavailable");
        body.put("store", up ? "ok" : "unavailable");
        if (up && Caller.known(ctx, store.tokens())) {
            body.put("version", settings.version());
            body.put("runs_active", jobs.active());
        }
        Json.send(ctx, up ? 200 : 503, body);
    }

    static String resource(String name) {
        try (InputStream in = ApiServer.class.getResourceAsStream(name)) {
            if (in == null) {
                throw new IllegalStateException("resource " + name + " is missing from the jar");
            }
            return new String(in.readAllBytes(), StandardCharsets.UTF_8);
        } catch (IOException e) {
            throw new UncheckedIOException("cannot read resource " + name, e);
        }
    }

    /** The port listened on (the chosen one when started with 0). */
    public int port() {
        return app.port();
    }

    @Override
    public void close() {
        app.stop();
        jobs.close();
        scratch.close();
    }
}
