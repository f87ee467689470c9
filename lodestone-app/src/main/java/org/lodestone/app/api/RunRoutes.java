package org.lodestone.app.api;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import io.javalin.config.RoutesConfig;
import io.javalin.http.Context;
import java.io.IOException;
import java.nio.file.Files;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.OptionalLong;
import java.util.concurrent.ConcurrentHashMap;
import org.lodestone.app.ensemble.EnsembleJob;
import org.lodestone.app.stresstest.ScenarioJob;
import org.lodestone.store.Refused;
import org.lodestone.store.Store;
import org.lodestone.store.access.Principal;
import org.lodestone.store.access.Role;
import org.lodestone.store.run.RunRecord;
import org.lodestone.store.run.RunStatus;

/**
 * Runs: start one (202 with its id; it runs in the background), follow it by server-sent events,
 * fetch its summary and series, compare two. A run is visible to its owner, admins and whoever
 * may read its scenario.
 */
final class RunRoutes {

    private final Store store;
    private final Jobs jobs;
    private final ScenarioCatalog scenarios;
    private final DatasetRoutes datasets;
    /** Finished runs never change: their records and series are kept after the first read. */
    private final Map<String, RunRecord> finished = new ConcurrentHashMap<>();

    private final Map<String, Map<String, double[]>> finishedSeries = new ConcurrentHashMap<>();

    /** Members of one ensemble, at most (a bound on one job's time). */
    static final int MAX_MEMBERS = 5_000;

    private final Scratch scratch;

    RunRoutes(Store store, Jobs jobs, DatasetRoutes datasets, Scratch scratch) {
        this.store = store;
        this.jobs = jobs;
        this.scratch = scratch;
        this.scenarios = new ScenarioCatalog(store);
        this.datasets = datasets;
    }

    void register(RoutesConfig r) {
        r.post("/api/runs", this::start);
        r.post("/api/ensembles", this::ensemble);
        r.get("/api/runs", this::list);
        r.get("/api/runs/{id}", ctx -> Json.send(ctx, 200, describe(visible(ctx, ctx.pathParam("id")), true)));
        r.get("/api/runs/{id}/series", this::series);
        r.sse(
                "/api/runs/{id}/events",
                client -> jobs.subscribe(visible(client.ctx(), client.ctx().pathParam("id")), client));
        r.get("/api/compare", this::compare);
    }

    /** {@code {"scenario": "builtin:NAME" | "store:ID[@V]", "coalition"?: "...", "date"?: "YYYY-MM-DD"}}. */
    private void start(Context ctx) {
        Principal caller = Caller.require(ctx, Role.ANALYST);
        JsonNode body = Json.body(ctx);
        ScenarioCatalog.Resolved scenario = scenarios.resolve(caller, Json.text(body, "scenario"));
        String dataset = datasets.resolve(caller, scenario.entry().scenario().dataset());
        Optional<String> coalition =
                body.hasNonNull("coalition") ? Optional.of(body.get("coalition").asText()) : Optional.empty();
        var date =
                ExposureRoutes.date(body.hasNonNull("date") ? body.get("date").asText() : null);
        RunRecord run = jobs.start(
                caller.name(),
                "run",
                scenario,
                scenario.entry().scenario().horizon(),
                "steps",
                progress -> ScenarioJob.run(
                        scenario.entry(), dataset, coalition, date, step -> progress.run(), jobs.version()));
        ctx.header("Location", "/api/runs/" + run.id());
        Json.send(ctx, 202, describe(run, false));
    }

    /**
     * {@code {"scenario", "runs"?: 1-5000 (default 200), "seed"?, "coalition"?, "date"?}}: a Monte Carlo
     * ensemble of the scenario's {@code uncertainty} block; results are {@code ensemble.json} and the
     * P5/P50/P95 bands.
     */
    private void ensemble(Context ctx) throws IOException {
        Principal caller = Caller.require(ctx, Role.ANALYST);
        JsonNode body = Json.body(ctx);
        ScenarioCatalog.Resolved scenario = scenarios.resolve(caller, Json.text(body, "scenario"));
        int runs = body.has("runs") ? body.get("runs").asInt(-1) : 200;
        if (!body.path("runs").isMissingNode() && !body.get("runs").isInt() || runs < 1 || runs > MAX_MEMBERS) {
            throw new BadRequest(
                    "runs", "'" + body.path("runs").asText() + "' is not a whole number from 1 to " + MAX_MEMBERS);
        }
        if (!datasets.resolve(caller, scenario.entry().scenario().dataset()).startsWith("builtin:")) {
            throw new BadRequest(
                    "dataset",
                    "ensembles run on bundled datasets (builtin:NAME) only; the scenario names "
                            + scenario.entry().scenario().dataset()
                            + ". Maybe start single runs (POST /api/runs) instead");
        }
        OptionalLong seed =
                body.hasNonNull("seed") ? OptionalLong.of(body.get("seed").asLong()) : OptionalLong.empty();
        Optional<String> coalition =
                body.hasNonNull("coalition") ? Optional.of(body.get("coalition").asText()) : Optional.empty();
        var date =
                ExposureRoutes.date(body.hasNonNull("date") ? body.get("date").asText() : null);
        String reference = scenario.yaml().isEmpty()
                ? scenario.ref()
                : Files.writeString(
                                scratch.resolve(scenario.ref().substring(ScenarioCatalog.STORE.length()) + "-"
                                        + scenario.version() + "-" + System.nanoTime() + ".yaml"),
                                scenario.yaml())
                        .toString();
        RunRecord run = jobs.start(
                caller.name(),
                "ensemble",
                scenario,
                runs,
                "members",
                progress -> EnsembleJob.run(
                        reference,
                        runs,
                        seed,
                        coalition,
                        date,
                        jobs.version(),
                        scratch.root(),
                        member -> progress.run()));
        ctx.header("Location", "/api/runs/" + run.id());
        Json.send(ctx, 202, describe(run, false));
    }

