package org.lodestone.store.library;

import java.time.Instant;
import java.util.Map;
import java.util.Objects;

/**
 * One version of a dataset or scenario as stored.
 *
 * @param id        its id
 * @param version   1 for the first, one more for each update
 * @param latest    the latest version of this object
 * @param sharing   owner and readers
 * @param files     path → text; a scenario has {@code scenario.yaml}
 * @param createdBy who wrote this version
 * @param createdAt when
 */
public record Stored(
        String id,
        int version,
        int latest,
        Sharing sharing,
        Map<String, String> files,
        String createdBy,
        Instant createdAt) {

    public Stored {
        Objects.requireNonNull(id, "id");
        Objects.requireNonNull(sharing, "sharing");
        files = Map.copyOf(files);
    }
}
