package org.lodestone.store;

import java.net.URI;
import java.net.URLDecoder;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.util.Objects;

/**
 * Where a store lives: a DuckDB file (any path, or {@code duckdb:PATH}) or a PostgreSQL server
 * ({@code postgresql://user:password@host:port/database?param=value}).
 *
 * @param kind     the database engine
 * @param jdbcUrl  the JDBC URL, without credentials
 * @param user     PostgreSQL user, empty for DuckDB or when the URL names none
 * @param password PostgreSQL password, empty when none
 */
public record StoreUrl(Kind kind, String jdbcUrl, String user, String password) {

    /** The file name of the embedded store when no {@code --db} is given. */
    public static final String DEFAULT_FILE = "lodestone.duckdb";

    /** The two supported engines. */
    public enum Kind {
        DUCKDB,
        POSTGRESQL
    }

    public StoreUrl {
        Objects.requireNonNull(kind, "kind");
        Objects.requireNonNull(jdbcUrl, "jdbcUrl");
        user = user == null ? "" : user;
        password = password == null ? "" : password;
    }

    /** The embedded store in {@code workingDir}. */
    public static StoreUrl defaultIn(Path workingDir) {
        return duckdb(workingDir.resolve(DEFAULT_FILE));
    }

    /** A DuckDB file. */
    public static StoreUrl duckdb(Path file) {
        return new StoreUrl(Kind.DUCKDB, "jdbc:duckdb:" + file.toAbsolutePath().normalize(), "", "");
    }

    /**
     * Parses what a user typed after {@code --db}.
     *
     * @throws IllegalArgumentException naming the value and the accepted forms
     */
    public static StoreUrl parse(String text) {
        if (text == null || text.isBlank()) {
            throw new IllegalArgumentException(
                    "--db is empty; expected a DuckDB file path or postgresql://user:password@host:port/database");
        }
        if (text.startsWith("postgresql://") || text.startsWith("postgres://")) {
            return postgres(URI.create(text));
        }
        if (text.startsWith("jdbc:")) {
            throw new IllegalArgumentException("--db '" + text
                    + "' is a JDBC URL; expected a file path or postgresql://… Maybe drop the jdbc: prefix");
        }
        return duckdb(Path.of(text.startsWith("duckdb:") ? text.substring("duckdb:".length()) : text));
    }

    private static StoreUrl postgres(URI uri) {
        if (uri.getHost() == null || uri.getPath() == null || uri.getPath().length() <= 1) {
            throw new IllegalArgumentException("--db '" + uri
                    + "' names no host or database; expected postgresql://user:password@host:port/database");
        }
        String user = "";
        String password = "";
        if (uri.getRawUserInfo() != null) {
            String[] parts = uri.getRawUserInfo().split(":", 2);
            user = decode(parts[0]);
            password = parts.length > 1 ? decode(parts[1]) : "";
        }
        String port = uri.getPort() > 0 ? ":" + uri.getPort() : "";
        String query = uri.getRawQuery() == null ? "" : "?" + uri.getRawQuery();
        return new StoreUrl(
                Kind.POSTGRESQL,
                "jdbc:postgresql://" + uri.getHost() + port + uri.getRawPath() + query,
                user,
                password);
    }

    private static String decode(String text) {
        return URLDecoder.decode(text, StandardCharsets.UTF_8);
    }

    /** The URL without credentials, for messages and logs. */
    public String display() {
        return jdbcUrl;
    }
}
