package org.lodestone.store.run;

import java.util.Locale;

/** Where a run is in its life. */
public enum RunStatus {
    /** Accepted, waiting for a worker. */
    QUEUED,
    /** Stepping. */
    RUNNING,
    /** Finished; summary and series stored. */
    DONE,
    /** Stopped by an error, recorded in {@code error}. */
    FAILED,
    /** The server stopped while it was queued or running. */
    INTERRUPTED,
    /** Stopped at the request of its owner or an admin (who, in {@code error}). */
    CANCELLED;

    public String key() {
        return name().toLowerCase(Locale.ROOT);
    }

    public boolean isFinal() {
        return this == DONE || this == FAILED || this == INTERRUPTED || this == CANCELLED;
    }

    static RunStatus parse(String key) {
        return valueOf(key.toUpperCase(Locale.ROOT));
    }
}
