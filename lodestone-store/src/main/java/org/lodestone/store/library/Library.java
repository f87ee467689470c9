package org.lodestone.store.library;

import java.sql.Connection;
import java.sql.SQLException;
import java.time.Instant;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.OptionalInt;
import java.util.Set;
import java.util.regex.Pattern;
import org.lodestone.store.Jdbc;
import org.lodestone.store.Refused;
import org.lodestone.store.Store;
import org.lodestone.store.access.Principal;
import org.lodestone.store.access.Role;
import org.lodestone.store.audit.AuditLog;

/**
 * Versioned, owned and shared objects of one kind (datasets or scenarios). Each update writes a
 * new immutable version; runs name the version they used. Reads check {@link Sharing#readableBy},
 * changes {@link Sharing#writableBy}.
 */
public final class Library {

    /** Ids of stored objects (they appear in URLs and in {@code store:ID} references). */
    public static final Pattern ID = Pattern.compile("[a-z0-9][a-z0-9._-]{0,99}");

    private final Store store;
    private final String kind;

    /** @param kind {@code dataset} or {@code scenario} */
    public Library(Store store, String kind) {
        this.store = store;
        this.kind = kind;
    }

    /**
     * Creates version 1, private to {@code actor}.
     *
     * @throws Refused CONFLICT if the id is taken, FORBIDDEN for a viewer
     */
    public Stored create(Principal actor, String id, Map<String, String> files) {
        requireAnalyst(actor);
        checkId(id);
        return store.inTransaction(c -> {
            if (sharing(c, id).isPresent()) {
                throw new Refused(
                        Refused.Reason.CONFLICT,
                        kind + " '" + id + "' already exists; Maybe update it (PUT) or choose another id");
            }
            Instant now = store.clock().instant();
            Jdbc.update(
                    c,
                    "INSERT INTO objects (kind, id, owner, visibility, share_group, created_at) VALUES (?, ?, ?, ?, ?, ?)",
                    kind,
                    id,
                    actor.name(),
                    Visibility.PRIVATE.key(),
                    null,
                    now);
            return writeVersion(c, actor, id, 1, files, now, "create");
        });
    }

    /**
     * Writes a new version.
     *
     * @throws Refused NOT_FOUND, or FORBIDDEN unless the actor owns it or is an admin
     */
    public Stored update(Principal actor, String id, Map<String, String> files) {
        requireAnalyst(actor);
        return store.inTransaction(c -> {
            writable(c, actor, id);
            int next = latest(c, id) + 1;
            return writeVersion(c, actor, id, next, files, store.clock().instant(), "update");
        });
    }

    /** Replaces who may read it. */
    public Sharing share(Principal actor, String id, Visibility visibility, Set<String> users, Optional<String> group) {
        return store.inTransaction(c -> {
            Sharing old = writable(c, actor, id);
            Sharing next = new Sharing(old.owner(), visibility, users, group);
            Jdbc.update(
                    c,
                    "UPDATE objects SET visibility = ?, share_group = ? WHERE kind = ? AND id = ?",
                    visibility.key(),
                    group.orElse(null),
                    kind,
                    id);
            Jdbc.update(c, "DELETE FROM object_shares WHERE kind = ? AND id = ?", kind, id);
            for (String user : users) {
                Jdbc.update(c, "INSERT INTO object_shares (kind, id, user_name) VALUES (?, ?, ?)", kind, id, user);
            }
            AuditLog.record(
                    c,
                    store.clock().instant(),
                    actor.name(),
                    kind + ".share",
                    kind + ":" + id,
                    visibility.key() + " users=" + users + " group=" + group.orElse(""));
            return next;
        });
    }

    /**
     * A version (the latest when none is given) the actor may read.
     *
     * @throws Refused NOT_FOUND or FORBIDDEN
     */
    public Stored get(Principal actor, String id, OptionalInt version) {
        return store.inTransaction(c -> {
            Sharing sharing = readable(c, actor, id);
            int latest = latest(c, id);
            int v = version.orElse(latest);
            Map<String, String> files = new LinkedHashMap<>();
            Jdbc.list(
                    c,
                    "SELECT path, content FROM object_files WHERE kind = ? AND id = ? AND version = ? ORDER BY path",
                    r -> files.put(r.getString(1), r.getString(2)),
                    kind,
                    id,
                    v);
            return Jdbc.first(
                            c,
                            "SELECT created_by, created_at FROM object_versions WHERE kind = ? AND id = ? AND version = ?",
                            r -> new Stored(
                                    id, v, latest, sharing, files, r.getString(1), Jdbc.instant(r, "created_at")),
                            kind,
                            id,
                            v)
                    .orElseThrow(() -> Refused.notFound(kind + " '" + id + "' version " + v));
        });
    }

