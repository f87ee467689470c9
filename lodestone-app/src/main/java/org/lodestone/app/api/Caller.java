package org.lodestone.app.api;

import io.javalin.http.Context;
import io.javalin.http.HttpResponseException;
import java.util.Map;
import org.lodestone.store.Refused;
import org.lodestone.store.access.Principal;
import org.lodestone.store.access.Role;
import org.lodestone.store.access.Tokens;

/**
 * Who is calling: every {@code /api/} request must carry {@code Authorization: Bearer TOKEN}; the
 * principal found is kept on the request for the handlers.
 */
final class Caller {

    private static final String KEY = "lodestone.principal";

    private Caller() {}

    /** Before every API request: 401 without a known token. */
    static void authenticate(Context ctx, Tokens tokens) {
        String header = ctx.header("Authorization");
        if (header == null || !header.regionMatches(true, 0, "Bearer ", 0, 7)) {
            throw unauthorized("send the header Authorization: Bearer TOKEN (create one with `lodestone admin create-token`)");
        }
        Principal principal = tokens.authenticate(header.substring(7).strip())
                .orElseThrow(() -> unauthorized("the bearer token is not known; Maybe it was mistyped or created on another store"));
        ctx.attribute(KEY, principal);
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
            throw new Refused(Refused.Reason.FORBIDDEN, "user '" + p.name() + "' is a " + p.role().key() + "; this needs the " + role.key()
                    + " role or higher");
        }
        return p;
    }

    private static HttpResponseException unauthorized(String detail) {
        return new HttpResponseException(401, detail, Map.of());
    }
}
