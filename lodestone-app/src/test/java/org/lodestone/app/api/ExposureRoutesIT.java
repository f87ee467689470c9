package org.lodestone.app.api;

import static org.assertj.core.api.Assertions.assertThat;

import io.javalin.Javalin;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Set;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicInteger;
import org.junit.jupiter.api.Test;
import org.lodestone.store.access.Principal;
import org.lodestone.store.access.Role;

/**
 * The exposure route computes a result once however many requests ask for it at the same time
 * (issue 17's load test: a cold server timed out 63% of requests at 200 req/s while every request
 * recomputed the extraction view's 40 engine runs). The analysis is replaced by one that counts its
 * calls and does not return until all the requests have reached the server, so every request
 * arrives while the first computation is still going.
 */
class ExposureRoutesIT {

    private static final int REQUESTS = 16;

    @Test
    void concurrentRequestsForOneResultComputeItOnce() throws Exception {
        CountDownLatch arrived = new CountDownLatch(REQUESTS);
        AtomicInteger computed = new AtomicInteger();
        ExposureRoutes routes = new ExposureRoutes(new DatasetRoutes(null, null), request -> {
            computed.incrementAndGet();
            await(arrived);
            return "{\"view\": \"" + request.view().key() + "\"}";
        });
        Javalin app = Javalin.create(cfg -> {
            cfg.startup.showJavalinBanner = false;
            cfg.routes.before("/api/exposure", ctx -> {
                ctx.attribute(Caller.KEY, new Principal("ana", Role.ANALYST, Set.of()));
                arrived.countDown();
            });
            routes.register(cfg.routes);
        });
        app.start("127.0.0.1", 0);
        try {
            List<String> bodies = getAll(
                    URI.create("http://127.0.0.1:" + app.port() + "/api/exposure?view=extraction&date=2026-12-05"));

            assertThat(arrived.getCount())
                    .as("requests that never reached the server")
                    .isZero();
            assertThat(computed)
                    .as("computations for %d concurrent requests", REQUESTS)
                    .hasValue(1);
            assertThat(bodies).hasSize(REQUESTS).containsOnly("{\"view\": \"extraction\"}");
        } finally {
            app.stop();
        }
    }

    private static List<String> getAll(URI uri) {
        HttpClient client =
                HttpClient.newBuilder().version(HttpClient.Version.HTTP_1_1).build();
        HttpRequest request =
                HttpRequest.newBuilder(uri).timeout(Duration.ofSeconds(30)).build();
        List<CompletableFuture<HttpResponse<String>>> sent = new ArrayList<>();
        for (int i = 0; i < REQUESTS; i++) {
            sent.add(client.sendAsync(request, HttpResponse.BodyHandlers.ofString()));
        }
        List<String> bodies = new ArrayList<>();
        for (CompletableFuture<HttpResponse<String>> response : sent) {
            HttpResponse<String> r = response.join();
            assertThat(r.statusCode()).isEqualTo(200);
            bodies.add(r.body());
        }
        return bodies;
    }

    private static void await(CountDownLatch arrived) {
        try {
            assertThat(arrived.await(20, TimeUnit.SECONDS))
                    .as("all requests reached the server")
                    .isTrue();
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new IllegalStateException(e);
        }
    }
}
