package org.lodestone.app.api;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import java.io.IOException;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.file.Path;
import java.util.Arrays;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.lodestone.app.api.RunningServer.Reply;

/**
 * Issue 17's lower findings performed on a running server: results of a private dataset read
 * through a shared scenario (7), sharing with what is not a user (8), event streams that answered
 * refusals as 200 (9), missing security headers and Jetty's own error pages (10), refusals that
 * left no audit entry (11), and requests that were accepted only to fail later (12).
 */
class HardeningIT {

    private static final String AI_STACK = "/org/lodestone/io/datasets/ai-stack/";
    private static final String MALACCA = "/org/lodestone/io/scenarios/malacca-closure.yaml";

    @TempDir
    static Path dir;

    private static RunningServer s;

    @BeforeAll
    static void start() {
        s = new RunningServer(dir, new ApiServer.Settings(0, "127.0.0.1", 1L << 20, 1, 4, "test"));
    }

    @AfterAll
    static void stop() {
        s.close();
    }

    /** Finding 7: bob read the run's summary and series of ana's private dataset through a shared scenario. */
    @Test
    void aSharedScenarioDoesNotShareThePrivateDatasetsResults() throws Exception {
        Map<String, String> files = new LinkedHashMap<>();
        for (String f : List.of(
                "dataset.yaml",
                "sources.csv",
                "regions.csv",
                "commodities.csv",
                "groups.yaml",
                "production.csv",
                "recipes.csv",
                "final_demand.csv",
                "routes.csv",
                "chokepoints.csv")) {
            files.put(f, ServerIT.resource(AI_STACK + f));
        }
        assertThat(s.post(s.ana, "/api/datasets", Map.of("id", "a-ds", "files", files))
                        .status())
                .isEqualTo(201);
        String yaml = ServerIT.resource(MALACCA).replace("dataset: builtin:ai-stack", "dataset: store:a-ds");
        s.post(s.ana, "/api/scenarios", Map.of("id", "on-a-ds", "yaml", yaml));
        s.put(s.ana, "/api/scenarios/on-a-ds/sharing", Map.of("visibility", "users", "users", List.of("bob")));
        String id = s.post(s.ana, "/api/runs", Map.of("scenario", "store:on-a-ds"))
                .json()
                .get("id")
                .asText();
        assertThat(last(events(s.ana, id))).contains("\"status\":\"done\"");

        assertThat(s.get(s.bob, "/api/scenarios/on-a-ds").status())
                .as("the scenario is shared")
                .isEqualTo(200);
        for (String path :
                List.of("/api/runs/" + id, "/api/runs/" + id + "/series", "/api/compare?a=" + id + "&b=" + id)) {
            Reply refused = s.get(s.bob, path);
            assertThat(refused.status()).as(path).isEqualTo(403);
            assertThat(refused.body()).doesNotContain("compute:").doesNotContain("rare-earth");
        }
        assertThat(stream(s.bob, "/api/runs/" + id + "/events").statusCode()).isEqualTo(403);
        assertThat(s.get(s.bob, "/api/runs").body()).doesNotContain(id);

        s.put(s.ana, "/api/datasets/a-ds/sharing", Map.of("visibility", "users", "users", List.of("bob")));
        assertThat(s.get(s.bob, "/api/runs/" + id + "/series").status())
                .as("both shared")
                .isEqualTo(200);
    }

    /** Finding 9: refusals were 200 event streams, and a request without Accept an empty 200. */
    @Test
    void theEventStreamAnswersRefusalsWithTheirStatus() throws Exception {
        HttpResponse<String> unknown = stream(s.ana, "/api/runs/no-such-run/events");
        assertThat(unknown.statusCode()).isEqualTo(404);
        assertThat(unknown.headers().firstValue("Content-Type").orElse("")).startsWith("application/problem+json");
        String yaml = ServerIT.resource(MALACCA);
        s.post(s.bob, "/api/scenarios", Map.of("id", "bobs-own", "yaml", yaml));
        String id = s.post(s.bob, "/api/runs", Map.of("scenario", "store:bobs-own"))
                .json()
                .get("id")
                .asText();
        assertThat(stream(s.ana, "/api/runs/" + id + "/events").statusCode()).isEqualTo(403);

        Reply noAccept = s.get(s.bob, "/api/runs/" + id + "/events");

        assertThat(noAccept.status()).isEqualTo(406);
        assertThat(noAccept.json().get("detail").asText()).contains("Accept: text/event-stream");
        assertThat(last(events(s.bob, id))).contains("\"status\":\"done\"");
    }

