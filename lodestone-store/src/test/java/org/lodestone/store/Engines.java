package org.lodestone.store;

import static org.assertj.core.api.Assertions.fail;

import java.nio.file.Path;
import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.SQLException;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.UUID;
import org.junit.jupiter.params.provider.Arguments;

/**
 * The engines a store test runs on: DuckDB always, PostgreSQL when {@code LODESTONE_TEST_POSTGRES}
 * holds a server URL ({@code postgresql://user:password@host:port/database}). Without it the
 * PostgreSQL cases are left out, unless {@code LODESTONE_REQUIRE_POSTGRES=1} (as in CI), which
 * makes that a failure.
 */
public final class Engines {

    /** The environment variable holding the test server's URL. */
    public static final String POSTGRES = "LODESTONE_TEST_POSTGRES";

    private Engines() {}

    /** One argument per engine: a factory of fresh, empty store URLs. */
    public static List<Arguments> all() {
        List<Arguments> engines = new ArrayList<>();
        engines.add(Arguments.of("duckdb"));
        postgresUrl().ifPresent(url -> engines.add(Arguments.of("postgresql")));
        return engines;
    }

    /** A fresh empty store of {@code engine}: a new DuckDB file in {@code dir}, or a new PostgreSQL schema. */
    public static StoreUrl fresh(String engine, Path dir) {
        return StoreUrl.parse(freshText(engine, dir));
    }

    /** As {@link #fresh}, as it would be typed after {@code --db}. */
    public static String freshText(String engine, Path dir) {
        if (engine.equals("duckdb")) {
            return dir.resolve("store-" + UUID.randomUUID() + ".duckdb").toString();
        }
        String base = postgresUrl().orElseThrow();
        String schema = "t_"
                + UUID.randomUUID().toString().replace("-", "").substring(0, 16).toLowerCase(Locale.ROOT);
        StoreUrl root = StoreUrl.parse(base);
        try (Connection c = DriverManager.getConnection(root.jdbcUrl(), root.user(), root.password())) {
            c.createStatement().execute("CREATE SCHEMA " + schema);
        } catch (SQLException e) {
            throw new IllegalStateException(
                    "cannot create a test schema on " + root.display() + ": " + e.getMessage(), e);
        }
        return base + (base.contains("?") ? "&" : "?") + "currentSchema=" + schema;
    }

    /** The test server's URL, failing when it is required but absent. */
    public static java.util.Optional<String> postgresUrl() {
        String url = System.getenv(POSTGRES);
        if ((url == null || url.isBlank()) && "1".equals(System.getenv("LODESTONE_REQUIRE_POSTGRES"))) {
            fail(
                    POSTGRES
                            + " is not set but LODESTONE_REQUIRE_POSTGRES=1; start PostgreSQL and export its URL (see .ci/run)");
        }
        return url == null || url.isBlank() ? java.util.Optional.empty() : java.util.Optional.of(url);
    }
}
