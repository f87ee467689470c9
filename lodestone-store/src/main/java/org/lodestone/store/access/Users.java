package org.lodestone.store.access;

import java.sql.Connection;
import java.sql.SQLException;
import java.time.Instant;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import java.util.regex.Pattern;
import org.lodestone.store.Jdbc;
import org.lodestone.store.Refused;
import org.lodestone.store.Store;
import org.lodestone.store.audit.AuditLog;

/** Users, their role and their groups. */
public final class Users {

    /** Names users may have: they appear in URLs and audit entries. */
    public static final Pattern NAME = Pattern.compile("[a-z0-9][a-z0-9._-]{0,63}");

    private final Store store;

    public Users(Store store) {
        this.store = store;
    }

    /**
     * Creates or updates a user (role and groups replaced).
     *
     * @throws IllegalArgumentException for a name outside {@link #NAME}
     */
    public Principal save(String actor, String name, Role role, Set<String> groups) {
        checkName("user", name);
        groups.forEach(g -> checkName("group", g));
        return store.inTransaction(c -> {
            boolean exists = find(c, name).isPresent();
            if (exists) {
                Jdbc.update(c, "UPDATE users SET role = ? WHERE name = ?", role.key(), name);
                Jdbc.update(c, "DELETE FROM user_groups WHERE user_name = ?", name);
            } else {
                Jdbc.update(
                        c,
                        "INSERT INTO users (name, role, created_at) VALUES (?, ?, ?)",
                        name,
                        role.key(),
                        store.clock().instant());
            }
            for (String group : groups) {
                Jdbc.update(c, "INSERT INTO user_groups (user_name, group_name) VALUES (?, ?)", name, group);
            }
            AuditLog.record(
                    c,
                    store.clock().instant(),
                    actor,
                    exists ? "user.update" : "user.create",
                    "user:" + name,
                    "role=" + role.key() + " groups=" + groups);
            return new Principal(name, role, groups);
        });
    }

    /**
     * Disables a user (none of their tokens work while disabled) or enables them again.
     *
     * @throws Refused NOT_FOUND for an unknown user
     */
    public void setDisabled(String actor, String name, boolean disabled) {
        store.inTransaction(c -> {
            Instant now = store.clock().instant();
            if (Jdbc.update(c, "UPDATE users SET disabled_at = ? WHERE name = ?", disabled ? now : null, name) == 0) {
                throw Refused.notFound("user '" + name + "'");
            }
            AuditLog.record(c, now, actor, disabled ? "user.disable" : "user.enable", "user:" + name, "");
            return null;
        });
    }

    /** The names of the disabled users. */
    public Set<String> disabled() {
        return store.inTransaction(c -> new HashSet<>(
                Jdbc.list(c, "SELECT name FROM users WHERE disabled_at IS NOT NULL", r -> r.getString(1))));
    }

    static boolean disabled(Connection c, String name) throws SQLException {
        return Jdbc.first(c, "SELECT name FROM users WHERE name = ? AND disabled_at IS NOT NULL", r -> true, name)
                .isPresent();
    }

    public Optional<Principal> find(String name) {
        return store.inTransaction(c -> find(c, name));
    }

    public List<Principal> list() {
        return store.inTransaction(c -> {
            List<String> names = Jdbc.list(c, "SELECT name FROM users ORDER BY name", r -> r.getString(1));
            List<Principal> out = new ArrayList<>();
            for (String n : names) {
                find(c, n).ifPresent(out::add);
            }
            return out;
        });
    }

    static Optional<Principal> find(Connection c, String name) throws SQLException {
        Optional<Role> role =
                Jdbc.first(c, "SELECT role FROM users WHERE name = ?", r -> Role.parse(r.getString(1)), name);
        if (role.isEmpty()) {
            return Optional.empty();
        }
        Set<String> groups = new HashSet<>(
                Jdbc.list(c, "SELECT group_name FROM user_groups WHERE user_name = ?", r -> r.getString(1), name));
        return Optional.of(new Principal(name, role.get(), groups));
    }

    static void checkName(String what, String name) {
        if (name == null || !NAME.matcher(name).matches()) {
            throw new IllegalArgumentException(
                    what + " name '" + name + "' is not allowed; expected 1-64 characters of a-z, 0-9, '.', '_', '-'"
                            + ", starting with a letter or digit");
        }
    }
}
