package org.lodestone.store.access;

import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.security.SecureRandom;
import java.util.Base64;
import java.util.HexFormat;
import java.util.Optional;
import java.util.Set;
import org.lodestone.store.Jdbc;
import org.lodestone.store.Store;
import org.lodestone.store.audit.AuditLog;

/**
 * API tokens. A token is 32 random bytes shown once when created; the store keeps only its
 * SHA-256, which suffices for secrets of full entropy (no password-style stretching needed).
 */
public final class Tokens {

    /** Tokens start with this, so they are recognisable in logs and secret scanners. */
    public static final String PREFIX = "lst_";

    private static final SecureRandom RANDOM = new SecureRandom();

    private final Store store;

    public Tokens(Store store) {
        this.store = store;
    }

    /**
     * Creates a token for {@code user}, creating the user with {@code role} if absent.
     *
     * @return the token in clear, the only time it is available
     */
    public String create(String actor, String user, Role role, String label) {
        Users.checkName("user", user);
        byte[] secret = new byte[32];
        RANDOM.nextBytes(secret);
        String token = PREFIX + Base64.getUrlEncoder().withoutPadding().encodeToString(secret);
        store.inTransaction(c -> {
            if (Users.find(c, user).isEmpty()) {
                Jdbc.update(
                        c,
                        "INSERT INTO users (name, role, created_at) VALUES (?, ?, ?)",
                        user,
                        role.key(),
                        store.clock().instant());
                AuditLog.record(
                        c,
                        store.clock().instant(),
                        actor,
                        "user.create",
                        "user:" + user,
                        "role=" + role.key() + " groups=" + Set.of());
            }
            Jdbc.update(
                    c,
                    "INSERT INTO api_tokens (token_hash, user_name, label, created_at) VALUES (?, ?, ?, ?)",
                    hash(token),
                    user,
                    label,
                    store.clock().instant());
            AuditLog.record(c, store.clock().instant(), actor, "token.create", "user:" + user, label);
            return null;
        });
        return token;
    }

    /** The user a token belongs to, if it is known. */
    public Optional<Principal> authenticate(String token) {
        if (token == null || !token.startsWith(PREFIX)) {
            return Optional.empty();
        }
        return store.inTransaction(c -> {
            Optional<String> user = Jdbc.first(
                    c, "SELECT user_name FROM api_tokens WHERE token_hash = ?", r -> r.getString(1), hash(token));
            return user.isEmpty() ? Optional.empty() : Users.find(c, user.get());
        });
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
