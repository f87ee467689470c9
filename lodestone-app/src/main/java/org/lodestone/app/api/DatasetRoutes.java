package org.lodestone.app.api;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import io.javalin.config.RoutesConfig;
import io.javalin.http.Context;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.OptionalInt;
import java.util.regex.Pattern;
import org.lodestone.core.model.Dataset;
import org.lodestone.io.dataset.DatasetLoader;
import org.lodestone.io.problem.InputException;
import org.lodestone.io.problem.Problem;
import org.lodestone.store.Store;
import org.lodestone.store.access.Principal;
import org.lodestone.store.access.Role;
import org.lodestone.store.library.Stored;

/**
 * Datasets: the bundled ones and uploaded folders. An upload is JSON {@code {"id", "files": {NAME:
 * TEXT}}}; it is loaded as a dataset folder before it is stored, and every problem comes back with
 * its {@code file:line:column}. Stored datasets are referenced as {@code store:ID[@VERSION]}.
 */
final class DatasetRoutes {

    static final String BUILTIN = "builtin:ai-stack";
    private static final Pattern FILE_NAME = Pattern.compile("[A-Za-z0-9][A-Za-z0-9._-]{0,99}");

    private final Store store;
    private final Scratch scratch;
    /** Datasets (and their folders and tables) kept per cache: 16 of the 1-10 MB each one costs. */
    static final int CACHED = 16;

    /** Stored dataset versions written to the scratch folder; a forgotten one's folder is deleted. */
    private final Bounded<String, Path> folders = new Bounded<>(CACHED, Scratch::deleteTree);

    private final Bounded<String, Dataset> loaded = new Bounded<>(CACHED);

    DatasetRoutes(Store store, Scratch scratch) {
        this.store = store;
        this.scratch = scratch;
    }

    void register(RoutesConfig r) {
        r.get("/api/datasets", this::list);
        r.get("/api/datasets/{id}", this::get);
        r.post("/api/datasets", ctx -> upload(ctx, true));
        r.put("/api/datasets/{id}", ctx -> upload(ctx, false));
        r.put(
                "/api/datasets/{id}/sharing",
                ctx -> Sharings.update(
                        ctx, store.datasets(), store.users(), StoredIds.require("id", ctx.pathParam("id"))));
    }

    private void list(Context ctx) {
        ArrayNode out = Json.MAPPER.createArrayNode();
        out.addObject()
                .put("ref", BUILTIN)
                .put("id", "ai-stack")
                .put("version", 0)
                .put("owner", "lodestone")
                .put("visibility", "everyone");
        for (Stored s : store.datasets().list(Caller.of(ctx))) {
            out.add(Sharings.describe(s).put("ref", "store:" + s.id()));
        }
        Json.send(ctx, 200, out);
    }

    private void get(Context ctx) {
        Stored s =
                store.datasets().get(Caller.of(ctx), StoredIds.require("id", ctx.pathParam("id")), OptionalInt.empty());
        ObjectNode node = Sharings.describe(s).put("ref", "store:" + s.id());
        node.putPOJO("files", s.files().keySet());
        Json.send(ctx, 200, node);
    }

    private void upload(Context ctx, boolean create) {
        Principal caller = Caller.require(ctx, Role.ANALYST);
        JsonNode body = Json.body(ctx);
        String id = StoredIds.require("id", create ? Json.text(body, "id") : ctx.pathParam("id"));
        Map<String, String> files = files(body);
        Path folder = scratch.resolve(scratch.unique("upload"));
        try {
            write(folder, files);
            DatasetLoader.load(folder.toString());
        } catch (InputException e) {
            throw new InputException(relocate(e.problems(), folder));
        } finally {
            delete(folder);
        }
        Stored s = create
                ? store.datasets().create(caller, id, files)
                : store.datasets().update(caller, id, files);
        Json.send(ctx, create ? 201 : 200, Sharings.describe(s).put("ref", "store:" + s.id()));
    }

