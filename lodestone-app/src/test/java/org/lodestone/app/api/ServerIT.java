package org.lodestone.app.api;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import java.io.IOException;
import java.io.InputStream;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Iterator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeSet;
import java.util.stream.Stream;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.lodestone.app.api.RunningServer.Reply;

/** The API end to end: a real server on a random port, called over HTTP as a client would. */
class ServerIT {

    private static final String AI_STACK = "/org/lodestone/io/datasets/ai-stack/";
    private static final List<String> DATASET_FILES = List.of(
            "dataset.yaml",
            "sources.csv",
            "regions.csv",
            "commodities.csv",
            "groups.yaml",
            "production.csv",
            "recipes.csv",
            "final_demand.csv",
            "routes.csv",
            "chokepoints.csv");

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

    @Test
    void onlyHealthAnswersWithoutAToken() {
        assertThat(s.get(null, "/health").json().get("status").asText()).isEqualTo("ok");
        Reply anonymous = s.get(null, "/api/scenarios");
        assertThat(anonymous.status()).isEqualTo(401);
        assertThat(anonymous.contentType()).startsWith("application/problem+json");
        assertThat(anonymous.json().get("detail").asText()).contains("Authorization: Bearer");
        assertThat(s.get("lst_not-a-token", "/api/me").status()).isEqualTo(401);
        assertThat(s.get(s.carl, "/api/me").json().get("role").asText()).isEqualTo("viewer");
    }

    @Test
    void theOpenApiDocumentDescribesTheRoutes() {
        assertThat(s.get(null, "/openapi.json").status())
                .as("only /health answers without a token")
                .isEqualTo(401);
        JsonNode doc = s.get(s.carl, "/openapi.json").json();
        assertThat(doc.get("openapi").asText()).startsWith("3.");
        Set<String> documented = new TreeSet<>();
        for (Map.Entry<String, JsonNode> path : doc.get("paths").properties()) {
            for (Map.Entry<String, JsonNode> operation : path.getValue().properties()) {
                documented.add(operation.getKey() + " " + path.getKey());
            }
        }
        assertThat(documented).isEqualTo(s.routes());
    }

    @Test
    void badYamlIsA400LocatedToLineAndColumn() {
        Reply reply = s.post(
                s.ana,
                "/api/scenarios",
                Map.of("id", "broken", "yaml", "lodestone: 1\nname: x\nhorizon: -3\nbogus: 1\n"));
        assertThat(reply.status()).isEqualTo(400);
        JsonNode problems = reply.json().get("problems");
        assertThat(problems).isNotEmpty();
        List<String> locations = new ArrayList<>();
        problems.forEach(p -> locations.add(p.get("location").asText()));
        assertThat(locations).anyMatch(l -> l.matches("store:broken/scenario\\.yaml:4:1"));
        assertThat(reply.json().toString()).contains("bogus");
        assertThat(s.post(s.ana, "/api/validate", "lodestone: 1\nname: x\n")
                        .json()
                        .get("problems")
                        .get(0)
                        .get("location")
                        .asText())
                .startsWith("scenario.yaml");
    }

    /** validate binds the events to the dataset: a node the dataset lacks is a located 400, as in {@code lodestone validate}. */
    @Test
    void validateBindsTheEventsToTheDataset() {
        String yaml = resource("/org/lodestone/io/scenarios/malacca-closure.yaml");
        Reply ok = s.post(s.ana, "/api/validate", yaml);
        assertThat(ok.status()).isEqualTo(200);
        assertThat(ok.json().get("industries").asInt()).isEqualTo(444);

        Reply unknown = s.post(
                s.ana,
                "/api/validate",
                "lodestone: 1\nname: x\ndataset: builtin:ai-stack\nhorizon: 30\nevents:\n"
                        + "  - {type: capacity-loss, at: {region: TWN, sector: unobtainium}, fraction: 0.5, start: 1, duration: 5}\n");
        assertThat(unknown.status()).isEqualTo(400);
        JsonNode problem = unknown.json().get("problems").get(0);
        assertThat(problem.get("location").asText()).startsWith("scenario.yaml:6:");
        assertThat(unknown.json().toString()).contains("unobtainium");
    }

