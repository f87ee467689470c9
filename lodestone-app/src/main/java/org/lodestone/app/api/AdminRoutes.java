package org.lodestone.app.api;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.ArrayNode;
import io.javalin.config.RoutesConfig;
import io.javalin.http.Context;
import java.util.LinkedHashSet;
import java.util.Map;
import java.util.Set;
import org.lodestone.store.Store;
import org.lodestone.store.access.Principal;
import org.lodestone.store.access.Role;
import org.lodestone.store.audit.AuditLog;

/** Who am I (everyone), and users, tokens and the audit log (admins). */
final class AdminRoutes {

    private final Store store;

    AdminRoutes(Store store) {
        this.store = store;
    }

    void register(RoutesConfig r) {
        r.get("/api/me", ctx -> Json.send(ctx, 200, principal(Caller.of(ctx))));
        r.get("/api/users", this::users);
        r.put("/api/users/{name}", this::saveUser);
        r.post("/api/tokens", this::createToken);
        r.get("/api/audit", this::audit);
    }

    private void users(Context ctx) {
        Caller.require(ctx, Role.ADMIN);
        Json.send(
                ctx,
                200,
                store.users().list().stream().map(AdminRoutes::principal).toList());
    }

    /** {@code {"role": "viewer|analyst|admin", "groups": [...]}}. */
    private void saveUser(Context ctx) {
        Principal admin = Caller.require(ctx, Role.ADMIN);
        JsonNode body = Json.body(ctx);
        Role role = role(Json.text(body, "role"));
        Set<String> groups = new LinkedHashSet<>();
        if (body.has("groups")) {
            body.get("groups").forEach(g -> groups.add(g.asText()));
        }
        try {
            Json.send(ctx, 200, principal(store.users().save(admin.name(), ctx.pathParam("name"), role, groups)));
            Caller.forget();
        } catch (IllegalArgumentException e) {
            throw new BadRequest(e.getMessage().startsWith("group") ? "groups" : "name", e.getMessage());
        }
    }

    /** {@code {"user": "...", "role"?: "...", "label"?: "..."}}: 201 with the token, shown this once. */
    private void createToken(Context ctx) {
        Principal admin = Caller.require(ctx, Role.ADMIN);
        JsonNode body = Json.body(ctx);
        String user = Json.text(body, "user");
        Role role = body.hasNonNull("role") ? role(body.get("role").asText()) : Role.VIEWER;
        String label = body.hasNonNull("label") ? body.get("label").asText() : "api";
        try {
            String token = store.tokens().create(admin.name(), user, role, label);
            Json.send(ctx, 201, Map.of("user", user, "token", token));
        } catch (IllegalArgumentException e) {
            throw new BadRequest("user", e.getMessage());
        }
    }

    private void audit(Context ctx) {
        Caller.require(ctx, Role.ADMIN);
        ArrayNode out = Json.MAPPER.createArrayNode();
        for (AuditLog.Entry e : store.audit().latest(200)) {
            out.addObject()
                    .put("id", e.id())
                    .put("at", e.at().toString())
                    .put("actor", e.actor())
                    .put("action", e.action())
                    .put("object", e.object())
                    .put("detail", e.detail());
        }
        Json.send(ctx, 200, out);
    }

    private static Map<String, Object> principal(Principal p) {
        return Map.of("name", p.name(), "role", p.role().key(), "groups", p.groups());
    }

    private static Role role(String text) {
        try {
            return Role.parse(text);
        } catch (IllegalArgumentException e) {
            throw new BadRequest("role", e.getMessage());
        }
    }
}
