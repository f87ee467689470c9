package org.lodestone.app.api;

import static org.assertj.core.api.Assertions.assertThat;
import static org.lodestone.app.api.HardeningIT.assertField;

import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.net.Socket;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.time.Duration;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.lodestone.app.api.RunningServer.Reply;

/**
 * Issue 17, finding 5: resource exhaustion. Horizons, ensemble sizes and YAML bodies beyond the
 * limits are 400s; runs and ensembles are cancelled; one user has their share of the queue; a body
 * sent a byte at a time is cut off. One worker, four waiting, two per user, a 2 s idle timeout.
 */
class LimitsIT {

    @TempDir
    static Path dir;

    private static RunningServer s;
    private static String yaml;

    @BeforeAll
    static void start() {
        s = new RunningServer(
                dir, new ApiServer.Settings(0, "127.0.0.1", 1L << 20, 1, 4, "test", 2, Duration.ofSeconds(2)));
        yaml = ServerIT.resource("/org/lodestone/io/scenarios/malacca-closure.yaml");
    }

    @AfterAll
    static void stop() {
        s.close();
    }

    /** A 1,000,000-step horizon ran out of memory inside the server; 5,000 members of 20,000 steps held a slot for 30 min. */
    @Test
    void horizonsEnsemblesAndYamlBeyondTheLimitsAre400s() {
        String long_ = yaml.replace("horizon: 365", "horizon: 1000000");
        s.post(s.ana, "/api/scenarios", Map.of("id", "too-long", "yaml", long_));

        assertField(s.post(s.ana, "/api/runs", Map.of("scenario", "store:too-long")), "horizon");
        assertField(s.post(s.ana, "/api/ensembles", Map.of("scenario", "store:too-long", "runs", 2)), "horizon");
        assertField(s.post(s.carl, "/api/validate", long_), "horizon");
        Reply members = s.post(s.ana, "/api/ensembles", Map.of("scenario", "builtin:malacca-closure", "runs", 5000));
        assertField(members, "runs");
        assertThat(members.json().get("detail").asText())
                .contains("1825000 member-steps")
                .contains("at most 2739 members");
        assertField(
                s.post(s.ana, "/api/ensembles", Map.of("scenario", "builtin:malacca-closure", "runs", 5001)), "runs");

        String padded = yaml + "#".repeat(300 * 1024) + "\n";
        assertField(s.post(s.ana, "/api/scenarios", Map.of("id", "padded", "yaml", padded)), "yaml");
        Reply tooBig = s.post(s.carl, "/api/validate", padded);
        assertThat(tooBig.status()).isEqualTo(413);
        assertThat(tooBig.json().get("detail").asText()).contains("more than 262144 bytes");
    }

    /** No run could be cancelled, and one user could fill the shared queue. */
    @Test
    void runsAreCancelledAndOneUserHasTheirShareOfTheQueue() throws Exception {
        Map<String, Object> big = Map.of("scenario", "builtin:malacca-closure", "runs", 2700, "seed", 1);
        String running = s.post(s.ana, "/api/ensembles", big).json().get("id").asText();
        String waiting = s.post(s.ana, "/api/ensembles", big).json().get("id").asText();

        HttpResponse<String> third = s.client.send(
                s.request(s.ana, "/api/runs")
                        .header("Content-Type", "application/json")
                        .POST(java.net.http.HttpRequest.BodyPublishers.ofString(
                                "{\"scenario\": \"builtin:malacca-closure\"}"))
                        .build(),
                HttpResponse.BodyHandlers.ofString());
        assertThat(third.statusCode()).isEqualTo(429);
        assertThat(third.headers().firstValue("Retry-After")).contains("10");
        assertThat(third.body()).contains("user 'ana' has 2 runs queued or running");
        String bobs = s.post(s.bob, "/api/runs", Map.of("scenario", "builtin:malacca-closure"))
                .json()
                .get("id")
                .asText();

        assertThat(s.post(s.bob, "/api/runs/" + running + "/cancel", Map.of()).status())
                .isEqualTo(403);
        assertThat(s.post(s.carl, "/api/runs/" + bobs + "/cancel", Map.of()).status())
                .isEqualTo(403);
        Reply dropped = s.post(s.ana, "/api/runs/" + waiting + "/cancel", Map.of());
        Reply stopped = s.post(s.root, "/api/runs/" + running + "/cancel", Map.of());

        assertThat(dropped.json().get("status").asText()).isEqualTo("cancelled");
        assertThat(stopped.json().get("error").asText()).isEqualTo("cancelled by root");
        assertThat(last(ServerIT.events(s, s.ana, running))).contains("\"status\":\"cancelled\"");
        assertThat(s.post(s.ana, "/api/runs/" + running + "/cancel", Map.of()).status())
                .isEqualTo(409);
        assertThat(last(ServerIT.events(s, s.bob, bobs)))
                .as("the worker went on to bob's run")
                .contains("\"status\":\"done\"");
    }

    /** About 250 connections sending a byte every 5 s made /health time out. */
    @Test
    void aBodySentAByteAtATimeIsCutOff() throws IOException {
        try (Socket slow = new Socket("127.0.0.1", s.server.port())) {
            slow.setSoTimeout(30_000);
            OutputStream out = slow.getOutputStream();
            out.write(("POST /api/validate HTTP/1.1\r\nHost: 127.0.0.1\r\nAuthorization: Bearer " + s.carl
                            + "\r\nContent-Type: application/yaml\r\nContent-Length: 1000\r\n\r\nl")
                    .getBytes(StandardCharsets.US_ASCII));
            out.flush();
            String answer = "";
            for (int i = 0; i < 60 && answer.isEmpty(); i++) {
                sleep(300);
                try {
                    out.write('#');
                    out.flush();
                } catch (IOException closed) {
                    answer = read(slow.getInputStream());
                    break;
                }
                if (slow.getInputStream().available() > 0) {
                    answer = read(slow.getInputStream());
                }
            }
            assertThat(answer)
                    .as("the server answered before the body was complete")
                    .startsWith("HTTP/1.1 408");
        }
        assertThat(s.get(null, "/health").status()).isEqualTo(200);
    }

    private static String read(InputStream in) throws IOException {
        byte[] buffer = new byte[4096];
        int n = in.read(buffer);
        return n <= 0 ? "" : new String(buffer, 0, n, StandardCharsets.US_ASCII);
    }

    private static void sleep(long millis) {
        try {
            Thread.sleep(millis);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new IllegalStateException(e);
        }
    }

    private static String last(List<String> events) {
        return events.get(events.size() - 1);
    }
}