    @Test
    void aStoredScenarioIsPrivateUntilSharedAndViewersCannotWrite() {
        String yaml = resource("/org/lodestone/io/scenarios/malacca-closure.yaml");
        assertThat(s.post(s.ana, "/api/scenarios", Map.of("id", "malacca-ana", "yaml", yaml))
                        .status())
                .isEqualTo(201);
        assertThat(s.post(s.ana, "/api/scenarios", Map.of("id", "malacca-ana", "yaml", yaml))
                        .status())
                .isEqualTo(409);
        assertThat(s.put(
                                s.ana,
                                "/api/scenarios/malacca-ana",
                                Map.of("yaml", yaml.replace("duration: 60", "duration: 30")))
                        .json()
                        .get("version")
                        .asInt())
                .isEqualTo(2);
        Reply forbidden = s.get(s.bob, "/api/scenarios/malacca-ana");
        assertThat(forbidden.status()).isEqualTo(403);
        assertThat(forbidden.json().get("detail").asText()).contains("not shared with user 'bob'");
        assertThat(s.get(s.bob, "/api/scenarios").body()).doesNotContain("malacca-ana");

        assertThat(s.put(
                                s.ana,
                                "/api/scenarios/malacca-ana/sharing",
                                Map.of("visibility", "users", "users", List.of("bob")))
                        .status())
                .isEqualTo(200);
        assertThat(s.get(s.bob, "/api/scenarios/malacca-ana").json().get("yaml").asText())
                .contains("duration: 30");
        assertThat(s.get(s.bob, "/api/scenarios/malacca-ana?version=1")
                        .json()
                        .get("yaml")
                        .asText())
                .contains("duration: 60");
        assertThat(s.get(s.carl, "/api/scenarios/malacca-ana").status()).isEqualTo(403);
        assertThat(s.put(s.bob, "/api/scenarios/malacca-ana", Map.of("yaml", yaml))
                        .status())
                .isEqualTo(403);

        assertThat(s.put(s.ana, "/api/scenarios/malacca-ana/sharing", Map.of("visibility", "group", "group", "nl-team"))
                        .status())
                .isEqualTo(200);
        assertThat(s.get(s.carl, "/api/scenarios/malacca-ana").status()).isEqualTo(200);
        assertThat(s.get(s.bob, "/api/scenarios/malacca-ana").status()).isEqualTo(403);
        Reply viewer = s.post(s.carl, "/api/scenarios", Map.of("id", "carls", "yaml", yaml));
        assertThat(viewer.status()).isEqualTo(403);
        assertThat(viewer.json().get("detail").asText()).contains("needs the analyst role");
        Reply badSharing = s.put(s.ana, "/api/scenarios/malacca-ana/sharing", Map.of("visibility", "world"));
        assertThat(badSharing.status()).isEqualTo(400);
        assertThat(badSharing.json().get("problems").get(0).get("field").asText())
                .isEqualTo("visibility");
    }

