package org.lodestone.store.access;

import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.security.SecureRandom;
import java.sql.Connection;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.Duration;
import java.time.Instant;
import java.util.Base64;
import java.util.HexFormat;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import org.lodestone.store.Jdbc;
import org.lodestone.store.Refused;
import org.lodestone.store.Store;
import org.lodestone.store.audit.AuditLog;

/**
 * API tokens. A token is 32 random bytes shown once when created; the store keeps only its
 * SHA-256, which suffices for secrets of full entropy (no password-style stretching needed). Each
 * token has a public id, its own role (never above its user's: the lower of the two applies when
 * it is used), an expiry ({@link #DEFAULT_LIFETIME}, at most {@link #MAX_LIFETIME}) and can be
 * revoked; a disabled user's tokens do not work.
 */
public final class Tokens {

    /** Tokens start with this, so they are recognisable in logs and secret scanners. */
    public static final String PREFIX = "lst_";
    /** Lifetime of a token when none is asked for. */
    public static final Duration DEFAULT_LIFETIME = Duration.ofDays(30);
    /** The longest lifetime a token may have; also that of tokens made before expiry existed. */
    public static final Duration MAX_LIFETIME = Duration.ofDays(365);

    private static final SecureRandom RANDOM = new SecureRandom();
    private static final String COLUMNS =
            "token_id, user_name, role, label, created_at, expires_at, revoked_at FROM api_tokens";

    /**
     * A token just made.
     *
     * @param secret the token in clear, the only time it is available
     * @param info   what is kept about it
     */
    public record Created(String secret, TokenInfo info) {}

    private final Store store;

    public Tokens(Store store) {
        this.store = store;
    }

    /** As {@link #create(String, String, Role, String, Duration)} with the default lifetime; returns the secret. */
    public String create(String actor, String user, Role role, String label) {
        return create(actor, user, role, label, DEFAULT_LIFETIME).secret();
    }

    /**
     * Creates a token for {@code user} acting with {@code role}, creating the user with that role
     * if absent.
     *
     * @throws IllegalArgumentException for a bad user name, a lifetime outside 1 s to
     *     {@link #MAX_LIFETIME}, a role above the user's ("role …"), or a disabled user
     */
    public Created create(String actor, String user, Role role, String label, Duration lifetime) {
        Users.checkName("user", user);
        if (lifetime.isNegative() || lifetime.isZero() || lifetime.compareTo(MAX_LIFETIME) > 0) {
            throw new IllegalArgumentException(
                    "lifetime " + lifetime.toDays() + " days is outside 1 to " + MAX_LIFETIME.toDays() + " days");
        }
        String secret = PREFIX + Base64.getUrlEncoder().withoutPadding().encodeToString(random(32));
        return store.inTransaction(c -> {
            Instant now = store.clock().instant();
            requireUser(c, actor, user, role, now);
            TokenInfo info = new TokenInfo(
                    "tok_" + HexFormat.of().formatHex(random(8)),
                    user,
                    role,
                    label,
                    now,
                    now.plus(lifetime),
                    Optional.empty());
            Jdbc.update(
                    c,
                    "INSERT INTO api_tokens (token_hash, token_id, user_name, role, label, created_at, expires_at)"
                            + " VALUES (?, ?, ?, ?, ?, ?, ?)",
                    hash(secret),
                    info.id(),
                    user,
                    role.key(),
                    label,
                    now,
                    info.expiresAt());
            AuditLog.record(
                    c,
                    now,
                    actor,
                    "token.create",
                    "user:" + user,
                    info.id() + " role=" + role.key() + " expires=" + info.expiresAt() + " " + label);
            return new Created(secret, info);
        });
    }

    private static void requireUser(Connection c, String actor, String user, Role role, Instant now)
            throws SQLException {
        Optional<Principal> existing = Users.find(c, user);
        if (existing.isEmpty()) {
            Jdbc.update(c, "INSERT INTO users (name, role, created_at) VALUES (?, ?, ?)", user, role.key(), now);
            AuditLog.record(c, now, actor, "user.create", "user:" + user, "role=" + role.key() + " groups=" + Set.of());
            return;
        }
        if (!existing.get().can(role)) {
            throw new IllegalArgumentException("role '" + role.key() + "' is above user '" + user + "''s role "
                    + existing.get().role().key() + "; a token never has more rights than its user."
                    + " Maybe ask for a " + existing.get().role().key() + " token, or change the user's role first");
        }
        if (Users.disabled(c, user)) {
            throw new IllegalArgumentException("user '" + user + "' is disabled; Maybe enable the user first");
        }
    }

    /**
     * The principal a token acts as: its user with the lower of the token's and the user's role;
     * empty when the token is unknown, revoked or expired, or its user disabled or gone.
     */
    public Optional<Principal> authenticate(String token) {
        if (token == null || !token.startsWith(PREFIX)) {
            return Optional.empty();
        }
        return store.inTransaction(c -> {
            Optional<TokenInfo> info =
                    Jdbc.first(c, "SELECT " + COLUMNS + " WHERE token_hash = ?", Tokens::info, hash(token));
            if (info.isEmpty()
                    || !info.get().activeAt(store.clock().instant())
                    || Users.disabled(c, info.get().user())) {
                return Optional.empty();
            }
            return Users.find(c, info.get().user())
                    .map(user -> new Principal(
                            user.name(),
                            user.can(info.get().role()) ? info.get().role() : user.role(),
                            user.groups()));
        });
    }

    /** Every token, newest first, without secrets. */
    public List<TokenInfo> list() {
        return store.inTransaction(c -> Jdbc.list(c, "SELECT " + COLUMNS + " ORDER BY created_at DESC", Tokens::info));
    }

    /**
     * Revokes a token by its public id (revoking it again changes nothing).
     *
     * @throws Refused NOT_FOUND for an unknown id
     */
    public TokenInfo revoke(String actor, String id) {
        return store.inTransaction(c -> {
            TokenInfo info = Jdbc.first(c, "SELECT " + COLUMNS + " WHERE token_id = ?", Tokens::info, id)
                    .orElseThrow(() -> Refused.notFound("token '" + id + "'"));
            if (info.revokedAt().isPresent()) {
                return info;
            }
            Instant now = store.clock().instant();
            Jdbc.update(c, "UPDATE api_tokens SET revoked_at = ? WHERE token_id = ?", now, id);
            AuditLog.record(c, now, actor, "token.revoke", "user:" + info.user(), id);
            return new TokenInfo(
                    id, info.user(), info.role(), info.label(), info.createdAt(), info.expiresAt(), Optional.of(now));
        });
    }

    private static TokenInfo info(ResultSet r) throws SQLException {
        Instant created = Jdbc.instant(r, "created_at");
        Instant expires = Jdbc.instant(r, "expires_at");
        return new TokenInfo(
                r.getString("token_id"),
                r.getString("user_name"),
                r.getString("role") == null ? Role.VIEWER : Role.parse(r.getString("role")),
                r.getString("label"),
                created,
                expires != null ? expires : created.plus(MAX_LIFETIME),
                Optional.ofNullable(Jdbc.instant(r, "revoked_at")));
    }

    private static byte[] random(int bytes) {
        byte[] out = new byte[bytes];
        RANDOM.nextBytes(out);
        return out;
    }

    static String hash(String token) {
        try {
            return HexFormat.of()
                    .formatHex(MessageDigest.getInstance("SHA-256").digest(token.getBytes(StandardCharsets.UTF_8)));
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException("SHA-256 is missing from this JDK", e);
        }
    }
}
