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
     * @throws StoreException wrapping any SQL error
     */
    public <T> T inTransaction(Work<T> work) {
        try (Connection c = connections.get()) {
            c.setAutoCommit(false);
            try {
                T result = work.apply(c);
                c.commit();
                return result;
            } catch (SQLException | RuntimeException e) {
                c.rollback();
                throw e instanceof RuntimeException r
                        ? r
                        : new StoreException("store operation failed: " + e.getMessage(), e);
            }
        } catch (SQLException e) {
            throw new StoreException("store operation failed on " + url.display() + ": " + e.getMessage(), e);
        }
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