    /** Finding 10: security headers, challenges, Jetty's own errors, and what /health tells strangers. */
    @Test
    void answersCarrySecurityHeadersAndJettysErrorsAreProblems() throws Exception {
        HttpResponse<String> page = raw(HttpRequest.newBuilder(s.uri("/")).GET().build());
        assertThat(page.headers().firstValue("Content-Security-Policy").orElse(""))
                .contains("script-src 'self'")
                .contains("frame-ancestors 'none'");
        assertThat(page.headers().firstValue("X-Frame-Options")).contains("DENY");
        HttpResponse<String> me = raw(s.request(s.ana, "/api/me").GET().build());
        assertThat(me.headers().firstValue("X-Content-Type-Options")).contains("nosniff");
        assertThat(me.headers().firstValue("Referrer-Policy")).contains("no-referrer");
        assertThat(me.headers().firstValue("Cache-Control")).contains("no-store");
        HttpResponse<String> stranger =
                raw(s.request("lst_junk", "/api/me").GET().build());
        assertThat(stranger.headers().firstValue("WWW-Authenticate")).contains("Bearer realm=\"lodestone\"");

        char[] big = new char[20_000];
        Arrays.fill(big, 'x');
        HttpResponse<String> tooLarge = raw(s.request(s.ana, "/api/me")
                .header("X-Big", new String(big))
                .GET()
                .build());
        assertThat(tooLarge.statusCode()).isEqualTo(431);
        assertThat(tooLarge.headers().firstValue("Content-Type").orElse("")).startsWith("application/problem+json");
        assertThat(RunningServer.JSON.readTree(tooLarge.body()).get("status").asInt())
                .isEqualTo(431);
        Reply nul = s.get(s.ana, "/api/datasets/a%00b");
        assertThat(nul.status()).isEqualTo(400);
        assertThat(nul.contentType()).startsWith("application/problem+json");

        assertThat(s.get(null, "/health").json().has("version"))
                .as("not for strangers")
                .isFalse();
        assertThat(s.get(s.carl, "/health").json().get("version").asText()).isEqualTo("test");
    }

    /** Finding 8: sharing took unknown users, non-names and a single string without a word. */
    @Test
    void sharingNamesOnlyExistingUsersAndValidNames() {
        assertThat(s.post(s.ana, "/api/scenarios", Map.of("id", "to-share", "yaml", ServerIT.resource(MALACCA)))
                        .status())
                .isEqualTo(201);
        String path = "/api/scenarios/to-share/sharing";
        List<Object> bad = Arrays.asList(
                List.of("zed"), Arrays.asList("bob", null), "bob", List.of("x".repeat(100_000)), List.of("bo\nb"));
        for (Object users : bad) {
            Map<String, Object> body = new LinkedHashMap<>();
            body.put("visibility", "users");
            body.put("users", users);
            assertField(s.put(s.ana, path, body), "users");
        }
        assertThat(s.put(s.ana, path, Map.of("visibility", "users", "users", List.of("zed")))
                        .json()
                        .get("detail")
                        .asText())
                .contains("[zed]");
        assertField(s.put(s.root, "/api/users/gus", Map.of("role", "viewer", "groups", "g")), "groups");
        assertField(s.put(s.root, "/api/users/gus", Map.of("role", "viewer", "groups", List.of("../../x"))), "groups");
        assertThat(s.put(s.ana, path, Map.of("visibility", "users", "users", List.of("bob")))
                        .status())
                .isEqualTo(200);
    }

