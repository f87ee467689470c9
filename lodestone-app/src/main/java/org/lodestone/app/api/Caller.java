package org.lodestone.app.api;

import io.javalin.http.Context;
import io.javalin.http.HttpResponseException;
import java.util.Map;
import java.util.Optional;
import java.util.concurrent.ConcurrentHashMap;
import org.lodestone.store.Refused;
import org.lodestone.store.access.Principal;
import org.lodestone.store.access.Role;
import org.lodestone.store.access.Tokens;

/**
 * Who is calling: every {@code /api/} request must carry {@code Authorization: Bearer TOKEN}; the
 * principal found is kept on the request for the handlers.
 */
final class Caller {

    static final String KEY = "lodestone.principal";
    /** How long a token's user is remembered before the store is asked again (role changes take effect after it). */
    static final long REMEMBER_NANOS = 10_000_000_000L;

    private record Remembered(Principal principal, long until) {}

    private static final Map<String, Remembered> REMEMBERED = new ConcurrentHashMap<>();

    private Caller() {}

    /** Before every API request: 401 without a known token; a token that is not known is audited. */
    static void authenticate(Context ctx, Tokens tokens, Audits audits) {
        String header = ctx.header("Authorization");
        if (header == null || !header.regionMatches(true, 0, "Bearer ", 0, 7)) {
            throw unauthorized(
                    "send the header Authorization: Bearer TOKEN (create one with `lodestone admin create-token`)");
        }
        String token = header.substring(7).strip();
        Remembered known = REMEMBERED.get(token);
        if (known == null || known.until() < System.nanoTime()) {
            Optional<Principal> found = tokens.authenticate(token);
            if (found.isEmpty()) {
                audits.failedLogin(ctx.ip(), ctx.path());
                throw unauthorized("the bearer token is not known, has expired or was revoked; Maybe it was mistyped or"
                        + " created on another store");
            }
            Principal principal = found.get();
            known = new Remembered(principal, System.nanoTime() + REMEMBER_NANOS);
            if (REMEMBERED.size() > 10_000) {
                REMEMBERED.clear();
            }
            REMEMBERED.put(token, known);
        }
        ctx.attribute(KEY, known.principal());
    }

    /** Whether the request carries a token the store accepts (for answers that say more to known callers). */
    static boolean known(Context ctx, Tokens tokens) {
        String header = ctx.header("Authorization");
        if (header == null || !header.regionMatches(true, 0, "Bearer ", 0, 7)) {
            return false;
        }
        String token = header.substring(7).strip();
        Remembered known = REMEMBERED.get(token);
        return (known != null && known.until() >= System.nanoTime())
                || tokens.authenticate(token).isPresent();
    }

    /** Forgets every remembered token, after users or roles change. */
    static void forget() {
        REMEMBERED.clear();
    }

    /** The caller's name, or {@code anonymous} before authentication. */
    static String name(Context ctx) {
        Principal p = ctx.attribute(KEY);
        return p == null ? "anonymous" : p.name();
    }

    static Principal of(Context ctx) {
        Principal p = ctx.attribute(KEY);
        if (p == null) {
            throw new IllegalStateException("no principal on an authenticated route: " + ctx.path());
        }
        return p;
    }

    /**
     * The caller, who must have at least {@code role}.
     *
     * @throws Refused FORBIDDEN naming the role needed
     */
    static Principal require(Context ctx, Role role) {
        Principal p = of(ctx);
        if (!p.can(role)) {
            throw new Refused(
                    Refused.Reason.FORBIDDEN,
                    "user '" + p.name() + "' is a " + p.role().key() + "; this needs the " + role.key()
                            + " role or higher");
        }
        return p;
    }

    private static HttpResponseException unauthorized(String detail) {
        return new HttpResponseException(401, detail, Map.of());
    }
}
