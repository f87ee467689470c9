package org.lodestone.store;

import com.zaxxer.hikari.HikariConfig;
import com.zaxxer.hikari.HikariDataSource;
import java.io.IOException;
import java.lang.reflect.InvocationTargetException;
import java.lang.reflect.Proxy;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.attribute.PosixFileAttributeView;
import java.nio.file.attribute.PosixFilePermissions;
import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.SQLException;
import java.util.List;
import java.util.concurrent.ArrayBlockingQueue;
import java.util.concurrent.BlockingQueue;
import org.duckdb.DuckDBConnection;

/**
 * Where connections come from. DuckDB allows one process per database file, so the store holds one
 * connection and hands out duplicates of it (each its own transaction); PostgreSQL gets a pool.
 */
interface Connections extends AutoCloseable {

    Connection get() throws SQLException;

    @Override
    void close();

    /** How long a request waits for a connection before the store counts as unavailable. */
    long CONNECT_WAIT_MILLIS = 5_000;

    static Connections open(StoreUrl url, int poolSize) {
        try {
            return url.kind() == StoreUrl.Kind.DUCKDB ? new Duck(url) : new Pooled(url, poolSize);
        } catch (SQLException | RuntimeException e) {
            throw new StoreUnavailable(
                    "cannot open the store at " + url.display() + ": " + url.redact(e.getMessage()), e);
        }
    }

    /**
     * One embedded DuckDB database. Duplicates of the root connection are kept for reuse (opening
     * one per request costs milliseconds); a handed-out connection goes back to the idle list
     * when closed.
     */
    final class Duck implements Connections {
        private static final int IDLE = 16;

        private final DuckDBConnection root;
        private final BlockingQueue<Connection> idle = new ArrayBlockingQueue<>(IDLE);
        private volatile boolean closed;

        Duck(StoreUrl url) throws SQLException {
            root = (DuckDBConnection) DriverManager.getConnection(url.jdbcUrl());
            ownerOnly(Path.of(url.jdbcUrl().substring("jdbc:duckdb:".length())));
        }

        /** The database holds token hashes and private datasets: readable and writable by its owner only. */
        private static void ownerOnly(Path file) {
            for (Path p : List.of(file, Path.of(file + ".wal"))) {
                try {
                    if (Files.exists(p)
                            && Files.getFileStore(p).supportsFileAttributeView(PosixFileAttributeView.class)) {
                        Files.setPosixFilePermissions(p, PosixFilePermissions.fromString("rw-------"));
                    }
                } catch (IOException e) {
                    throw new StoreException("cannot make the DuckDB file readable by its owner only", e);
                }
            }
        }

        @Override
        public Connection get() throws SQLException {
            if (closed) {
                throw new SQLException("the DuckDB store is closed", "08003");
            }
            Connection c = idle.poll();
            Connection real = c != null ? c : root.duplicate();
            return (Connection) Proxy.newProxyInstance(
                    Connection.class.getClassLoader(), new Class<?>[] {Connection.class}, (proxy, method, args) -> {
                        if (method.getName().equals("close") && method.getParameterCount() == 0) {
                            release(real);
                            return null;
                        }
                        try {
                            return method.invoke(real, args);
                        } catch (InvocationTargetException e) {
                            throw e.getCause();
                        }
                    });
        }

        private void release(Connection real) throws SQLException {
            if (!real.getAutoCommit()) {
                real.rollback();
                real.setAutoCommit(true);
            }
            if (!idle.offer(real)) {
                real.close();
            }
        }

        @Override
        public void close() {
            closed = true;
            try {
                for (Connection c = idle.poll(); c != null; c = idle.poll()) {
                    c.close();
                }
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
            config.setInitializationFailTimeout(CONNECT_WAIT_MILLIS);
            config.setConnectionTimeout(CONNECT_WAIT_MILLIS);
            config.setValidationTimeout(CONNECT_WAIT_MILLIS / 2);
            // The driver's own TCP connect wait (seconds), so a silent host cannot outlast the pool's.
            config.addDataSourceProperty("connectTimeout", String.valueOf(CONNECT_WAIT_MILLIS / 1000));
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