    /**
     * A dataset reference usable by the analyses: {@code builtin:NAME} as is, {@code store:ID[@V]}
     * as a folder written once per version.
     *
     * @throws BadRequest for any other form (server paths are not reachable through the API)
     */
    String resolve(Principal caller, String ref) {
        if (ref.startsWith("builtin:")) {
            return ref;
        }
        if (!ref.startsWith(ScenarioCatalog.STORE)) {
            throw new BadRequest("dataset", "'" + ref + "' is neither builtin:NAME nor store:ID[@VERSION]");
        }
        StoredIds.Reference wanted = StoredIds.reference("dataset", ref.substring(ScenarioCatalog.STORE.length()));
        Stored s = store.datasets().get(caller, wanted.id(), wanted.version());
        String key = s.id() + "@" + s.version();
        Path folder = folders.get(key, k -> write(scratch.resolve(s.id() + "-" + s.version()), s.files()));
        if (!Files.isDirectory(folder)) {
            folders.forget(key);
            folder = folders.get(key, k -> write(scratch.resolve(s.id() + "-" + s.version()), s.files()));
        }
        return folder.toString();
    }

    /** Whether the caller may read the dataset of {@code ref} (bundled ones: everyone). */
    boolean readable(Principal caller, String ref) {
        if (ref.startsWith("builtin:")) {
            return true;
        }
        try {
            String id = StoredIds.reference("dataset", ref.substring(ScenarioCatalog.STORE.length()))
                    .id();
            return ref.startsWith(ScenarioCatalog.STORE) && store.datasets().readable(caller, id);
        } catch (BadRequest e) {
            return false;
        }
    }

    /** The dataset of a reference {@link #resolve} returned, loaded once while it is among the latest used. */
    Dataset dataset(String resolved) {
        return loaded.get(resolved, ref -> DatasetLoader.load(ref).dataset());
    }

    private static Map<String, String> files(JsonNode body) {
        JsonNode files = body.get("files");
        if (files == null || !files.isObject() || files.isEmpty()) {
            throw new BadRequest(
                    "files", "is required: an object of file name to file text, e.g. {\"dataset.yaml\": \"...\"}");
        }
        Map<String, String> out = new LinkedHashMap<>();
        for (Map.Entry<String, JsonNode> f : files.properties()) {
            if (!FILE_NAME.matcher(f.getKey()).matches() || !f.getValue().isTextual()) {
                throw new BadRequest("files." + f.getKey(), "must be a plain file name (no folders) with text content");
            }
            out.put(f.getKey(), f.getValue().asText());
        }
        return out;
    }

    /** Writes the files (plain names, checked by {@link #files}) into a folder of the scratch folder. */
    private static Path write(Path folder, Map<String, String> files) {
        try {
            Files.createDirectories(folder);
            for (Map.Entry<String, String> f : files.entrySet()) {
                Files.writeString(folder.resolve(f.getKey()), f.getValue(), StandardCharsets.UTF_8);
            }
            return folder;
        } catch (IOException e) {
            throw new UncheckedIOException("cannot write a dataset to the scratch folder " + folder, e);
        }
    }

    /** Problems name the uploaded file, not the server's scratch folder. */
    private static List<Problem> relocate(List<Problem> problems, Path folder) {
        List<Problem> out = new ArrayList<>();
        for (Problem p : problems) {
            String file = p.file().startsWith(folder.toString())
                    ? p.file().substring(folder.toString().length()).replaceFirst("^/", "")
                    : p.file();
            out.add(new Problem(
                    p.severity(),
                    file.isEmpty() ? "dataset" : file,
                    p.line(),
                    p.column(),
                    p.field(),
                    p.value(),
                    p.message(),
                    p.expected(),
                    p.hint()));
        }
        return out;
    }

    private static void delete(Path folder) {
        if (!Files.isDirectory(folder)) {
            return;
        }
        try (var files = Files.list(folder)) {
            for (Path f : files.toList()) {
                Files.delete(f);
            }
            Files.delete(folder);
        } catch (IOException e) {
            throw new UncheckedIOException("cannot delete the upload folder " + folder, e);
        }
    }
}
