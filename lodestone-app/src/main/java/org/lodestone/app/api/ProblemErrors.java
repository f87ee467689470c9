package org.lodestone.app.api;

import java.nio.ByteBuffer;
import java.nio.charset.StandardCharsets;
import org.eclipse.jetty.http.HttpHeader;
import org.eclipse.jetty.http.HttpStatus;
import org.eclipse.jetty.server.Request;
import org.eclipse.jetty.server.Response;
import org.eclipse.jetty.server.handler.ErrorHandler;
import org.eclipse.jetty.util.Callback;

/**
 * Jetty's own error answers (a request it cannot parse: 400, headers too large: 431, a body too
 * slow: 408, a body too large: 413) as problem JSON like every other error, instead of Jetty's HTML or text pages; the
 * reason Jetty gives is kept out (it can echo the request).
 */
final class ProblemErrors extends ErrorHandler {

    @Override
    protected void generateResponse(
            Request request, Response response, int status, String message, Throwable cause, Callback callback) {
        response.getHeaders().put(HttpHeader.CONTENT_TYPE, "application/problem+json");
        response.getHeaders().put("X-Content-Type-Options", "nosniff");
        // Jetty may close the connection after its own error; saying so keeps clients from reusing it
        response.getHeaders().put(HttpHeader.CONNECTION, "close");
        String body = body(status, request.getHttpURI().getPath());
        response.write(true, ByteBuffer.wrap(body.getBytes(StandardCharsets.UTF_8)), callback);
    }

    static String body(int status) {
        return body(status, "");
    }

    static String body(int status, String path) {
        String title = HttpStatus.getMessage(status);
        return Json.write(ProblemBody.of(status, title, detail(status, path)));
    }

    private static String detail(int status, String path) {
        if (status == 413 && SlowBodies.YAML_PATH.equals(path)) {
            return "the scenario YAML is more than " + ScenarioCatalog.MAX_YAML_BYTES
                    + " bytes (the bundled scenarios are under 6 KB)";
        }
        return switch (status) {
            case 408 ->
                "the request was not received in time (at least " + ApiServer.Settings.MIN_REQUEST_BYTES_PER_SECOND
                        + " bytes per second)";
            case 413 -> "the request body is too large";
            case 503 -> "the server holds too many request bodies at once; try again in a few seconds";
            case 431 -> "the request's headers are too large";
            default -> "the server could not read the request (" + title(status) + ")";
        };
    }

    private static String title(int status) {
        return HttpStatus.getMessage(status);
    }
}