    @Test
    void unknownThingsAre404AndMissingFieldsAre400NamingTheField() {
        assertThat(s.get(s.ana, "/api/scenarios/nope").status()).isEqualTo(404);
        assertThat(s.get(s.ana, "/api/runs/nope").status()).isEqualTo(404);
        assertThat(s.get(s.ana, "/api/nothing-here").status()).isEqualTo(404);
        assertThat(s.post(s.ana, "/api/runs", Map.of("scenario", "builtin:no-such"))
                        .status())
                .isEqualTo(404);
        Reply missing = s.post(s.ana, "/api/runs", Map.of());
        assertThat(missing.status()).isEqualTo(400);
        assertThat(missing.json().get("problems").get(0).get("field").asText()).isEqualTo("scenario");
        Reply notJson = s.post(s.ana, "/api/runs", "{oops");
        assertThat(notJson.json().get("problems").get(0).get("field").asText()).isEqualTo("body");
        Reply view = s.get(s.carl, "/api/exposure?view=bogus");
        assertThat(view.status()).isEqualTo(400);
        assertThat(view.json().get("problems").get(0).get("field").asText()).isEqualTo("view");
        assertThat(view.json().get("detail").asText()).contains("summary, tiers, extraction, chokepoints, criticality");
        assertThat(s.get(s.carl, "/api/exposure?date=2026-13-01")
                        .json()
                        .get("problems")
                        .get(0)
                        .get("field")
                        .asText())
                .isEqualTo("date");
        assertThat(s.get(s.carl, "/api/exposure?dataset=/etc")
                        .json()
                        .get("problems")
                        .get(0)
                        .get("field")
                        .asText())
                .isEqualTo("dataset");
    }

    @Test
    void exposureViewsComeFromTheExposureUseCase() {
        Reply summary = s.get(s.carl, "/api/exposure?coalition=pax-silica&date=2026-01-01");
        assertThat(summary.status()).isEqualTo(200);
        assertThat(summary.json().get("coalition").asText()).isEqualTo("pax-silica");
        assertThat(summary.json().get("members").toString()).contains("JPN");
        assertThat(summary.body()).contains("rare-earth-oxide");
        Reply ranking = s.get(s.carl, "/api/exposure?view=extraction&top=5");
        assertThat(ranking.status()).isEqualTo(200);
        assertThat(ranking.body()).contains("CHN");
        Reply coalition = s.get(s.carl, "/api/exposure?coalition=nobody");
        assertThat(coalition.status()).isEqualTo(400);
        assertThat(coalition.body()).contains("nobody");
    }

    @Test
    void anUploadedDatasetIsCheckedToTheCellAndThenUsable() {
        Map<String, String> files = new LinkedHashMap<>();
        DATASET_FILES.forEach(f -> files.put(f, resource(AI_STACK + f)));
        Map<String, String> bad = new LinkedHashMap<>(files);
        bad.put(
                "production.csv",
                files.get("production.csv").replaceFirst("rare-earth-ore,USA,45000", "rare-earth-ore,USA,-45000"));
        Reply rejected = s.post(s.ana, "/api/datasets", Map.of("id", "ai-stack-copy", "files", bad));
        assertThat(rejected.status()).isEqualTo(400);
        assertThat(rejected.json().get("problems").get(0).get("location").asText())
                .isEqualTo("production.csv:2:20");
        assertThat(rejected.json().get("detail").asText()).contains("-45000");

        assertThat(s.post(s.ana, "/api/datasets", Map.of("id", "ai-stack-copy", "files", files))
                        .status())
                .isEqualTo(201);
        assertThat(s.get(s.ana, "/api/exposure?dataset=store:ai-stack-copy&coalition=pax-silica")
                        .status())
                .isEqualTo(200);
        assertThat(s.get(s.bob, "/api/exposure?dataset=store:ai-stack-copy").status())
                .isEqualTo(403);
        assertThat(s.get(s.ana, "/api/datasets").body())
                .contains("store:ai-stack-copy")
                .contains("builtin:ai-stack");
    }

    @Test
    void requestsOverTheSizeLimitAreRefused() {
        Reply reply = s.post(s.ana, "/api/scenarios", Map.of("id", "big", "yaml", "#".repeat(2 << 20)));
        assertThat(reply.status()).isEqualTo(413);
    }

