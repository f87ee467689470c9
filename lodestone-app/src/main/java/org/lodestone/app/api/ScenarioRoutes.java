package org.lodestone.app.api;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import io.javalin.config.RoutesConfig;
import io.javalin.http.Context;
import java.util.Map;
import java.util.OptionalInt;
import org.lodestone.app.run.ScenarioRun;
import org.lodestone.app.run.ScenarioRuns;
import org.lodestone.app.run.TableSource;
import org.lodestone.io.scenario.LocatedScenario;
import org.lodestone.io.scenario.ScenarioLibrary;
import org.lodestone.store.Store;
import org.lodestone.store.access.Principal;
import org.lodestone.store.access.Role;
import org.lodestone.store.library.Stored;

/**
 * Scenarios: the bundled library (read-only, for everyone) and stored scenarios (YAML, versioned,
 * owned and shared). Every YAML is parsed before it is stored; problems come back located.
 */
final class ScenarioRoutes {

    /** Tables of the datasets scenarios were validated against, by resolved reference (bundled or an immutable stored version). */
    private final Bounded<String, TableSource> tables = new Bounded<>(DatasetRoutes.CACHED);

    private final Store store;
    private final DatasetRoutes datasets;

    ScenarioRoutes(Store store, DatasetRoutes datasets) {
        this.store = store;
        this.datasets = datasets;
    }

    void register(RoutesConfig r) {
        r.get("/api/scenarios", this::list);
        r.get("/api/scenarios/{id}", this::get);
        r.post("/api/scenarios", ctx -> save(ctx, true));
        r.put("/api/scenarios/{id}", ctx -> save(ctx, false));
        r.put(
                "/api/scenarios/{id}/sharing",
                ctx -> Sharings.update(
                        ctx, store.scenarios(), store.users(), StoredIds.require("id", ctx.pathParam("id"))));
        r.post("/api/validate", this::validate);
    }

    private void list(Context ctx) {
        ArrayNode out = Json.MAPPER.createArrayNode();
        for (ScenarioLibrary.Entry e : ScenarioLibrary.entries()) {
            out.addObject()
                    .put("ref", ScenarioLibrary.PREFIX + e.name())
                    .put("id", e.name())
                    .put("title", e.title())
                    .put("version", 0)
                    .put("owner", "lodestone")
                    .put("visibility", "everyone");
        }
        for (Stored s : store.scenarios().list(Caller.of(ctx))) {
            out.add(Sharings.describe(s)
                    .put("ref", ScenarioCatalog.STORE + s.id())
                    .put("title", s.id()));
        }
        Json.send(ctx, 200, out);
    }

    /** A stored scenario, or a bundled one by {@code builtin:NAME} (its YAML as bundled, version 0). */
    private void get(Context ctx) {
        if (ctx.pathParam("id").startsWith(ScenarioLibrary.PREFIX)) {
            String name = ctx.pathParam("id").substring(ScenarioLibrary.PREFIX.length());
            Json.send(
                    ctx,
                    200,
                    Json.MAPPER
                            .createObjectNode()
                            .put("ref", ScenarioLibrary.PREFIX + name)
                            .put("id", name)
                            .put("version", 0)
                            .put("owner", "lodestone")
                            .put("visibility", "everyone")
                            .put("yaml", ScenarioLibrary.text(name)));
            return;
        }
        String version = ctx.queryParam("version");
        Stored s = store.scenarios()
                .get(
                        Caller.of(ctx),
                        StoredIds.require("id", ctx.pathParam("id")),
                        version == null ? OptionalInt.empty() : OptionalInt.of(integer("version", version)));
        Json.send(
                ctx,
                200,
                Sharings.describe(s)
                        .put("ref", ScenarioCatalog.STORE + s.id())
                        .put("yaml", s.files().get(ScenarioCatalog.FILE)));
    }

    /** {@code {"id": "...", "yaml": "..."}}; the id comes from the path on update. */
    private void save(Context ctx, boolean create) {
        Principal caller = Caller.require(ctx, Role.ANALYST);
        JsonNode body = Json.body(ctx);
        String id = StoredIds.require("id", create ? Json.text(body, "id") : ctx.pathParam("id"));
        String yaml = Json.text(body, "yaml");
        ScenarioCatalog.parse(ScenarioCatalog.STORE + id + "/" + ScenarioCatalog.FILE, "yaml", yaml);
        Map<String, String> files = Map.of(ScenarioCatalog.FILE, yaml);
        Stored s = create
                ? store.scenarios().create(caller, id, files)
                : store.scenarios().update(caller, id, files);
        Json.send(ctx, create ? 201 : 200, Sharings.describe(s).put("ref", ScenarioCatalog.STORE + s.id()));
    }

    /**
     * The body is scenario YAML (its size limit is checked while it arrives, {@link SlowBodies}): parsed, then every event bound to the scenario's dataset (one the
     * caller may read), as {@code lodestone validate} does; 200 with its name, horizon and the
     * number of industries, or 400 with every problem located.
     */
    private void validate(Context ctx) {
        LocatedScenario located = ScenarioCatalog.parse(ScenarioCatalog.FILE, "body", ctx.body());
        if (located.scenario().horizon() > Submission.MAX_HORIZON) {
            throw new BadRequest(
                    "horizon",
                    "is " + located.scenario().horizon() + " steps; a run on this server has at most "
                            + Submission.MAX_HORIZON);
        }
        String dataset = datasets.resolve(Caller.of(ctx), located.scenario().dataset());
        TableSource source = tables.get(dataset, ref -> TableSource.load(ref, null));
        ScenarioRun bound = ScenarioRuns.check(located, source.table(), source.dataset());
        ObjectNode out = Json.MAPPER
                .createObjectNode()
                .put("valid", true)
                .put("name", located.scenario().name())
                .put("dataset", located.scenario().dataset())
                .put("horizon", located.scenario().horizon())
                .put("events", bound.events().size())
                .put("industries", source.table().size());
        Json.send(ctx, 200, out);
    }

    static int integer(String field, String text) {
        try {
            return Integer.parseInt(text);
        } catch (NumberFormatException e) {
            throw new BadRequest(field, "'" + text + "' is not a whole number");
        }
    }
}
