package org.lodestone.store;

import com.zaxxer.hikari.HikariConfig;
import com.zaxxer.hikari.HikariDataSource;
import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.SQLException;
import org.duckdb.DuckDBConnection;

/**
 * Where connections come from. DuckDB allows one process per database file, so the store holds one
 * connection and hands out duplicates of it (each its own transaction); PostgreSQL gets a pool.
 */
interface Connections extends AutoCloseable {

    Connection get() throws SQLException;

    @Override
    void close();

    static Connections open(StoreUrl url, int poolSize) {
        try {
            return url.kind() == StoreUrl.Kind.DUCKDB ? new Duck(url) : new Pooled(url, poolSize);
        } catch (SQLException e) {
            throw new StoreException("cannot open the store at " + url.display() + ": " + e.getMessage(), e);
        }
    }

    /** One embedded DuckDB database. */
    final class Duck implements Connections {
        private final DuckDBConnection root;

        Duck(StoreUrl url) throws SQLException {
            root = (DuckDBConnection) DriverManager.getConnection(url.jdbcUrl());
        }

        @Override
        public Connection get() throws SQLException {
            return root.duplicate();
        }

        @Override
        public void close() {
            try {
                root.close();
            } catch (SQLException e) {
                throw new StoreException("cannot close the DuckDB store", e);
            }
        }
    }

    /** A small Hikari pool to a PostgreSQL server. */
    final class Pooled implements Connections {
        private final HikariDataSource pool;

        Pooled(StoreUrl url, int poolSize) {
            HikariConfig config = new HikariConfig();
            config.setJdbcUrl(url.jdbcUrl());
            if (!url.user().isEmpty()) {
                config.setUsername(url.user());
                config.setPassword(url.password());
            }
            config.setMaximumPoolSize(poolSize);
            config.setPoolName("lodestone-store");
            config.setInitializationFailTimeout(10_000);
            pool = new HikariDataSource(config);
        }

        @Override
        public Connection get() throws SQLException {
            return pool.getConnection();
        }

        @Override
        public void close() {
            pool.close();
        }
    }
}