    @Test
    void onlyAdminsManageTokensAndEveryChangeIsAudited() {
        assertThat(s.post(s.ana, "/api/tokens", Map.of("user", "dave")).status())
                .isEqualTo(403);
        Reply created = s.post(s.root, "/api/tokens", Map.of("user", "dave", "role", "analyst"));
        assertThat(created.status()).isEqualTo(201);
        String token = created.json().get("token").asText();
        assertThat(s.get(token, "/api/me").json().get("role").asText()).isEqualTo("analyst");
        assertThat(s.post(s.root, "/api/tokens", Map.of("user", "eve", "role", "owner"))
                        .json()
                        .get("problems")
                        .get(0)
                        .get("field")
                        .asText())
                .isEqualTo("role");
        assertThat(s.get(s.ana, "/api/audit").status()).isEqualTo(403);
        assertThat(s.get(s.root, "/api/audit").body()).contains("token.create").contains("user:dave");
    }

    @Test
    void aRunStartsAtOnceReportsProgressAndStoresItsResults() throws Exception {
        Reply started = s.post(s.ana, "/api/runs", Map.of("scenario", "builtin:malacca-closure", "date", "2026-11-10"));
        assertThat(started.status()).isEqualTo(202);
        String id = started.json().get("id").asText();
        List<String> events = events(s.ana, id);
        assertThat(events)
                .anyMatch(e ->
                        e.startsWith("progress ") && e.contains("\"horizon\":365") && e.contains("\"unit\":\"steps\""));
        assertThat(events.get(events.size() - 1)).startsWith("done ").contains("\"status\":\"done\"");

        JsonNode run = s.get(s.ana, "/api/runs/" + id).json();
        assertThat(run.get("status").asText()).isEqualTo("done");
        assertThat(run.get("summary").get("scenarios").get(0).get("name").asText())
                .isEqualTo("malacca-closure");
        JsonNode series = s.get(s.ana, "/api/runs/" + id + "/series?name=compute:pax-silica")
                .json()
                .get("series");
        assertThat(series.get("compute:pax-silica").size()).isEqualTo(365);
        assertThat(series.get("compute:pax-silica").get(0).asDouble())
                .isCloseTo(1.0, org.assertj.core.data.Offset.offset(1e-6));
        assertThat(s.get(s.carl, "/api/runs/" + id).status())
                .as("a run of a bundled scenario is visible to all")
                .isEqualTo(200);
        assertThat(events(s.ana, id))
                .as("events of a finished run")
                .containsExactly("done {\"run\":\"" + id + "\",\"status\":\"done\"}");
    }

    @Test
    void runsOfAPrivateScenarioAreHiddenAndTwoRunsCompare() throws Exception {
        String yaml = resource("/org/lodestone/io/scenarios/malacca-closure.yaml");
        s.post(
                s.bob,
                "/api/scenarios",
                Map.of("id", "malacca-bob", "yaml", yaml.replace("share-blocked: 0.5", "share-blocked: 1.0")));
        String mine = s.post(s.bob, "/api/runs", Map.of("scenario", "store:malacca-bob"))
                .json()
                .get("id")
                .asText();
        String other = s.post(s.bob, "/api/runs", Map.of("scenario", "builtin:malacca-closure"))
                .json()
                .get("id")
                .asText();
        events(s.bob, mine);
        events(s.bob, other);
        assertThat(s.get(s.ana, "/api/runs/" + mine).status()).isEqualTo(403);
        assertThat(s.get(s.ana, "/api/runs").body()).doesNotContain(mine);
        JsonNode compare =
                s.get(s.bob, "/api/compare?a=" + mine + "&b=" + other).json();
        assertThat(compare.get("a").get("scenario").asText()).isEqualTo("store:malacca-bob");
        JsonNode pair = compare.get("series").get("compute:pax-silica");
        double a = min(pair.get("a"));
        double b = min(pair.get("b"));
        assertThat(a).as("blocking all crossing cargo hurts more than half").isLessThan(b);
        assertThat(s.get(s.bob, "/api/compare?a=" + mine)
                        .json()
                        .get("problems")
                        .get(0)
                        .get("field")
                        .asText())
                .isEqualTo("b");
    }

