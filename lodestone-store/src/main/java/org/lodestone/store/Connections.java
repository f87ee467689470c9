package org.lodestone.store;

import com.zaxxer.hikari.HikariConfig;
import com.zaxxer.hikari.HikariDataSource;
import java.lang.reflect.InvocationTargetException;
import java.lang.reflect.Proxy;
import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.SQLException;
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

    static Connections open(StoreUrl url, int poolSize) {
        try {
            return url.kind() == StoreUrl.Kind.DUCKDB ? new Duck(url) : new Pooled(url, poolSize);
        } catch (SQLException e) {
            throw new StoreException("cannot open the store at " + url.display() + ": " + e.getMessage(), e);
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

        Duck(StoreUrl url) throws SQLException {
            root = (DuckDBConnection) DriverManager.getConnection(url.jdbcUrl());
        }

        @Override
        public Connection get() throws SQLException {
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
