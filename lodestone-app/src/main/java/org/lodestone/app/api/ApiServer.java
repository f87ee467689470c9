package org.lodestone.app.api;

import io.javalin.Javalin;
import io.javalin.config.JavalinConfig;
import io.javalin.http.staticfiles.Location;
import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
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
     */
    public record Settings(
            int port, String host, long maxRequestBytes, int jobConcurrency, int jobQueue, String version) {

        /** Defaults: 8 MB bodies, 2 runs at once and 8 waiting. */
        public static Settings defaults(int port, String version) {
            return new Settings(port, "127.0.0.1", 8L << 20, 2, 8, version);
        }
    }

    private final Javalin app;
    private final Jobs jobs;

    private ApiServer(Javalin app, Jobs jobs) {
        this.app = app;
        this.jobs = jobs;
    }

    /** Starts listening; runs left unfinished by a previous server are marked interrupted. */
    public static ApiServer start(Store store, Settings settings) {
        store.runs().interruptUnfinished();
        Scratch scratch = Scratch.create();
        Jobs jobs = new Jobs(store, settings.jobConcurrency(), settings.jobQueue(), settings.version());
        DatasetRoutes datasets = new DatasetRoutes(store, scratch);
        Javalin app = Javalin.create(cfg -> configure(cfg, settings, store, jobs, datasets, scratch));
        app.start(settings.host(), settings.port());
        return new ApiServer(app, jobs);
    }

    private static void configure(
            JavalinConfig cfg, Settings settings, Store store, Jobs jobs, DatasetRoutes datasets, Scratch scratch) {
        cfg.startup.showJavalinBanner = false;
        cfg.startup.showOldJavalinVersionWarning = false;
        cfg.http.maxRequestSize = settings.maxRequestBytes();
        cfg.staticFiles.add("/org/lodestone/app/dashboard", Location.CLASSPATH);
        var r = cfg.routes;
        r.get("/health", ctx -> health(ctx, store, jobs, settings));
        r.get("/openapi.json", ctx -> Json.send(ctx, 200, resource("openapi.json")));
        r.before("/api/*", ctx -> Caller.authenticate(ctx, store.tokens()));
        r.before("/openapi.json", ctx -> Caller.authenticate(ctx, store.tokens()));
        new AdminRoutes(store).register(r);
        datasets.register(r);
        new ExposureRoutes(datasets).register(r);
        new StackRoutes(datasets).register(r);
        new ScenarioRoutes(store, datasets).register(r);
        new RunRoutes(store, jobs, datasets, scratch).register(r);
        Failures.register(r);
    }

    /** 200 with {@code "store": "ok"}, or 503 with {@code "store": "unavailable"} when the database does not answer. */
    private static void health(io.javalin.http.Context ctx, Store store, Jobs jobs, Settings settings) {
        boolean up = store.available();
        Json.send(
                ctx,
                up ? 200 : 503,
                Map.of(
                        "status",
                        up ? "ok" : "unavailable",
                        "store",
                        up ? "ok" : "unavailable",
                        "version",
                        settings.version(),
                        "runs_active",
                        jobs.active()));
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
    }
}
