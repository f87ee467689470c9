package org.lodestone.store;

import java.sql.Connection;
import java.sql.SQLException;
import java.time.Clock;
import org.lodestone.store.access.Tokens;
import org.lodestone.store.access.Users;
import org.lodestone.store.audit.AuditLog;
import org.lodestone.store.library.Library;
import org.lodestone.store.migration.Migrator;
import org.lodestone.store.run.Runs;

/**
 * The persistent store: opens DuckDB or PostgreSQL, applies pending migrations, and gives the
 * repositories of each concept. Every change runs in one transaction that also writes its audit
 * entry, so a crash leaves either all of a change or none of it.
 */
public final class Store implements AutoCloseable {

    /** Work done inside one transaction. */
    @FunctionalInterface
    public interface Work<T> {
        T apply(Connection c) throws SQLException;
    }

    private final StoreUrl url;
    private final Connections connections;
    private final Clock clock;

    private Store(StoreUrl url, Connections connections, Clock clock) {
        this.url = url;
        this.connections = connections;
        this.clock = clock;
    }

    /**
     * Opens the store and migrates its schema to the latest version.
     *
     * @throws StoreException if the database cannot be reached or a migration fails
     */
    public static Store open(StoreUrl url) {
        return open(url, Clock.systemUTC());
    }

    /** As {@link #open(StoreUrl)}, with the clock that stamps rows. */
    public static Store open(StoreUrl url, Clock clock) {
        Store store = new Store(url, Connections.open(url, 8), clock);
        try {
            store.inTransaction(c -> Migrator.migrate(c, url.kind()));
            return store;
        } catch (RuntimeException e) {
            store.close();
            throw e;
        }
    }

    public StoreUrl url() {
        return url;
    }

    public Clock clock() {
        return clock;
    }

    /**
     * Runs {@code work} in one transaction: committed when it returns, rolled back when it throws.
     *
     * @throws StoreUnavailable when no connection can be had within the bounded wait, or it broke
     * @throws StoreException   wrapping any other SQL error
     */
    public <T> T inTransaction(Work<T> work) {
        try (Connection c = connect()) {
            c.setAutoCommit(false);
            try {
                T result = work.apply(c);
                c.commit();
                return result;
            } catch (SQLException e) {
                c.rollback();
                throw failure(e);
            } catch (RuntimeException e) {
                c.rollback();
                throw e;
            }
        } catch (SQLException e) {
            throw failure(e);
        }
    }

    /** Whether the database answers now (for {@code /health}); never throws. */
    public boolean available() {
        try {
            return inTransaction(c -> Jdbc.first(c, "SELECT 1", r -> r.getInt(1)))
                    .isPresent();
        } catch (RuntimeException e) {
            return false;
        }
    }

    private Connection connect() {
        try {
            return connections.get();
        } catch (SQLException e) {
            throw new StoreUnavailable(
                    "the store at " + url.display() + " cannot be reached: " + url.redact(e.getMessage()), e);
        }
    }

    /** SQL state class 08 is a connection exception: the server went away mid-transaction. */
    private RuntimeException failure(SQLException e) {
        String message = url.redact(e.getMessage());
        if (e.getSQLState() != null && e.getSQLState().startsWith("08")) {
            return new StoreUnavailable("the store at " + url.display() + " went away: " + message, e);
        }
        return new StoreException("store operation failed on " + url.display() + ": " + message, e);
    }

    public Users users() {
        return new Users(this);
    }

    public Tokens tokens() {
        return new Tokens(this);
    }

    /** Uploaded dataset folders, versioned. */
    public Library datasets() {
        return new Library(this, "dataset");
    }

    /** Scenario YAML files, versioned. */
    public Library scenarios() {
        return new Library(this, "scenario");
    }

    public Runs runs() {
        return new Runs(this);
    }

    public AuditLog audit() {
        return new AuditLog(this);
    }

    @Override
    public void close() {
        connections.close();
    }
}
