package org.lodestone.app.api;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import io.javalin.config.RoutesConfig;
import io.javalin.http.Context;
import io.javalin.http.HttpResponseException;
import io.javalin.http.sse.SseHandler;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.OptionalLong;
import java.util.concurrent.ConcurrentHashMap;
import org.lodestone.app.ensemble.EnsembleJob;
import org.lodestone.app.stresstest.ScenarioJob;
import org.lodestone.io.scenario.ScenarioLibrary;
import org.lodestone.store.Refused;
import org.lodestone.store.Store;
import org.lodestone.store.access.Principal;
import org.lodestone.store.access.Role;
import org.lodestone.store.run.RunRecord;
import org.lodestone.store.run.RunStatus;

/**
 * Runs: start one (202 with its id; it runs in the background), follow it by server-sent events,
 * fetch its summary and series, compare two, cancel one. A run is visible to its owner, admins and
 * whoever may read both its scenario and its dataset; requests are checked up front ({@link
 * Submission}).
 */
final class RunRoutes {

    private final Store store;
    private final Jobs jobs;
    private final ScenarioCatalog scenarios;
    private final DatasetRoutes datasets;
    /** Finished runs never change: their records and series are kept after the first read. */
    private final Map<String, RunRecord> finished = new ConcurrentHashMap<>();

    private final Map<String, Map<String, double[]>> finishedSeries = new ConcurrentHashMap<>();

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
        r.post("/api/runs/{id}/cancel", this::cancel);
        r.get("/api/runs/{id}/events", this::events);
        r.get("/api/compare", this::compare);
    }

    /** {@code {"scenario": "builtin:NAME" | "store:ID[@V]", "coalition"?: "...", "date"?: "YYYY-MM-DD"}}. */
    private void start(Context ctx) {
        Principal caller = Caller.require(ctx, Role.ANALYST);
        Submission s = Submission.read(caller, Json.body(ctx), scenarios, datasets);
        RunRecord run = jobs.start(
                caller.name(),
                "run",
                s.scenario(),
                s.dataset(),
                s.scenario().entry().scenario().horizon(),
                "steps",
                progress -> ScenarioJob.run(
                        s.scenario().entry(),
                        s.resolved(),
                        s.coalition(),
                        s.date(),
                        step -> progress.run(),
                        jobs.version()));
        ctx.header("Location", "/api/runs/" + run.id());
        Json.send(ctx, 202, describe(run, false));
    }

    /**
     * {@code {"scenario", "runs"?: 1-5000 (default 200), "seed"?, "coalition"?, "date"?}}: a Monte Carlo
     * ensemble of the scenario's {@code uncertainty} block; results are {@code ensemble.json} and the
     * P5/P50/P95 bands. A stored scenario is written to the scratch folder for the job and deleted after it.
     */
    private void ensemble(Context ctx) throws IOException {
        Principal caller = Caller.require(ctx, Role.ANALYST);
        JsonNode body = Json.body(ctx);
        Submission s = Submission.read(caller, body, scenarios, datasets);
        int runs = s.members(body);
        if (!s.resolved().startsWith("builtin:")) {
            throw new BadRequest(
                    "dataset",
                    "ensembles run on bundled datasets (builtin:NAME) only; the scenario names " + s.dataset()
                            + ". Maybe start single runs (POST /api/runs) instead");
        }
        OptionalLong seed =
                body.hasNonNull("seed") ? OptionalLong.of(body.get("seed").asLong()) : OptionalLong.empty();
        Optional<Path> file = s.scenario().yaml().isEmpty()
                ? Optional.empty()
                : Optional.of(Files.writeString(
                        scratch.resolve(scratch.unique("ensemble") + ".yaml"),
                        s.scenario().yaml()));
        String reference = file.map(Path::toString).orElse(s.scenario().ref());
        RunRecord run;
        try {
            run = jobs.start(caller.name(), "ensemble", s.scenario(), s.dataset(), runs, "members", progress -> {
                try {
                    return EnsembleJob.run(
                            reference,
                            runs,
                            seed,
                            s.coalition(),
                            s.date(),
                            jobs.version(),
                            scratch.root(),
                            member -> progress.run());
                } finally {
                    file.ifPresent(Scratch::deleteTree);
                }
            });
        } catch (RuntimeException e) {
            file.ifPresent(Scratch::deleteTree);
            throw e;
        }
        ctx.header("Location", "/api/runs/" + run.id());
        Json.send(ctx, 202, describe(run, false));
    }

    /** Its owner or an admin stops a queued or running run: 200 with the run, now {@code cancelled}; 409 if it ended. */
    private void cancel(Context ctx) {
        Principal caller = Caller.require(ctx, Role.ANALYST);
        RunRecord run = visible(ctx, ctx.pathParam("id"));
        if (!run.owner().equals(caller.name()) && !caller.can(Role.ADMIN)) {
            throw new Refused(
                    Refused.Reason.FORBIDDEN,
                    "run '" + run.id() + "' belongs to '" + run.owner()
                            + "'; only its owner or an admin may cancel it");
        }
        finished.remove(run.id());
        Json.send(ctx, 200, describe(jobs.cancel(run.id(), caller.name()), false));
    }

    /**
     * Server-sent events of a run. Who may not read the run gets 403 or 404 before the stream
     * starts (not a 200 stream), and a request that does not accept {@code text/event-stream} a 406.
     */
    private void events(Context ctx) {
        RunRecord run = visible(ctx, ctx.pathParam("id"));
        String accept = ctx.header("Accept");
        if (accept == null || !accept.contains("text/event-stream")) {
            throw new HttpResponseException(
                    406, "this is a server-sent event stream; send the header Accept: text/event-stream", Map.of());
        }
        new SseHandler(client -> jobs.subscribe(run, client)).handle(ctx);
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
                    "run '" + id + "' is of scenario " + run.scenarioRef()
                            + run.datasetRef().map(d -> " on dataset " + d).orElse("") + "; user '"
                            + Caller.of(ctx).name() + "' may not read both");
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

    /**
     * Its owner, admins, and whoever may read both its scenario and its dataset (the results
     * show the dataset's figures and labels). A run from before the dataset was recorded is its
     * owner's and the admins' only, unless its scenario is a bundled one (on a bundled dataset).
     */
    private boolean mayRead(Principal caller, RunRecord run) {
        if (run.owner().equals(caller.name()) || caller.can(Role.ADMIN)) {
            return true;
        }
        return scenarios.readable(caller, run.scenarioRef())
                && run.datasetRef()
                        .map(ref -> datasets.readable(caller, ref))
                        .orElse(run.scenarioRef().startsWith(ScenarioLibrary.PREFIX));
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
