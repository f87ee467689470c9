package org.lodestone.app.api;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import java.io.IOException;
import java.net.http.HttpRequest;
import java.nio.file.Files;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.SQLException;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import java.util.stream.Stream;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.Assumptions;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.lodestone.app.api.RunningServer.Reply;
import org.lodestone.store.StoreUrl;

/**
 * Issue 17's attacks on a running server, each asserting the safe outcome: path traversal through
 * dataset ids (finding 1), the token lifecycle (2), a store that went away (3), and malformed
 * references that used to leak Java exceptions as 500s (4).
 */
class SecurityIT {

    @TempDir
    static Path dir;

    private static RunningServer s;

    @BeforeAll
    static void start() throws IOException {
        s = new RunningServer(
                Files.createDirectories(dir.resolve("server")),
                new ApiServer.Settings(0, "127.0.0.1", 1L << 20, 1, 4, "test"));
    }

    @AfterAll
    static void stop() {
        s.close();
    }

    /** Finding 1: {@code "id": "../../…/DIR/a/b/x"} wrote the upload outside the scratch folder. */
    @Test
    void aDatasetIdCannotReachOutsideTheScratchFolder() throws IOException {
        Path outside = Files.createDirectories(dir.resolve("outside"));
        String climb = "../".repeat(20) + outside.toAbsolutePath().toString().substring(1) + "/a/b/x";

        Reply created = s.post(s.ana, "/api/datasets", Map.of("id", climb, "files", Map.of("dataset.yaml", "x: 1\n")));
        Reply updated = s.send(s.request(s.bob, "/api/datasets/" + climb.replace("/", "%2F"))
                .PUT(HttpRequest.BodyPublishers.ofString("{\"files\": {\"dataset.yaml\": \"x: 1\\n\"}}"))
                .build());

        assertIdRefused(created);
        assertThat(updated.status()).isEqualTo(400);
        try (Stream<Path> files = Files.walk(outside)) {
            assertThat(files)
                    .as("nothing may be created outside the scratch folder")
                    .containsExactly(outside);
        }
    }

    /** Finding 1: ids through an existing file and through a missing path got different answers. */
    @Test
    void invalidIdsGetOneAnswerWhateverExistsOnDisk() throws IOException {
        Path file = Files.writeString(dir.resolve("existing.txt"), "x");
        String throughFile = "../".repeat(20) + file.toAbsolutePath().toString().substring(1) + "/x";
        String throughNothing = "../".repeat(20)
                + dir.resolve("missing").toAbsolutePath().toString().substring(1) + "/x";
        Map<String, String> files = Map.of("dataset.yaml", "x: 1\n");

        Reply a = s.post(s.ana, "/api/datasets", Map.of("id", throughFile, "files", files));
        Reply b = s.post(s.ana, "/api/datasets", Map.of("id", throughNothing, "files", files));
        Reply upper = s.post(s.ana, "/api/datasets", Map.of("id", "Upper", "files", files));
        Reply nul = s.post(s.ana, "/api/datasets", Map.of("id", "a\u0000b", "files", files));

        for (Reply r : List.of(a, b, upper, nul)) {
            assertIdRefused(r);
            assertThat(r.body()).isEqualTo(a.body());
        }
        assertThat(s.get(s.ana, "/api/datasets/Upper").body()).isEqualTo(a.body());
        Reply put = s.put(s.ana, "/api/datasets/..", Map.of("files", files));
        assertThat(put.status()).as("Jetty or the id check, never the disk").isBetween(400, 404);
        assertThat(s.get(s.ana, "/api/datasets/a%00b").status())
                .as("Jetty refuses a NUL in the path")
                .isEqualTo(400);
    }

    private static void assertIdRefused(Reply reply) {
        assertThat(reply.status()).isEqualTo(400);
        assertThat(reply.contentType()).startsWith("application/problem+json");
        JsonNode problem = reply.json().get("problems").get(0);
        assertThat(problem.get("field").asText()).isEqualTo("id");
        assertThat(problem.get("message").asText()).contains("1-100 characters of a-z, 0-9");
        assertNothingLeaks(reply);
    }

