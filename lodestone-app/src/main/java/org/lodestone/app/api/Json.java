package org.lodestone.app.api;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.core.StreamReadFeature;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.json.JsonMapper;
import io.javalin.http.Context;

/** JSON in and out of requests, with one shared mapper. */
final class Json {

    /** Refuses a body with a key twice ({@code {"scenario": "a", "scenario": "b"}}): which one counts would be a guess. */
    static final ObjectMapper MAPPER = JsonMapper.builder()
            .enable(StreamReadFeature.STRICT_DUPLICATE_DETECTION)
            .build();

    private Json() {}

    static String write(Object value) {
        try {
            return MAPPER.writeValueAsString(value);
        } catch (JsonProcessingException e) {
            throw new IllegalStateException("cannot write a response as JSON", e);
        }
    }

    static void send(Context ctx, int status, Object value) {
        ctx.status(status).contentType("application/json").result(value instanceof String text ? text : write(value));
    }

    /**
     * The request body as a JSON object.
     *
     * @throws BadRequest naming {@code body} when it is not a JSON object
     */
    static JsonNode body(Context ctx) {
        try {
            JsonNode node = MAPPER.readTree(ctx.bodyAsBytes());
            if (node == null || !node.isObject()) {
                throw new BadRequest("body", "expected a JSON object");
            }
            return node;
        } catch (JsonProcessingException e) {
            throw new BadRequest("body", "is not valid JSON: " + e.getOriginalMessage());
        } catch (java.io.IOException e) {
            throw new java.io.UncheckedIOException("cannot read the request body", e);
        }
    }

    /** A required text field of a body. */
    static String text(JsonNode body, String field) {
        JsonNode value = body.get(field);
        if (value == null || !value.isTextual() || value.asText().isBlank()) {
            throw new BadRequest(field, "is required and must be a non-empty string");
        }
        return value.asText();
    }
}