    @Test
    void anEnsembleStoresItsBands() throws Exception {
        assertThat(s.post(s.ana, "/api/ensembles", Map.of("scenario", "builtin:malacca-closure", "runs", 0))
                        .json()
                        .get("problems")
                        .get(0)
                        .get("field")
                        .asText())
                .isEqualTo("runs");
        String yaml = resource("/org/lodestone/io/scenarios/malacca-closure.yaml");
        s.post(
                s.ana,
                "/api/scenarios",
                Map.of("id", "server-path", "yaml", yaml.replace("dataset: builtin:ai-stack", "dataset: /etc")));
        Reply serverPath = s.post(s.ana, "/api/ensembles", Map.of("scenario", "store:server-path"));
        assertThat(serverPath.status())
                .as("a scenario may not reach the server's files")
                .isEqualTo(400);
        assertThat(serverPath.json().get("problems").get(0).get("field").asText())
                .isEqualTo("dataset");
        assertThat(s.post(s.ana, "/api/runs", Map.of("scenario", "store:server-path"))
                        .status())
                .isEqualTo(400);
        Reply started =
                s.post(s.ana, "/api/ensembles", Map.of("scenario", "builtin:malacca-closure", "runs", 150, "seed", 7));
        assertThat(started.status()).isEqualTo(202);
        assertThat(started.json().get("kind").asText()).isEqualTo("ensemble");
        String id = started.json().get("id").asText();
        List<String> events = events(s.ana, id);
        JsonNode run = s.get(s.ana, "/api/runs/" + id).json();
        assertThat(events.get(events.size() - 1)).as(run.toString()).contains("\"status\":\"done\"");
        assertThat(events)
                .as("progress in members")
                .anyMatch(e -> e.startsWith("progress ")
                        && e.contains("\"horizon\":150")
                        && e.contains("\"unit\":\"members\""));
        assertThat(run.get("summary").toString()).contains("malacca-closure");
        JsonNode series = s.get(s.ana, "/api/runs/" + id + "/series").json().get("series");
        JsonNode p5 = series.get("band:pax-silica:p5");
        JsonNode p50 = series.get("band:pax-silica:p50");
        JsonNode p95 = series.get("band:pax-silica:p95");
        assertThat(p50.size()).isEqualTo(365);
        for (int t = 0; t < p50.size(); t++) {
            assertThat(p5.get(t).asDouble()).isLessThanOrEqualTo(p50.get(t).asDouble());
            assertThat(p50.get(t).asDouble()).isLessThanOrEqualTo(p95.get(t).asDouble());
        }
    }

    private static double min(JsonNode values) {
        double min = Double.MAX_VALUE;
        for (Iterator<JsonNode> it = values.elements(); it.hasNext(); ) {
            min = Math.min(min, it.next().asDouble());
        }
        return min;
    }

    /** The events of a run's stream as {@code "NAME DATA"}, read until the server closes it. */
    static List<String> events(String token, String run) throws IOException, InterruptedException {
        return events(s, token, run);
    }

    /** As {@link #events(String, String)}, on {@code s}. */
    static List<String> events(RunningServer s, String token, String run) throws IOException, InterruptedException {
        HttpResponse<Stream<String>> response = s.client.send(
                s.request(token, "/api/runs/" + run + "/events")
                        .header("Accept", "text/event-stream")
                        .GET()
                        .build(),
                HttpResponse.BodyHandlers.ofLines());
        assertThat(response.statusCode()).isEqualTo(200);
        List<String> events = new ArrayList<>();
        String name = null;
        for (Iterator<String> lines = response.body().iterator(); lines.hasNext(); ) {
            String line = lines.next();
            if (line.startsWith("event:")) {
                name = line.substring(6).strip();
            } else if (line.startsWith("data:") && name != null) {
                events.add(name + " " + line.substring(5).strip());
            }
        }
        return events;
    }

    static String resource(String path) {
        try (InputStream in = ServerIT.class.getResourceAsStream(path)) {
            return new String(in.readAllBytes(), StandardCharsets.UTF_8);
        } catch (IOException e) {
            throw new java.io.UncheckedIOException(e);
        }
    }
}
