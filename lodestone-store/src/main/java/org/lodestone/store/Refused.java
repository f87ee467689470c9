package org.lodestone.store;

/** A request the store will not carry out: the thing is unknown, not shared with the user, or already exists. */
public final class Refused extends RuntimeException {

    private static final long serialVersionUID = 1L;

    /** Why, which the HTTP API maps to 404, 403 and 409. */
    public enum Reason {
        NOT_FOUND,
        FORBIDDEN,
        CONFLICT
    }

    private final Reason reason;

    public Refused(Reason reason, String message) {
        super(message);
        this.reason = reason;
    }

    public Reason reason() {
        return reason;
    }

    public static Refused notFound(String what) {
        return new Refused(Reason.NOT_FOUND, what + " does not exist");
    }
}
