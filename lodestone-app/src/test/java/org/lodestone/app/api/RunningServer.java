package org.lodestone.app.api;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import io.javalin.Javalin;
import io.javalin.router.Endpoint;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.file.Path;
import java.time.Duration;
import java.util.Locale;
import java.util.Set;
import java.util.TreeSet;
import org.lodestone.store.Store;
import org.lodestone.store.StoreUrl;
import org.lodestone.store.access.Role;

/**
 * A real server on a random loopback port over a fresh DuckDB store, with four users: {@code root}
 * (admin), {@code ana} (analyst, group nl-team), {@code bob} (analyst, jp-team), {@code carl}
 * (viewer, nl-team).
 */
final class RunningServer implements AutoCloseable {

    static final ObjectMapper JSON = new ObjectMapper();

    final Store store;
    final ApiServer server;
    final HttpClient client =
            HttpClient.newBuilder().connectTimeout(Duration.ofSeconds(5)).build();
    final String root;
    final String ana;
    final String bob;
    final String carl;

    /** A response with its body parsed when it is JSON. */
    record Reply(int status, String body, String contentType) {
        JsonNode json() {
            try {
                return JSON.readTree(body);
            } catch (IOException e) {
                throw new AssertionError("not JSON (" + status + "): " + body, e);
            }
        }
    }

    RunningServer(Path dir, ApiServer.Settings settings) {
        this(StoreUrl.duckdb(dir.resolve("test.duckdb")), settings);
    }

    RunningServer(StoreUrl url, ApiServer.Settings settings) {
        store = Store.open(url);
        root = store.tokens().create("test", "root", Role.ADMIN, "test");
        ana = store.tokens().create("test", "ana", Role.ANALYST, "test");
        bob = store.tokens().create("test", "bob", Role.ANALYST, "test");
        carl = store.tokens().create("test", "carl", Role.VIEWER, "test");
        store.users().save("test", "ana", Role.ANALYST, Set.of("nl-team"));
        store.users().save("test", "bob", Role.ANALYST, Set.of("jp-team"));
        store.users().save("test", "carl", Role.VIEWER, Set.of("nl-team"));
        server = ApiServer.start(store, settings);
    }

    /**
     * The endpoints the server registered, as {@code "get /api/runs"}: read from Javalin's router,
     * which ApiServer keeps private, so that a test compares documents with what really answers.
     */
    Set<String> routes() {
        Javalin app;
        try {
            var field = ApiServer.class.getDeclaredField("app");
            field.setAccessible(true);
            app = (Javalin) field.get(server);
        } catch (ReflectiveOperationException e) {
            throw new AssertionError("ApiServer no longer holds its Javalin in a field named app", e);
        }
        Set<String> routes = new TreeSet<>();
        for (var parsed : app.unsafe.internalRouter.allHttpHandlers()) {
            Endpoint e = parsed.endpoint;
            if (e.method.isHttpMethod()) {
                routes.add(e.method.name().toLowerCase(Locale.ROOT) + " " + e.path);
            }
        }
        return routes;
    }

    URI uri(String path) {
        return URI.create("http://127.0.0.1:" + server.port() + path);
    }

    Reply get(String token, String path) {
        return send(request(token, path).GET().build());
    }

    Reply post(String token, String path, Object body) {
        return send(request(token, path)
                .POST(publisher(body))
                .header("Content-Type", "application/json")
                .build());
    }

    Reply put(String token, String path, Object body) {
        return send(request(token, path)
                .PUT(publisher(body))
                .header("Content-Type", "application/json")
                .build());
    }

    HttpRequest.Builder request(String token, String path) {
        HttpRequest.Builder b = HttpRequest.newBuilder(uri(path)).timeout(Duration.ofSeconds(60));
        return token == null ? b : b.header("Authorization", "Bearer " + token);
    }

    Reply send(HttpRequest request) {
        try {
            HttpResponse<String> r = client.send(request, HttpResponse.BodyHandlers.ofString());
            return new Reply(
                    r.statusCode(),
                    r.body(),
                    r.headers().firstValue("Content-Type").orElse(""));
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new IllegalStateException(e);
        }
    }

    private static HttpRequest.BodyPublisher publisher(Object body) {
        try {
            return HttpRequest.BodyPublishers.ofString(body instanceof String s ? s : JSON.writeValueAsString(body));
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    @Override
    public void close() {
        server.close();
        store.close();
    }
}
