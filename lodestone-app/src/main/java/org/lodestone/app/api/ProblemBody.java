package org.lodestone.app.api;

import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import io.javalin.http.Context;
import org.lodestone.io.problem.Problem;

/**
 * Error responses as RFC 9457 problem documents ({@code application/problem+json}): {@code status},
 * {@code title}, {@code detail}, and for bad input a {@code problems} list, each naming its
 * {@code field} and, for files, {@code location} ({@code file:line:column}).
 */
final class ProblemBody {

    private ProblemBody() {}

    static ObjectNode of(int status, String title, String detail) {
        ObjectNode body = Json.MAPPER.createObjectNode();
        body.put("type", "about:blank")
                .put("status", status)
                .put("title", title)
                .put("detail", detail);
        body.putArray("problems");
        return body;
    }

    /** One problem naming a request field. */
    static ObjectNode field(String field, String message) {
        ObjectNode body = of(400, "Bad Request", field + ": " + message);
        ((ArrayNode) body.get("problems")).addObject().put("field", field).put("message", message);
        return body;
    }

    /** The located problems of an uploaded file or scenario. */
    static ObjectNode input(Iterable<Problem> problems) {
        ObjectNode body = of(400, "Bad Request", "the input has errors; each problem gives its file:line:column");
        ArrayNode list = (ArrayNode) body.get("problems");
        StringBuilder detail = new StringBuilder();
        for (Problem p : problems) {
            list.addObject()
                    .put("severity", p.severity().name().toLowerCase(java.util.Locale.ROOT))
                    .put("location", p.location())
                    .put("file", p.file())
                    .put("line", p.line())
                    .put("column", p.column())
                    .put("field", p.field())
                    .put("value", p.value())
                    .put("message", p.message())
                    .put("expected", p.expected())
                    .put("hint", p.hint())
                    .put("text", p.format());
            if (p.isError() && detail.length() == 0) {
                detail.append(p.format());
            }
        }
        body.put("detail", detail.toString());
        return body;
    }

    static void send(Context ctx, ObjectNode body) {
        ctx.status(body.get("status").asInt())
                .contentType("application/problem+json")
                .result(Json.write(body));
    }
}
