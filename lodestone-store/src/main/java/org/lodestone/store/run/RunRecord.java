package org.lodestone.store.run;

import java.time.Instant;
import java.util.Objects;
import java.util.Optional;

/**
 * A run or ensemble as stored (without its series).
 *
 * @param id              random id
 * @param kind            {@code run} or {@code ensemble}
 * @param scenarioRef     {@code builtin:NAME} or {@code store:ID}
 * @param scenarioVersion version of a stored scenario, 0 for a bundled one
 * @param datasetRef      the dataset its scenario named ({@code builtin:NAME} or {@code store:ID[@V]}),
 *                        empty for runs made before schema version 3
 * @param owner           who started it
 * @param status          where it is
 * @param createdAt       when it was started
 * @param finishedAt      when it ended, if it has
 * @param summary         the summary document (JSON), once done
 * @param error           why it failed, if it did
 * @param seriesCount     how many series it stored (0 until done)
 */
public record RunRecord(
        String id,
        String kind,
        String scenarioRef,
        int scenarioVersion,
        Optional<String> datasetRef,
        String owner,
        RunStatus status,
        Instant createdAt,
        Optional<Instant> finishedAt,
        Optional<String> summary,
        Optional<String> error,
        int seriesCount) {

    public RunRecord {
        Objects.requireNonNull(id, "id");
        Objects.requireNonNull(status, "status");
        Objects.requireNonNull(datasetRef, "datasetRef");
        Objects.requireNonNull(finishedAt, "finishedAt");
        Objects.requireNonNull(summary, "summary");
        Objects.requireNonNull(error, "error");
    }
}
