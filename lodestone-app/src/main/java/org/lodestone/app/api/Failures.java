package org.lodestone.app.api;

import io.javalin.config.RoutesConfig;
import io.javalin.http.Context;
import io.javalin.http.HttpResponseException;
import java.util.UUID;
import org.eclipse.jetty.http.HttpException;
import org.lodestone.io.problem.InputException;
import org.lodestone.store.Refused;
import org.lodestone.store.StoreUnavailable;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * How exceptions become answers. Bad input, refusals and a full queue are problem bodies with
 * their message; a request Jetty found bad while it was read (a body slower than the minimum rate:
 * 408) a problem with Jetty's status; a store that cannot be reached is a 503 and anything unexpected a 500, both with
 * a generic body that names no class, path, query or URL: the detail goes to the server log under
 * an incident id that the body repeats.
 */
final class Failures {

    private static final Logger LOG = LoggerFactory.getLogger(Failures.class);

    private Failures() {}

    /** What a 401 answers in {@code WWW-Authenticate} (RFC 6750). */
    static final String CHALLENGE = "Bearer realm=\"lodestone\"";

    /** Seconds a refused start should wait before trying again (a run of a bundled scenario takes a few). */
    static final String RETRY_AFTER_SECONDS = "10";

    static void register(RoutesConfig r, Audits audits) {
        r.exception(BadRequest.class, (e, ctx) -> ProblemBody.send(ctx, ProblemBody.field(e.field(), e.getMessage())));
        r.exception(InputException.class, (e, ctx) -> ProblemBody.send(ctx, ProblemBody.input(e.problems())));
        r.exception(Refused.class, (e, ctx) -> {
            if (e.reason() == Refused.Reason.FORBIDDEN) {
                audits.forbidden(Caller.name(ctx), ctx.method().name(), ctx.path());
            }
            ProblemBody.send(ctx, ProblemBody.of(status(e.reason()), title(e.reason()), e.getMessage()));
        });
        r.exception(Jobs.TooManyJobs.class, (e, ctx) -> {
            ctx.header("Retry-After", RETRY_AFTER_SECONDS);
            ProblemBody.send(ctx, ProblemBody.of(429, "Too Many Requests", e.getMessage()));
        });
        r.exception(HttpResponseException.class, (e, ctx) -> {
            if (e.getStatus() == 401) {
                ctx.header("WWW-Authenticate", CHALLENGE);
            }
            ProblemBody.send(ctx, ProblemBody.of(e.getStatus(), title(e.getStatus()), e.getMessage()));
        });
        r.exception(HttpException.RuntimeException.class, (e, ctx) -> {
            ctx.header("Connection", "close");
            if (e.getCode() == 503) {
                ctx.header("Retry-After", RETRY_AFTER_SECONDS);
            }
            ctx.status(e.getCode()).contentType("application/problem+json").result(ProblemErrors.body(e.getCode()));
        });
        r.exception(StoreUnavailable.class, (e, ctx) -> {
            String incident = incident();
            LOG.error(
                    "store unavailable on {} {} (incident {}): {}", ctx.method(), ctx.path(), incident, e.getMessage());
            ProblemBody.send(
                    ctx,
                    ProblemBody.of(
                            503,
                            "Service Unavailable",
                            "the store does not answer; try again later (incident " + incident + ")"));
        });
        r.exception(Exception.class, Failures::internal);
    }

    /** Logs the exception in full; the caller learns only that it happened and its incident id. */
    static void internal(Exception e, Context ctx) {
        String incident = incident();
        LOG.error("internal error on {} {} (incident {})", ctx.method(), ctx.path(), incident, e);
        ProblemBody.send(
                ctx,
                ProblemBody.of(
                        500,
                        "Internal Server Error",
                        "an internal error occurred; the server log has its details (incident " + incident + ")"));
    }

    private static String incident() {
        return UUID.randomUUID().toString().substring(0, 8);
    }

    private static int status(Refused.Reason reason) {
        return switch (reason) {
            case NOT_FOUND -> 404;
            case FORBIDDEN -> 403;
            case CONFLICT -> 409;
        };
    }

    private static String title(Refused.Reason reason) {
        return switch (reason) {
            case NOT_FOUND -> "Not Found";
            case FORBIDDEN -> "Forbidden";
            case CONFLICT -> "Conflict";
        };
    }

    private static String title(int status) {
        return switch (status) {
            case 401 -> "Unauthorized";
            case 404 -> "Not Found";
            case 406 -> "Not Acceptable";
            case 413 -> "Content Too Large";
            default -> "Error " + status;
        };
    }
}