    /** Finding 2: a token asked for as viewer acted as its user (an analyst); it now acts as a viewer. */
    @Test
    void aTokenActsWithItsOwnRoleAndStopsWhenRevokedOrItsUserDisabled() {
        s.post(s.root, "/api/tokens", Map.of("user", "analyst-b", "role", "analyst"));
        Reply viewer = s.post(s.root, "/api/tokens", Map.of("user", "analyst-b", "role", "viewer", "label", "ro"));
        String token = viewer.json().get("token").asText();

        assertThat(viewer.status()).isEqualTo(201);
        assertThat(s.get(token, "/api/me").json().get("role").asText()).isEqualTo("viewer");
        assertThat(s.post(token, "/api/scenarios", Map.of("id", "nope", "yaml", "lodestone: 1\n"))
                        .status())
                .isEqualTo(403);
        Reply escalate = s.post(s.root, "/api/tokens", Map.of("user", "analyst-b", "role", "admin"));
        assertThat(escalate.json().get("problems").get(0).get("field").asText()).isEqualTo("role");
        Reply tooLong = s.post(s.root, "/api/tokens", Map.of("user", "analyst-b", "expires_in_days", 366));
        assertThat(tooLong.json().get("problems").get(0).get("field").asText()).isEqualTo("expires_in_days");

        Reply listed = s.get(s.root, "/api/tokens");
        assertThat(listed.body()).doesNotContain("lst_").doesNotContain("hash");
        String id = viewer.json().get("id").asText();
        assertThat(listed.json().findValuesAsText("id")).contains(id);
        assertThat(s.get(s.ana, "/api/tokens").status()).isEqualTo(403);

        assertThat(s.send(s.request(s.root, "/api/tokens/" + id).DELETE().build())
                        .status())
                .isEqualTo(200);
        assertThat(s.get(token, "/api/me").status()).as("revoked at once").isEqualTo(401);
        assertThat(s.send(s.request(s.root, "/api/tokens/tok_none").DELETE().build())
                        .status())
                .isEqualTo(404);
    }

    @Test
    void aDisabledUsersTokensAreRefusedUntilEnabled() {
        String token = s.post(s.root, "/api/tokens", Map.of("user", "dora", "role", "analyst"))
                .json()
                .get("token")
                .asText();
        assertThat(s.get(token, "/api/me").status()).isEqualTo(200);

        Reply disabled = s.put(s.root, "/api/users/dora", Map.of("role", "analyst", "disabled", true));

        assertThat(disabled.json().get("disabled").asBoolean()).isTrue();
        assertThat(s.get(token, "/api/me").status()).isEqualTo(401);
        s.put(s.root, "/api/users/dora", Map.of("role", "analyst", "disabled", false));
        assertThat(s.get(token, "/api/me").status()).isEqualTo(200);
        assertThat(s.get(s.root, "/api/audit").body()).contains("user.disable").contains("user.enable");
    }

    /** Finding 4: {@code store:x@abc} and {@code @99999999999} were NumberFormatException 500s. */
    @Test
    void malformedStoreReferencesAreLocated400s() {
        for (String ref : List.of("store:x@abc", "store:x@99999999999", "store:x@0", "store:X", "store:..%2Fx")) {
            String query = ref.replace("@", "%40");
            assertField(s.get(s.carl, "/api/exposure?dataset=" + query), "dataset");
            assertField(s.get(s.carl, "/api/stack?dataset=" + query), "dataset");
            assertField(s.post(s.ana, "/api/runs", Map.of("scenario", ref)), "scenario");
            assertField(s.post(s.ana, "/api/ensembles", Map.of("scenario", ref)), "scenario");
            assertField(
                    s.post(s.carl, "/api/validate", "lodestone: 1\nname: x\ndataset: '" + ref + "'\nhorizon: 5\n"),
                    "dataset");
        }
        String yaml = "lodestone: 1\nname: x\ndataset: 'store:x@abc'\nhorizon: 5\n";
        assertThat(s.post(s.ana, "/api/scenarios", Map.of("id", "bad-dataset-ref", "yaml", yaml))
                        .status())
                .isEqualTo(201);
        assertField(s.post(s.ana, "/api/runs", Map.of("scenario", "store:bad-dataset-ref")), "dataset");
    }

    /** Finding 4: YAML over the reader's limits and NUL bytes were 500s naming SnakeYAML's exceptions. */
    @Test
    void yamlOverTheLimitsAndNulBytesAreLocated400s() {
        StringBuilder bomb = new StringBuilder("lodestone: 1\nname: x\na: &a [x, x]\n");
        for (int i = 0; i < 60; i++) {
            bomb.append("k").append(i).append(": [*a, *a]\n");
        }
        List<String> bad = List.of(
                bomb.toString(),
                "lodestone: 1\nname: " + "[".repeat(60) + "]".repeat(60) + "\n",
                "lodestone: 1\nname: a\u0000b\n");
        for (String yaml : bad) {
            Reply validated = s.post(s.carl, "/api/validate", yaml);
            Reply saved = s.post(s.ana, "/api/scenarios", Map.of("id", "limits", "yaml", yaml));
            for (Reply r : List.of(validated, saved)) {
                assertThat(r.status()).as(r.body()).isEqualTo(400);
                assertThat(r.json().get("problems").get(0).get("location").asText())
                        .contains("scenario.yaml:");
                assertNothingLeaks(r);
            }
        }
    }

