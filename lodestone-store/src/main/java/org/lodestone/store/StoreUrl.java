package org.lodestone.store;

import java.net.URI;
import java.net.URLDecoder;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Objects;
import java.util.regex.Pattern;

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

    private static final Pattern SECRET_PARAM =
            Pattern.compile("(?i)([?&;](?:[a-z]*(?:password|passwd|pwd|secret|token|key)[a-z]*)=)[^&;#\\s]*");

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
        List<String> kept = new ArrayList<>();
        for (String param :
                uri.getRawQuery() == null ? new String[0] : uri.getRawQuery().split("&")) {
            String[] kv = param.split("=", 2);
            String value = kv.length > 1 ? decode(kv[1]) : "";
            if (kv[0].equals("user")) {
                user = user.isEmpty() ? value : user;
            } else if (kv[0].equals("password")) {
                password = password.isEmpty() ? value : password;
            } else if (!param.isEmpty()) {
                kept.add(param);
            }
        }
        String port = uri.getPort() > 0 ? ":" + uri.getPort() : "";
        String query = kept.isEmpty() ? "" : "?" + String.join("&", kept);
        return new StoreUrl(
                Kind.POSTGRESQL,
                "jdbc:postgresql://" + uri.getHost() + port + uri.getRawPath() + query,
                user,
                password);
    }

    private static String decode(String text) {
        return URLDecoder.decode(text, StandardCharsets.UTF_8);
    }

    /**
     * The URL without credentials, for messages and logs: the user and password never appear, nor
     * the value of any other parameter whose name suggests a secret (such as {@code sslpassword}).
     */
    public String display() {
        return SECRET_PARAM.matcher(jdbcUrl).replaceAll("$1***");
    }

    /** {@code text} (a driver's message, say) with the password replaced, should the driver have echoed it. */
    public String redact(String text) {
        if (text == null) {
            return "";
        }
        String out = password.isEmpty() ? text : text.replace(password, "***");
        return SECRET_PARAM.matcher(out).replaceAll("$1***");
    }

    /** Never prints the password (a record's own toString would). */
    @Override
    public String toString() {
        return display();
    }
}
