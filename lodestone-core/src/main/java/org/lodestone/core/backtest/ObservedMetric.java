package org.lodestone.core.backtest;

import java.util.List;
import java.util.Objects;
import java.util.OptionalDouble;

/**
 * One observed outcome of a historical episode, to be set beside what the model simulates.
 *
 * @param id        the metric's name, unique in its episode
 * @param kind      what it measures, and so its unit
 * @param commodity the commodity measured
 * @param regions   the producing regions (for flows, the exporters); empty means every producer
 * @param importers for flows, the importing regions (empty means every other region); empty otherwise
 * @param fromDay   the first day of the period, counted from the scenario's start (day 0)
 * @param toDay     the last day of the period, inclusive
 * @param observed  the value observed, in the kind's unit; empty when only a band is known
 * @param band      the values the record allows
 * @param sources   ids of the episode's sources that give the value or the band
 * @param note      how the value was derived, free text
 */
public record ObservedMetric(
        String id,
        MetricKind kind,
        String commodity,
        List<String> regions,
        List<String> importers,
        int fromDay,
        int toDay,
        OptionalDouble observed,
        Band band,
        List<String> sources,
        String note) {

    public ObservedMetric {
        Objects.requireNonNull(id, "id");
        Objects.requireNonNull(kind, "kind");
        Objects.requireNonNull(commodity, "commodity");
        Objects.requireNonNull(observed, "observed");
        Objects.requireNonNull(band, "band");
        regions = List.copyOf(regions);
        importers = List.copyOf(importers);
        sources = List.copyOf(sources);
        note = note == null ? "" : note;
        if (fromDay < 0 || toDay < fromDay) {
            throw new IllegalArgumentException(
                    "metric " + id + ": period days " + fromDay + " to " + toDay + " are not 0 <= from <= to");
        }
        if (sources.isEmpty()) {
            throw new IllegalArgumentException("metric " + id + " names no source");
        }
    }

    /** Days in the period. */
    public int days() {
        return toDay - fromDay + 1;
    }

    /** The nodes measured, in words: {@code KOR hbm-wafer}, {@code all logic-wafer-advanced}, {@code JPN->KOR photoresist}. */
    public String subject() {
        String from = regions.isEmpty() ? "all" : String.join("+", regions);
        if (!kind.isFlow()) {
            return from + " " + commodity;
        }
        return from + "->" + (importers.isEmpty() ? "all" : String.join("+", importers)) + " " + commodity;
    }
}