    /** Finding 4: on PostgreSQL a NUL in a sharing name or a token label was a 500; checked before the store now. */
    @Test
    void nulAndControlCharactersInNamesAndLabelsAre400s() {
        s.post(s.ana, "/api/scenarios", Map.of("id", "shared-nul", "yaml", "lodestone: 1\nname: x\nhorizon: 5\n"));
        assertField(
                s.put(
                        s.ana,
                        "/api/scenarios/shared-nul/sharing",
                        Map.of("visibility", "users", "users", List.of("b\u0000b"))),
                "users");
        assertField(
                s.put(s.ana, "/api/scenarios/shared-nul/sharing", Map.of("visibility", "group", "group", "../../x")),
                "group");
        assertField(s.post(s.root, "/api/tokens", Map.of("user", "ana", "label", "a\u0000b")), "label");
    }

    private static void assertField(Reply reply, String field) {
        assertThat(reply.status()).as(reply.body()).isEqualTo(400);
        assertThat(reply.json().get("problems").get(0).get("field").asText()).isEqualTo(field);
        assertNothingLeaks(reply);
    }

    /** Finding 3: with the store gone, callers get a generic 503 and /health says so. */
    @Test
    void aStoreThatWentAwayIsAGeneric503AndHealthSaysSo() throws IOException {
        try (RunningServer down = new RunningServer(
                Files.createDirectories(dir.resolve("down")),
                new ApiServer.Settings(0, "127.0.0.1", 1L << 20, 1, 4, "test"))) {
            assertThat(down.get(null, "/health").json().get("store").asText()).isEqualTo("ok");
            down.store.close();

            Reply me = down.get(down.bob, "/api/me");
            Reply health = down.get(null, "/health");

            assertThat(me.status()).isEqualTo(503);
            assertThat(me.json().get("detail").asText()).startsWith("the store does not answer; try again later");
            assertNothingLeaks(me);
            assertThat(health.status()).isEqualTo(503);
            assertThat(health.json().get("store").asText()).isEqualTo("unavailable");
        }
    }

    /**
     * Finding 3 on PostgreSQL (when {@code LODESTONE_TEST_POSTGRES} is set): the store URL carries
     * the password as a parameter, the pool is closed under the running server, and no answer
     * repeats the password or the URL.
     */
    @Test
    void onPostgresAClosedPoolAnswers503WithoutThePassword() throws SQLException {
        String base = System.getenv("LODESTONE_TEST_POSTGRES");
        Assumptions.assumeTrue(base != null && !base.isBlank(), "LODESTONE_TEST_POSTGRES is not set");
        StoreUrl root = StoreUrl.parse(base);
        Assumptions.assumeFalse(root.password().isEmpty(), "the test server's URL has no password");
        String schema = "t_" + UUID.randomUUID().toString().replace("-", "").substring(0, 16);
        try (Connection c = DriverManager.getConnection(root.jdbcUrl(), root.user(), root.password())) {
            c.createStatement().execute("CREATE SCHEMA " + schema);
        }
        String text = root.jdbcUrl().substring("jdbc:".length())
                + (root.jdbcUrl().contains("?") ? "&" : "?") + "user=" + root.user() + "&password="
                + root.password() + "&currentSchema=" + schema;
        try (RunningServer pg = new RunningServer(
                StoreUrl.parse(text), new ApiServer.Settings(0, "127.0.0.1", 1L << 20, 1, 4, "test"))) {
            assertThat(pg.get(pg.ana, "/api/me").status()).isEqualTo(200);
            pg.store.close();

            Reply me = pg.get(pg.bob, "/api/me");
            Reply junk = pg.get("lst_junk", "/api/me");

            assertThat(me.status()).isEqualTo(503);
            assertThat(junk.status()).isEqualTo(503);
            assertThat(pg.get(null, "/health").status()).isEqualTo(503);
            for (Reply r : List.of(me, junk)) {
                assertThat(r.body()).doesNotContain(root.password()).doesNotContain("postgresql");
                assertNothingLeaks(r);
            }
        }
    }

    /** A body never names a Java class, a path of the server, a store URL or a secret. */
    private static void assertNothingLeaks(Reply reply) {
        assertThat(reply.body())
                .doesNotContain("Exception")
                .doesNotContain("java.")
                .doesNotContain("org.lodestone")
                .doesNotContain("jdbc:")
                .doesNotContain("lodestone-serve")
                .doesNotContain(dir.toAbsolutePath().toString())
                .doesNotContain("SELECT");
    }
}
