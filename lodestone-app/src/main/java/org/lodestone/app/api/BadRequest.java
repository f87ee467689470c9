package org.lodestone.app.api;

/** A request the API cannot use: names the field and says what was expected. Answered with 400. */
public final class BadRequest extends RuntimeException {

    private static final long serialVersionUID = 1L;

    private final String field;

    public BadRequest(String field, String message) {
        super(message);
        this.field = field;
    }

    public String field() {
        return field;
    }
}
