package org.lodestone.store;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.nio.file.Path;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.time.ZoneId;
import java.time.ZoneOffset;
import java.util.List;
import java.util.Set;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;
import org.lodestone.store.access.Principal;
import org.lodestone.store.access.Role;
import org.lodestone.store.access.TokenInfo;
import org.lodestone.store.access.Tokens;

/**
 * Issue 17, finding 2: tokens expire, carry their own role (never above their user's), can be
 * revoked by id and listed without secrets; disabled users' tokens stop working. On DuckDB and,
 * when configured, PostgreSQL.
 */
class TokenLifecycleIT {

    @TempDir
    Path dir;

    private final MovableClock clock = new MovableClock(Instant.parse("2026-06-01T12:00:00Z"));

    static List<Arguments> engines() {
        return Engines.all();
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource("engines")
    void aTokenActsWithItsOwnRoleNeverAboveItsUsers(String engine) {
        try (Store store = Store.open(Engines.fresh(engine, dir), clock)) {
            store.tokens().create("test", "analyst-b", Role.ANALYST, "first");
            String viewer = store.tokens().create("root", "analyst-b", Role.VIEWER, "read only");
            assertThat(store.tokens().authenticate(viewer))
                    .get()
                    .extracting(Principal::role)
                    .isEqualTo(Role.VIEWER);
            assertThatThrownBy(() -> store.tokens().create("root", "analyst-b", Role.ADMIN, "escalate"))
                    .isInstanceOf(IllegalArgumentException.class)
                    .hasMessageStartingWith("role 'admin' is above user 'analyst-b''s role analyst");

            String analyst = store.tokens().create("root", "analyst-b", Role.ANALYST, "full");
            store.users().save("root", "analyst-b", Role.VIEWER, Set.of());
            assertThat(store.tokens().authenticate(analyst))
                    .as("lowering the user lowers every token at once")
                    .get()
                    .extracting(Principal::role)
                    .isEqualTo(Role.VIEWER);
        }
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource("engines")
    void tokensExpireAfterTheirLifetimeWhichIsBounded(String engine) {
        try (Store store = Store.open(Engines.fresh(engine, dir), clock)) {
            Tokens.Created day = store.tokens().create("root", "ana", Role.ANALYST, "a day", Duration.ofDays(1));
            String standard = store.tokens().create("root", "ana", Role.ANALYST, "default");
            assertThat(day.info().expiresAt()).isEqualTo(Instant.parse("2026-06-02T12:00:00Z"));

            clock.now = Instant.parse("2026-06-02T11:59:59Z");
            assertThat(store.tokens().authenticate(day.secret())).isPresent();
            clock.now = Instant.parse("2026-06-02T12:00:00Z");
            assertThat(store.tokens().authenticate(day.secret())).isEmpty();
            assertThat(store.tokens().authenticate(standard))
                    .as("30 days by default")
                    .isPresent();
            clock.now = Instant.parse("2026-07-01T12:00:00Z");
            assertThat(store.tokens().authenticate(standard)).isEmpty();

            assertThatThrownBy(() -> store.tokens().create("root", "ana", Role.ANALYST, "x", Duration.ofDays(366)))
                    .hasMessageContaining("lifetime 366 days is outside 1 to 365 days");
        }
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource("engines")
    void aRevokedTokenStopsAndTheListHoldsNoSecret(String engine) {
        try (Store store = Store.open(Engines.fresh(engine, dir), clock)) {
            Tokens.Created kept = store.tokens().create("root", "ana", Role.ANALYST, "kept", Duration.ofDays(7));
            Tokens.Created gone = store.tokens().create("root", "ana", Role.ANALYST, "gone", Duration.ofDays(7));

            TokenInfo revoked = store.tokens().revoke("root", gone.info().id());

            assertThat(revoked.revokedAt()).contains(clock.now);
            assertThat(store.tokens().authenticate(gone.secret())).isEmpty();
            assertThat(store.tokens().authenticate(kept.secret())).isPresent();
            List<TokenInfo> listed = store.tokens().list();
            assertThat(listed)
                    .extracting(TokenInfo::id)
                    .containsExactlyInAnyOrder(kept.info().id(), gone.info().id());
            assertThat(listed.toString()).doesNotContain(kept.secret()).doesNotContain(gone.secret());
            assertThatThrownBy(() -> store.tokens().revoke("root", "tok_unknown"))
                    .isInstanceOf(Refused.class)
                    .hasMessageContaining("token 'tok_unknown' does not exist");
            assertThat(store.audit().latest(10))
                    .anySatisfy(e -> assertThat(e.action()).isEqualTo("token.revoke"));
        }
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource("engines")
    void aDisabledUsersTokensStopUntilEnabled(String engine) {
        try (Store store = Store.open(Engines.fresh(engine, dir), clock)) {
            String token = store.tokens().create("root", "ana", Role.ANALYST, "t");
            store.users().setDisabled("root", "ana", true);
            assertThat(store.tokens().authenticate(token)).isEmpty();
            assertThat(store.users().disabled()).containsExactly("ana");
            assertThatThrownBy(() -> store.tokens().create("root", "ana", Role.VIEWER, "t2"))
                    .hasMessageContaining("user 'ana' is disabled");
            store.users().setDisabled("root", "ana", false);
            assertThat(store.tokens().authenticate(token)).isPresent();
            assertThatThrownBy(() -> store.users().setDisabled("root", "nobody", true))
                    .isInstanceOf(Refused.class);
        }
    }

    /** A token made under schema version 1 keeps working after migration 2, with its user's role. */
    @ParameterizedTest(name = "{0}")
    @MethodSource("engines")
    void migrationTwoKeepsOlderTokensWithTheirUsersRole(String engine) {
        StoreUrl url = Engines.fresh(engine, dir);
        String legacy = Tokens.PREFIX + "legacy-secret-made-before-version-2";
        try (Store store = Store.open(url, clock)) {
            store.inTransaction(c -> {
                Jdbc.update(c, "DELETE FROM schema_version WHERE version = 2");
                for (String column : List.of("token_id", "role", "expires_at", "revoked_at")) {
                    Jdbc.update(c, "ALTER TABLE api_tokens DROP COLUMN " + column);
                }
                Jdbc.update(c, "ALTER TABLE users DROP COLUMN disabled_at");
                Jdbc.update(c, "INSERT INTO users (name, role, created_at) VALUES ('old', 'analyst', ?)", clock.now);
                return Jdbc.update(
                        c,
                        "INSERT INTO api_tokens (token_hash, user_name, label, created_at) VALUES (?, 'old', 'v1', ?)",
                        sha256(legacy),
                        clock.now);
            });
        }
        try (Store store = Store.open(url, clock)) {
            assertThat(store.tokens().authenticate(legacy))
                    .get()
                    .extracting(Principal::role)
                    .isEqualTo(Role.ANALYST);
            assertThat(store.tokens().list())
                    .singleElement()
                    .satisfies(t -> assertThat(t.id()).startsWith("tok_"))
                    .satisfies(t -> assertThat(t.expiresAt()).isEqualTo(clock.now.plus(Tokens.MAX_LIFETIME)));
        }
    }

    private static String sha256(String text) {
        try {
            return java.util.HexFormat.of()
                    .formatHex(java.security.MessageDigest.getInstance("SHA-256")
                            .digest(text.getBytes(java.nio.charset.StandardCharsets.UTF_8)));
        } catch (java.security.NoSuchAlgorithmException e) {
            throw new IllegalStateException(e);
        }
    }

    /** A clock the test moves. */
    private static final class MovableClock extends Clock {
        private volatile Instant now;

        MovableClock(Instant now) {
            this.now = now;
        }

        @Override
        public ZoneId getZone() {
            return ZoneOffset.UTC;
        }

        @Override
        public Clock withZone(ZoneId zone) {
            return this;
        }

        @Override
        public Instant instant() {
            return now;
        }
    }
}