    private void list(Context ctx) {
        Principal caller = Caller.of(ctx);
        ArrayNode out = Json.MAPPER.createArrayNode();
        for (RunRecord run : store.runs().list()) {
            if (mayRead(caller, run)) {
                out.add(describe(run, false));
            }
        }
        Json.send(ctx, 200, out);
    }

    /** {@code ?name=compute:pax-silica&name=…}; all series when no name is given. */
    private void series(Context ctx) {
        RunRecord run = visible(ctx, ctx.pathParam("id"));
        List<String> names = ctx.queryParams("name");
        Map<String, double[]> series;
        if (run.status() == RunStatus.DONE) {
            Map<String, double[]> all = finishedSeries.computeIfAbsent(
                    run.id(), id -> remember(store.runs().series(id, List.of())));
            series = new LinkedHashMap<>(all);
            series.keySet().removeIf(name -> !names.isEmpty() && !names.contains(name));
        } else {
            series = store.runs().series(run.id(), names);
        }
        Json.send(ctx, 200, Map.of("run", run.id(), "status", run.status().key(), "series", series));
    }

    /** Two runs side by side: their summaries and the series both have. */
    private void compare(Context ctx) {
        RunRecord a = visible(ctx, required(ctx, "a"));
        RunRecord b = visible(ctx, required(ctx, "b"));
        Map<String, double[]> sa = store.runs().series(a.id(), List.of());
        Map<String, double[]> sb = store.runs().series(b.id(), List.of());
        ObjectNode out = Json.MAPPER.createObjectNode();
        out.set("a", describe(a, true));
        out.set("b", describe(b, true));
        ObjectNode common = out.putObject("series");
        for (Map.Entry<String, double[]> e : sa.entrySet()) {
            if (sb.containsKey(e.getKey()) && e.getKey().startsWith(ScenarioJob.COMPUTE)) {
                ObjectNode pair = common.putObject(e.getKey());
                pair.putPOJO("a", e.getValue());
                pair.putPOJO("b", sb.get(e.getKey()));
            }
        }
        Json.send(ctx, 200, out);
    }

    private RunRecord visible(Context ctx, String id) {
        RunRecord run = finished.get(id);
        if (run == null) {
            run = store.runs().get(id).orElseThrow(() -> Refused.notFound("run '" + id + "'"));
            if (run.status().isFinal()) {
                finished.put(id, remember(run));
            }
        }
        if (!mayRead(Caller.of(ctx), run)) {
            throw new Refused(
                    Refused.Reason.FORBIDDEN,
                    "run '" + id + "' is of scenario " + run.scenarioRef() + ", which is not shared with user '"
                            + Caller.of(ctx).name() + "'");
        }
        return run;
    }

    /** Bounds the caches: past a few hundred entries they start again (runs are re-read from the store). */
    private <T> T remember(T value) {
        if (finished.size() > 500 || finishedSeries.size() > 50) {
            finished.clear();
            finishedSeries.clear();
        }
        return value;
    }

    private boolean mayRead(Principal caller, RunRecord run) {
        return run.owner().equals(caller.name())
                || caller.can(Role.ADMIN)
                || scenarios.readable(caller, run.scenarioRef());
    }

    private static String required(Context ctx, String name) {
        String value = ctx.queryParam(name);
        if (value == null || value.isBlank()) {
            throw new BadRequest(name, "is required: the id of a run");
        }
        return value;
    }

    private static ObjectNode describe(RunRecord run, boolean withSummary) {
        ObjectNode node = Json.MAPPER
                .createObjectNode()
                .put("id", run.id())
                .put("kind", run.kind())
                .put("scenario", run.scenarioRef())
                .put("scenario_version", run.scenarioVersion())
                .put("owner", run.owner())
                .put("status", run.status().key())
                .put("created_at", run.createdAt().toString())
                .put("series", run.seriesCount());
        run.finishedAt().ifPresent(t -> node.put("finished_at", t.toString()));
        run.error().ifPresent(e -> node.put("error", e));
        node.put("events", "/api/runs/" + run.id() + "/events");
        if (withSummary && run.summary().isPresent()) {
            try {
                node.set("summary", Json.MAPPER.readTree(run.summary().get()));
            } catch (java.io.IOException e) {
                throw new IllegalStateException("the stored summary of run " + run.id() + " is not JSON", e);
            }
        }
        return node;
    }
}
