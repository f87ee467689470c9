package org.lodestone.store.migration;

import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.sql.Connection;
import java.sql.SQLException;
import java.sql.Statement;
import java.time.Instant;
import java.util.ArrayList;
import java.util.HexFormat;
import java.util.List;
import java.util.Map;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.lodestone.store.Jdbc;
import org.lodestone.store.StoreException;
import org.lodestone.store.StoreUrl;

/**
 * Applies the versioned SQL migrations listed in {@code migrations.txt}, in order, each once,
 * recording version and checksum in {@code schema_version} (Flyway's model; Flyway 13 has no
 * DuckDB support, so this small runner serves both engines). An applied migration whose file
 * changed is an error: migrations are append-only.
 */
public final class Migrator {

    private static final Pattern NAME = Pattern.compile("V(\\d+)__(\\w+)\\.sql");
    private static final Map<StoreUrl.Kind, Map<String, String>> TYPES = Map.of(
            StoreUrl.Kind.DUCKDB, Map.of("${bytes}", "BLOB"),
            StoreUrl.Kind.POSTGRESQL, Map.of("${bytes}", "BYTEA"));

    /** One migration file. */
    public record Migration(int version, String description, String sql, String checksum) {}

    private Migrator() {}

    /**
     * Brings the schema to the latest version inside the caller's transaction.
     *
     * @return the versions applied now (empty when the schema was current)
     */
    public static List<Integer> migrate(Connection c, StoreUrl.Kind kind) throws SQLException {
        Jdbc.update(
                c,
                "CREATE TABLE IF NOT EXISTS schema_version (version INTEGER PRIMARY KEY, description VARCHAR(200) NOT NULL, "
                        + "checksum VARCHAR(64) NOT NULL, applied_at TIMESTAMP NOT NULL)");
        if (kind == StoreUrl.Kind.POSTGRESQL) {
            Jdbc.update(c, "LOCK TABLE schema_version IN EXCLUSIVE MODE");
        }
        Map<Integer, String> applied = new java.util.HashMap<>();
        Jdbc.list(c, "SELECT version, checksum FROM schema_version", r -> applied.put(r.getInt(1), r.getString(2)));
        List<Integer> now = new ArrayList<>();
        for (Migration m : migrations()) {
            String checksum = applied.get(m.version());
            if (checksum != null) {
                if (!checksum.equals(m.checksum())) {
                    throw new StoreException("migration V" + m.version() + " (" + m.description()
                            + ") was changed after it was applied; " + "expected checksum " + checksum
                            + ". Maybe add a new migration instead of editing an applied one");
                }
                continue;
            }
            apply(c, kind, m);
            now.add(m.version());
        }
        return now;
    }

    private static void apply(Connection c, StoreUrl.Kind kind, Migration m) throws SQLException {
        String sql = m.sql();
        for (Map.Entry<String, String> type : TYPES.get(kind).entrySet()) {
            sql = sql.replace(type.getKey(), type.getValue());
        }
        try (Statement s = c.createStatement()) {
            for (String statement : sql.split(";\\s*(\\n|$)")) {
                if (!statement.isBlank()) {
                    s.execute(statement);
                }
            }
        }
        Jdbc.update(
                c,
                "INSERT INTO schema_version (version, description, checksum, applied_at) VALUES (?, ?, ?, ?)",
                m.version(),
                m.description(),
                m.checksum(),
                Instant.now());
    }

    /** Every migration shipped, by version. */
    public static List<Migration> migrations() {
        List<Migration> out = new ArrayList<>();
        for (String file : resource("migrations.txt").split("\\R")) {
            if (file.isBlank()) {
                continue;
            }
            Matcher name = NAME.matcher(file.strip());
            if (!name.matches()) {
                throw new StoreException(
                        "migration file name '" + file + "' does not match V<version>__<description>.sql");
            }
            String sql = resource(file.strip());
            out.add(new Migration(Integer.parseInt(name.group(1)), name.group(2).replace('_', ' '), sql, sha256(sql)));
        }
        return out;
    }

    private static String resource(String name) {
        try (InputStream in = Migrator.class.getResourceAsStream(name)) {
            if (in == null) {
                throw new StoreException("migration resource " + name + " is missing from the jar");
            }
            return new String(in.readAllBytes(), StandardCharsets.UTF_8);
        } catch (IOException e) {
            throw new StoreException("cannot read migration resource " + name, e);
        }
    }

    private static String sha256(String text) {
        try {
            return HexFormat.of()
                    .formatHex(MessageDigest.getInstance("SHA-256").digest(text.getBytes(StandardCharsets.UTF_8)));
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException("SHA-256 is missing from this JDK", e);
        }
    }
}
