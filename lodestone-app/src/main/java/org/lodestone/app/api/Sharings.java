package org.lodestone.app.api;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import io.javalin.http.Context;
import java.util.LinkedHashSet;
import java.util.Optional;
import java.util.Set;
import java.util.TreeSet;
import org.lodestone.store.access.Users;
import org.lodestone.store.library.Library;
import org.lodestone.store.library.Sharing;
import org.lodestone.store.library.Stored;
import org.lodestone.store.library.Visibility;

/** The sharing part of stored objects in requests and responses. */
final class Sharings {

    private Sharings() {}

    /** Names in one list, at most (a sharing or a user's groups). */
    static final int MAX_NAMES = 100;

    /**
     * {@code PUT …/sharing} with {@code {"visibility": "private|users|group", "users": [...], "group": "..."}}.
     * Every user named must exist: a share with a name nobody has yet would go to whoever takes it.
     */
    static void update(Context ctx, Library library, Users known, String id) {
        JsonNode body = Json.body(ctx);
        Visibility visibility;
        try {
            visibility = Visibility.parse(Json.text(body, "visibility"));
        } catch (IllegalArgumentException e) {
            throw new BadRequest("visibility", e.getMessage());
        }
        Set<String> users = names(body, "users");
        if (!users.isEmpty()) {
            Set<String> unknown = new TreeSet<>(users);
            known.list().forEach(p -> unknown.remove(p.name()));
            if (!unknown.isEmpty()) {
                throw new BadRequest(
                        "users",
                        "names users who do not exist: " + unknown
                                + "; Maybe create them first (PUT /api/users/{name})");
            }
        }
        Optional<String> group =
                body.hasNonNull("group") ? Optional.of(name("group", body.get("group"))) : Optional.empty();
        Sharing sharing;
        try {
            sharing = library.share(Caller.of(ctx), id, visibility, users, group);
        } catch (IllegalArgumentException e) {
            String message = e.getMessage();
            throw new BadRequest(message.startsWith("group") ? "group" : "users", message);
        }
        Json.send(ctx, 200, sharing(Json.MAPPER.createObjectNode(), sharing));
    }

    /**
     * The names in {@code field} of the body: absent is none; anything but an array of at most
     * {@value #MAX_NAMES} names is refused (a single string used to be dropped without a word).
     */
    static Set<String> names(JsonNode body, String field) {
        Set<String> names = new LinkedHashSet<>();
        JsonNode list = body.get(field);
        if (list == null) {
            return names;
        }
        if (!list.isArray() || list.size() > MAX_NAMES) {
            throw new BadRequest(field, "must be an array of at most " + MAX_NAMES + " names, e.g. [\"bob\"]");
        }
        list.forEach(u -> names.add(name(field, u)));
        return names;
    }

    /** A user or group name: text matching {@link Users#NAME}, so no NUL, control character or path reaches the store. */
    private static String name(String field, JsonNode value) {
        if (!value.isTextual() || !Users.NAME.matcher(value.asText()).matches()) {
            throw new BadRequest(
                    field,
                    "holds a value that is not a name; expected 1-64 characters of a-z, 0-9, '.', '_', '-',"
                            + " starting with a letter or digit");
        }
        return value.asText();
    }

    static ObjectNode describe(Stored s) {
        ObjectNode node = Json.MAPPER
                .createObjectNode()
                .put("id", s.id())
                .put("version", s.version())
                .put("latest", s.latest());
        return sharing(node, s.sharing());
    }

    private static ObjectNode sharing(ObjectNode node, Sharing sharing) {
        node.put("owner", sharing.owner())
                .put("visibility", sharing.visibility().key());
        node.putPOJO("users", sharing.users());
        sharing.group().ifPresentOrElse(g -> node.put("group", g), () -> node.putNull("group"));
        return node;
    }
}
