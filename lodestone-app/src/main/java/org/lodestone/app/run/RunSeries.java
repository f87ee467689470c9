package org.lodestone.app.run;

import java.util.Map;
import java.util.Objects;

/**
 * What a server job keeps of its runs: the summary document and named series (values per day).
 *
 * @param summaryJson the summary document ({@code summary.json} or {@code ensemble.json})
 * @param series      named lines, in the order they were added
 */
public record RunSeries(String summaryJson, Map<String, double[]> series) {

    public RunSeries {
        Objects.requireNonNull(summaryJson, "summaryJson");
        Objects.requireNonNull(series, "series");
    }
}
