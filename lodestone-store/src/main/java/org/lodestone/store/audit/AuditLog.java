package org.lodestone.store.audit;

import java.sql.Connection;
import java.sql.SQLException;
import java.time.Instant;
import java.util.List;
import org.lodestone.store.Jdbc;
import org.lodestone.store.Store;

/** Who ran or changed what: one entry per change, written in the change's own transaction. */
public final class AuditLog {

    /**
     * One entry.
     *
     * @param at     when
     * @param actor  the user who acted
     * @param action what was done, e.g. {@code scenario.create}
     * @param object the thing acted on, e.g. {@code scenario:ree/2}
     * @param detail free text
     */
    public record Entry(long id, Instant at, String actor, String action, String object, String detail) {}

    private final Store store;

    public AuditLog(Store store) {
        this.store = store;
    }

    /** Appends an entry inside the caller's transaction. */
    public static void record(Connection c, Instant at, String actor, String action, String object, String detail)
            throws SQLException {
        Jdbc.update(
                c,
                "INSERT INTO audit_log (occurred_at, actor, action, object, detail) VALUES (?, ?, ?, ?, ?)",
                at,
                actor,
                action,
                object,
                detail);
    }

    /** Appends an entry in a transaction of its own (for what changes nothing else: refused logins and requests). */
    public void append(String actor, String action, String object, String detail) {
        store.inTransaction(c -> {
            record(c, store.clock().instant(), actor, action, object, detail);
            return null;
        });
    }

    /** The latest {@code limit} entries, newest first. */
    public List<Entry> latest(int limit) {
        return before(Long.MAX_VALUE, limit);
    }

    /** Up to {@code limit} entries with ids below {@code before}, newest first (a page of the log). */
    public List<Entry> before(long before, int limit) {
        return store.inTransaction(c -> Jdbc.list(
                c,
                "SELECT id, occurred_at, actor, action, object, detail FROM audit_log WHERE id < ? "
                        + "ORDER BY id DESC LIMIT ?",
                r -> new Entry(
                        r.getLong("id"),
                        Jdbc.instant(r, "occurred_at"),
                        r.getString("actor"),
                        r.getString("action"),
                        r.getString("object"),
                        r.getString("detail")),
                before,
                limit));
    }
}
