package org.lodestone.app.api;

import io.javalin.http.Context;
import java.util.Map;

/**
 * Security headers on every answer: no MIME sniffing, no referrer, no framing; the dashboard
 * gets a Content-Security-Policy that allows its own scripts only (no inline script, no other
 * origin), and the API's answers are never cached (they carry private data and, once, tokens).
 */
final class Headers {

    /** The dashboard's policy: scripts from the server only; ECharts' SVG needs inline style attributes. */
    static final String CSP = "default-src 'self'; script-src 'self'; style-src 'self' 'unsafe-inline';"
            + " img-src 'self' data: blob:; connect-src 'self'; object-src 'none'; base-uri 'none';"
            + " form-action 'self'; frame-ancestors 'none'";

    /** What every answer carries. */
    static final Map<String, String> ALWAYS = Map.of(
            "X-Content-Type-Options", "nosniff",
            "Referrer-Policy", "no-referrer",
            "X-Frame-Options", "DENY");

    /** The dashboard's static files. */
    static final Map<String, String> DASHBOARD = Map.of(
            "X-Content-Type-Options", "nosniff",
            "Referrer-Policy", "no-referrer",
            "X-Frame-Options", "DENY",
            "Content-Security-Policy", CSP);

    private Headers() {}

    /** Before every request: the headers every answer carries, and no caching of the API's. */
    static void secure(Context ctx) {
        ALWAYS.forEach(ctx::header);
        if (ctx.path().startsWith("/api/") || ctx.path().equals("/openapi.json")) {
            ctx.header("Cache-Control", "no-store");
        } else {
            ctx.header("Content-Security-Policy", CSP);
        }
    }
}
