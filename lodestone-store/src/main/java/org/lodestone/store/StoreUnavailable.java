package org.lodestone.store;

/**
 * The database cannot be reached (the server is down, the connection wait ran out, or the store
 * was closed). The message names the store by its {@link StoreUrl#display() credential-free} URL;
 * the HTTP API answers 503 with a generic body and logs the message.
 */
public final class StoreUnavailable extends RuntimeException {

    private static final long serialVersionUID = 1L;

    public StoreUnavailable(String message, Throwable cause) {
        super(message, cause);
    }
}
