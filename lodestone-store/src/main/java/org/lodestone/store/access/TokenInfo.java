package org.lodestone.store.access;

import java.time.Instant;
import java.util.Optional;

/**
 * What is known about a token apart from its secret: safe to list.
 *
 * @param id        public id, {@code tok_…}, used to revoke it
 * @param user      the user it acts for
 * @param role      its own role (the user's role caps it when it is used)
 * @param label     what it is for
 * @param createdAt when it was made
 * @param expiresAt when it stops working
 * @param revokedAt when it was revoked, if it was
 */
public record TokenInfo(
        String id,
        String user,
        Role role,
        String label,
        Instant createdAt,
        Instant expiresAt,
        Optional<Instant> revokedAt) {

    /** Whether the token still works at {@code now} (its user's state aside). */
    public boolean activeAt(Instant now) {
        return revokedAt.isEmpty() && now.isBefore(expiresAt);
    }
}
