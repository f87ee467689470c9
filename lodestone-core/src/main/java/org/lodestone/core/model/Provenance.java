package org.lodestone.core.model;

import java.util.List;
import java.util.Objects;

/**
 * Where a number comes from: one or more cited sources, how it was obtained, and a note (the
 * working for estimates, the rationale for assumptions).
 *
 * @param sources the cited sources, at least one
 * @param status  observed, estimated or assumed
 * @param note    free text, empty when none
 */
public record Provenance(List<SourceId> sources, Status status, String note) {

    public Provenance {
        sources = List.copyOf(sources);
        Objects.requireNonNull(status, "status");
        note = note == null ? "" : note;
        if (sources.isEmpty()) {
            throw new IllegalArgumentException("a number needs at least one source");
        }
    }

    public static Provenance observed(String sourceId) {
        return new Provenance(List.of(SourceId.of(sourceId)), Status.OBSERVED, "");
    }
}
