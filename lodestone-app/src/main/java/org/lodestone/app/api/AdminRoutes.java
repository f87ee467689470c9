package org.lodestone.app.api;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import io.javalin.config.RoutesConfig;
import io.javalin.http.Context;
import java.time.Duration;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.lodestone.store.Store;
import org.lodestone.store.access.Principal;
import org.lodestone.store.access.Role;
import org.lodestone.store.access.TokenInfo;
import org.lodestone.store.access.Tokens;
import org.lodestone.store.audit.AuditLog;

/**
 * Who am I (everyone), and users, tokens and the audit log (admins). Revoking a token or changing
 * or disabling a user takes effect at once on this server (the remembered tokens are forgotten).
 */
final class AdminRoutes {

    private final Store store;

    AdminRoutes(Store store) {
        this.store = store;
    }

    void register(RoutesConfig r) {
        r.get("/api/me", ctx -> Json.send(ctx, 200, principal(Caller.of(ctx))));
        r.get("/api/users", this::users);
        r.put("/api/users/{name}", this::saveUser);
        r.get("/api/tokens", this::tokens);
        r.post("/api/tokens", this::createToken);
        r.delete("/api/tokens/{id}", this::revokeToken);
        r.get("/api/audit", this::audit);
    }

    private void users(Context ctx) {
        Caller.require(ctx, Role.ADMIN);
        Set<String> disabled = store.users().disabled();
        List<Map<String, Object>> out = new ArrayList<>();
        for (Principal p : store.users().list()) {
            Map<String, Object> user = new LinkedHashMap<>(principal(p));
            user.put("disabled", disabled.contains(p.name()));
            out.add(user);
        }
        Json.send(ctx, 200, out);
    }

    /** {@code {"role": "viewer|analyst|admin", "groups": [...], "disabled"?: bool}}. */
    private void saveUser(Context ctx) {
        Principal admin = Caller.require(ctx, Role.ADMIN);
        JsonNode body = Json.body(ctx);
        Role role = role(Json.text(body, "role"));
        Set<String> groups = Sharings.names(body, "groups");
        if (body.has("disabled") && !body.get("disabled").isBoolean()) {
            throw new BadRequest("disabled", "must be true or false");
        }
        try {
            Principal saved = store.users().save(admin.name(), ctx.pathParam("name"), role, groups);
            if (body.has("disabled")) {
                store.users()
                        .setDisabled(
                                admin.name(), saved.name(), body.get("disabled").asBoolean());
            }
            Map<String, Object> out = new LinkedHashMap<>(principal(saved));
            out.put("disabled", store.users().disabled().contains(saved.name()));
            Json.send(ctx, 200, out);
            Caller.forget();
        } catch (IllegalArgumentException e) {
            throw new BadRequest(e.getMessage().startsWith("group") ? "groups" : "name", e.getMessage());
        }
    }

    /**
     * {@code {"user", "role"?, "label"?, "expires_in_days"?}}: 201 with the token, shown this once.
     * The role defaults to viewer and may not be above the user's; the lifetime defaults to
     * {@link Tokens#DEFAULT_LIFETIME} and may not exceed {@link Tokens#MAX_LIFETIME}.
     */
    private void createToken(Context ctx) {
        Principal admin = Caller.require(ctx, Role.ADMIN);
        JsonNode body = Json.body(ctx);
        String user = Json.text(body, "user");
        Role role = body.hasNonNull("role") ? role(body.get("role").asText()) : Role.VIEWER;
        String label = label(body.get("label"));
        Duration lifetime = lifetime(body.get("expires_in_days"));
        try {
            Tokens.Created created = store.tokens().create(admin.name(), user, role, label, lifetime);
            ObjectNode out = token(created.info()).put("token", created.secret());
            ctx.header("Cache-Control", "no-store");
            Json.send(ctx, 201, out);
        } catch (IllegalArgumentException e) {
            throw new BadRequest(e.getMessage().startsWith("role") ? "role" : "user", e.getMessage());
        }
    }

    /** Up to 200 characters of printable text: the label is stored and shown in listings and the audit log. */
    private static String label(JsonNode label) {
        if (label == null || label.isNull()) {
            return "api";
        }
        if (!label.isTextual()
                || label.asText().isBlank()
                || label.asText().length() > 200
                || !Names.printable(label.asText())) {
            throw new BadRequest("label", "must be 1-200 characters of " + Names.EXPECTED);
        }
        return label.asText();
    }

    private static Duration lifetime(JsonNode days) {
        long max = Tokens.MAX_LIFETIME.toDays();
        if (days == null || days.isNull()) {
            return Tokens.DEFAULT_LIFETIME;
        }
        if (!days.canConvertToInt() || !days.isIntegralNumber() || days.asInt() < 1 || days.asInt() > max) {
            throw new BadRequest("expires_in_days", "'" + days + "' is not a whole number of days from 1 to " + max);
        }
        return Duration.ofDays(days.asInt());
    }

    /** Every token without its secret: id, user, role, label and its dates. */
    private void tokens(Context ctx) {
        Caller.require(ctx, Role.ADMIN);
        ArrayNode out = Json.MAPPER.createArrayNode();
        store.tokens().list().forEach(t -> out.add(token(t)));
        Json.send(ctx, 200, out);
    }

    private void revokeToken(Context ctx) {
        Principal admin = Caller.require(ctx, Role.ADMIN);
        TokenInfo revoked = store.tokens().revoke(admin.name(), ctx.pathParam("id"));
        Caller.forget();
        Json.send(ctx, 200, token(revoked));
    }

    private ObjectNode token(TokenInfo t) {
        ObjectNode node = Json.MAPPER
                .createObjectNode()
                .put("id", t.id())
                .put("user", t.user())
                .put("role", t.role().key())
                .put("label", t.label())
                .put("created_at", t.createdAt().toString())
                .put("expires_at", t.expiresAt().toString())
                .put("active", t.activeAt(store.clock().instant()));
        t.revokedAt().ifPresentOrElse(at -> node.put("revoked_at", at.toString()), () -> node.putNull("revoked_at"));
        return node;
    }

    /** Entries per page of {@code GET /api/audit}, at most. */
    static final int AUDIT_PAGE = 500;

    /**
     * {@code ?before=ID&limit=N} (1-500, default 200): entries with ids below {@code before}, newest
     * first; a full page has a {@code Link} header to the next (older) one.
     */
    private void audit(Context ctx) {
        Caller.require(ctx, Role.ADMIN);
        long before = ctx.queryParam("before") == null ? Long.MAX_VALUE : whole(ctx, "before", 1, Long.MAX_VALUE);
        int limit = ctx.queryParam("limit") == null ? 200 : (int) whole(ctx, "limit", 1, AUDIT_PAGE);
        List<AuditLog.Entry> page = store.audit().before(before, limit);
        if (page.size() == limit) {
            ctx.header(
                    "Link",
                    "</api/audit?before=" + page.get(page.size() - 1).id() + "&limit=" + limit + ">; rel=\"next\"");
        }
        ArrayNode out = Json.MAPPER.createArrayNode();
        for (AuditLog.Entry e : page) {
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

    private static long whole(Context ctx, String name, long min, long max) {
        try {
            long value = Long.parseLong(ctx.queryParam(name));
            if (value >= min && value <= max) {
                return value;
            }
        } catch (NumberFormatException e) {
            // answered below, as a value out of range
        }
        throw new BadRequest(
                name,
                "'" + Names.abbreviate(ctx.queryParam(name)) + "' is not a whole number from " + min + " to " + max);
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