    /** Whether {@code id} exists and the actor may read it (its sharing only; no files are read). */
    public boolean readable(Principal actor, String id) {
        return store.inTransaction(
                c -> sharing(c, id).map(s -> s.readableBy(actor)).orElse(false));
    }

    /** The latest version of everything the actor may read, without file contents, by id. */
    public List<Stored> list(Principal actor) {
        return store.inTransaction(c -> {
            List<Stored> out = new ArrayList<>();
            for (String id :
                    Jdbc.list(c, "SELECT id FROM objects WHERE kind = ? ORDER BY id", r -> r.getString(1), kind)) {
                Sharing sharing = sharing(c, id).orElseThrow();
                if (sharing.readableBy(actor)) {
                    int latest = latest(c, id);
                    out.add(new Stored(id, latest, latest, sharing, Map.of(), sharing.owner(), null));
                }
            }
            return out;
        });
    }

    private Stored writeVersion(
            Connection c,
            Principal actor,
            String id,
            int version,
            Map<String, String> files,
            Instant now,
            String action)
            throws SQLException {
        Jdbc.update(
                c,
                "INSERT INTO object_versions (kind, id, version, created_by, created_at) VALUES (?, ?, ?, ?, ?)",
                kind,
                id,
                version,
                actor.name(),
                now);
        for (Map.Entry<String, String> file : files.entrySet()) {
            Jdbc.update(
                    c,
                    "INSERT INTO object_files (kind, id, version, path, content) VALUES (?, ?, ?, ?, ?)",
                    kind,
                    id,
                    version,
                    file.getKey(),
                    file.getValue());
        }
        AuditLog.record(
                c, now, actor.name(), kind + "." + action, kind + ":" + id + "/" + version, files.size() + " file(s)");
        return new Stored(id, version, version, sharing(c, id).orElseThrow(), files, actor.name(), now);
    }

    private Sharing readable(Connection c, Principal actor, String id) throws SQLException {
        Sharing sharing = sharing(c, id).orElseThrow(() -> Refused.notFound(kind + " '" + id + "'"));
        if (!sharing.readableBy(actor)) {
            throw new Refused(
                    Refused.Reason.FORBIDDEN, kind + " '" + id + "' is not shared with user '" + actor.name() + "'");
        }
        return sharing;
    }

    private Sharing writable(Connection c, Principal actor, String id) throws SQLException {
        Sharing sharing = readable(c, actor, id);
        if (!sharing.writableBy(actor)) {
            throw new Refused(
                    Refused.Reason.FORBIDDEN,
                    kind + " '" + id + "' belongs to '" + sharing.owner()
                            + "'; only its owner or an admin may change it");
        }
        return sharing;
    }

    private Optional<Sharing> sharing(Connection c, String id) throws SQLException {
        Optional<String[]> row = Jdbc.first(
                c,
                "SELECT owner, visibility, share_group FROM objects WHERE kind = ? AND id = ?",
                r -> new String[] {r.getString(1), r.getString(2), r.getString(3)},
                kind,
                id);
        if (row.isEmpty()) {
            return Optional.empty();
        }
        var users = new HashSet<>(Jdbc.list(
                c, "SELECT user_name FROM object_shares WHERE kind = ? AND id = ?", r -> r.getString(1), kind, id));
        String[] r = row.get();
        return Optional.of(new Sharing(r[0], Visibility.parse(r[1]), users, Optional.ofNullable(r[2])));
    }

    private int latest(Connection c, String id) throws SQLException {
        return Jdbc.first(
                        c,
                        "SELECT MAX(version) FROM object_versions WHERE kind = ? AND id = ?",
                        r -> r.getInt(1),
                        kind,
                        id)
                .orElse(0);
    }

    private void requireAnalyst(Principal actor) {
        if (!actor.can(Role.ANALYST)) {
            throw new Refused(
                    Refused.Reason.FORBIDDEN,
                    "user '" + actor.name() + "' is a " + actor.role().key() + "; creating or changing a " + kind
                            + " needs the analyst or admin role");
        }
    }

    private void checkId(String id) {
        if (id == null || !ID.matcher(id).matches()) {
            throw new IllegalArgumentException(
                    "id '" + id + "' is not allowed; expected 1-100 characters of a-z, 0-9, '.', '_', '-'");
        }
    }
}