    /** Finding 11: failed logins and 403s left no trace; the audit log showed its latest 200 entries only. */
    @Test
    void refusalsAreAuditedOncePerMinuteAndTheLogPages() throws Exception {
        long before = failedLogins();
        for (int i = 0; i < 5; i++) {
            assertThat(s.get("lst_guess-" + i, "/api/me").status()).isEqualTo(401);
            assertThat(s.get(s.carl, "/api/users").status()).isEqualTo(403);
        }
        long after = failedLogins();

        assertThat(after).as("audited").isPositive();
        assertThat(after - before)
                .as("at most one entry a minute for one address")
                .isLessThanOrEqualTo(1);
        assertThat(s.get(s.root, "/api/audit?limit=500").body())
                .contains("\"actor\":\"carl\",\"action\":\"access.deny\"");
        HttpResponse<String> first =
                raw(s.request(s.root, "/api/audit?limit=2").GET().build());
        String next = first.headers().firstValue("Link").orElseThrow();
        assertThat(next).matches("</api/audit\\?before=\\d+&limit=2>; rel=\"next\"");
        JsonNode older = s.get(s.root, next.substring(1, next.indexOf('>'))).json();
        assertThat(older.get(0).get("id").asLong())
                .isLessThan(readTree(first.body()).get(1).get("id").asLong());
        assertField(s.get(s.root, "/api/audit?limit=501"), "limit");
    }

    /** Finding 12: an unknown coalition failed the run later; duplicate keys and bidi overrides were taken. */
    @Test
    void whatWouldFailIsRefusedUpFront() {
        Reply coalition =
                s.post(s.ana, "/api/runs", Map.of("scenario", "builtin:malacca-closure", "coalition", "nobody"));
        assertField(coalition, "coalition");
        assertThat(coalition.json().get("detail").asText()).contains("pax-silica");
        assertField(
                s.post(s.ana, "/api/ensembles", Map.of("scenario", "builtin:malacca-closure", "coalition", "nobody")),
                "coalition");
        assertField(
                s.post(s.ana, "/api/runs", "{\"scenario\": \"builtin:malacca-closure\", \"scenario\": \"builtin:x\"}"),
                "body");
        String bidi = ServerIT.resource(MALACCA).replace("name: malacca-closure", "name: \"invoice\u202Egnp.exe\"");
        assertField(s.post(s.ana, "/api/scenarios", Map.of("id", "bidi", "yaml", bidi)), "name");
        assertField(s.post(s.carl, "/api/validate", bidi), "name");
        assertField(s.post(s.root, "/api/tokens", Map.of("user", "ana", "label", "ok\u2066hidden")), "label");
    }

    private static long failedLogins() {
        return s.get(s.root, "/api/audit?limit=500").json().findValuesAsText("action").stream()
                .filter("login.fail"::equals)
                .count();
    }

    static void assertField(Reply reply, String field) {
        assertThat(reply.status()).as(reply.body()).isEqualTo(400);
        assertThat(reply.json().get("problems").get(0).get("field").asText()).isEqualTo(field);
        assertThat(reply.body()).doesNotContain("Exception").doesNotContain("java.");
    }

    private static List<String> events(String token, String run) throws IOException, InterruptedException {
        return ServerIT.events(s, token, run);
    }

    private static String last(List<String> events) {
        return events.get(events.size() - 1);
    }

    private static HttpResponse<String> stream(String token, String path) throws IOException, InterruptedException {
        return raw(s.request(token, path)
                .header("Accept", "text/event-stream")
                .GET()
                .build());
    }

    private static HttpResponse<String> raw(HttpRequest request) throws IOException, InterruptedException {
        return HttpClient.newHttpClient().send(request, HttpResponse.BodyHandlers.ofString());
    }

    private static JsonNode readTree(String body) {
        try {
            return RunningServer.JSON.readTree(body);
        } catch (IOException e) {
            throw new AssertionError(body, e);
        }
    }
}
