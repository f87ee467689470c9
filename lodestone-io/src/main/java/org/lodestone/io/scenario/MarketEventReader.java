package org.lodestone.io.scenario;

import java.time.LocalDate;
import java.util.List;
import java.util.Optional;
import java.util.OptionalDouble;
import java.util.OptionalInt;
import org.lodestone.core.scenario.EventSpec;
import org.lodestone.core.shock.EventField;
import org.lodestone.io.problem.Problems;
import org.lodestone.io.yaml.YamlMap;

/**
 * Reads the events Lodestone adds to ARIO: {@code export-control}, {@code logistics-disruption},
 * {@code demand-shock} and {@code stock-release} (docs/scenario-format.md).
 */
final class MarketEventReader {

    private final EventReader events;
    private final YamlFields f;
    private final Problems problems;

    MarketEventReader(EventReader events, YamlFields f, Problems problems) {
        this.events = events;
        this.f = f;
        this.problems = problems;
    }

    Optional<EventSpec> exportControl(YamlMap e) {
        return new ExportControlReader(this, events, f, problems).read(e);
    }

    Optional<EventSpec> logisticsDisruption(YamlMap e) {
        Optional<String> chokepoint = f.text(e, "chokepoint", true);
        OptionalDouble share = f.real(e, EventField.SHARE_BLOCKED, false);
        OptionalInt delay = f.whole(e, EventField.DELAY_DAYS, false);
        if (!e.has("share-blocked") && !e.has("delay-days")) {
            problems.error(
                    e.location(),
                    "",
                    "",
                    "logistics-disruption needs share-blocked, delay-days or both",
                    "share-blocked: 0..1 (closure) and/or delay-days: N (slower route)",
                    "");
            return Optional.empty();
        }
        OptionalInt start = events.start(e);
        OptionalInt duration = duration(e, start);
        if (chokepoint.isEmpty()
                || (e.has("share-blocked") && share.isEmpty())
                || (e.has("delay-days") && delay.isEmpty())
                || start.isEmpty()
                || duration.isEmpty()) {
            return Optional.empty();
        }
        return Optional.of(new EventSpec.LogisticsDisruption(
                chokepoint.get(), share.orElse(0), delay.orElse(0), start.getAsInt(), duration.getAsInt()));
    }

    Optional<EventSpec> demandShock(YamlMap e) {
        List<String> commodities = commodities(e);
        Optional<EventSpec.Targets> regions =
                e.has("regions") ? targets(e, "regions") : Optional.of(EventSpec.Targets.everyone());
        OptionalDouble factor = f.real(e, EventField.FACTOR, true);
        OptionalInt start = events.start(e);
        OptionalInt duration = duration(e, start);
        if (commodities.isEmpty() || regions.isEmpty() || factor.isEmpty() || start.isEmpty() || duration.isEmpty()) {
            return Optional.empty();
        }
        return Optional.of(new EventSpec.DemandShock(
                commodities, regions.get(), factor.getAsDouble(), start.getAsInt(), duration.getAsInt()));
    }

    Optional<EventSpec> stockRelease(YamlMap e) {
        Optional<String> region = f.text(e, "region", true);
        Optional<String> commodity = f.text(e, "commodity", true);
        OptionalDouble rate = f.real(e, EventField.RATE, true);
        OptionalInt start = events.start(e);
        OptionalInt duration = duration(e, start);
        if (region.isEmpty() || commodity.isEmpty() || rate.isEmpty() || start.isEmpty() || duration.isEmpty()) {
            return Optional.empty();
        }
        return Optional.of(new EventSpec.StockRelease(
                region.get(), commodity.get(), rate.getAsDouble(), start.getAsInt(), duration.getAsInt()));
    }

    List<String> commodities(YamlMap e) {
        List<String> commodities = e.listOfScalars("commodities", problems);
        if (!e.has("commodities")) {
            problems.error(
                    e.location(),
                    "key",
                    "commodities",
                    "is missing",
                    "commodities: [id, ...] (sectors for MRIO tables)",
                    "");
        }
        return commodities;
    }

    /** {@code all}, {@code group:NAME}, one region code, or a list of codes. */
    Optional<EventSpec.Targets> targets(YamlMap e, String key) {
        List<String> values = e.listOfScalars(key, problems);
        if (!e.has(key)) {
            problems.error(e.location(), "key", key, "is missing", "all, group:NAME, or a list of region codes", "");
            return Optional.empty();
        }
        if (values.size() == 1 && values.get(0).equals("all")) {
            return Optional.of(EventSpec.Targets.everyone());
        }
        if (values.size() == 1 && values.get(0).startsWith("group:")) {
            return Optional.of(new EventSpec.Targets(
                    false, List.of(), Optional.of(values.get(0).substring("group:".length()))));
        }
        if (values.isEmpty()) {
            problems.error(e.locationOf(key), key, "", "is empty", "all, group:NAME, or a list of region codes", "");
            return Optional.empty();
        }
        return Optional.of(new EventSpec.Targets(false, values, Optional.empty()));
    }

    /** {@code duration: N} steps, or {@code end: YYYY-MM-DD} (exclusive) with a dated start. */
    OptionalInt duration(YamlMap e, OptionalInt start) {
        if (e.has("end") == e.has("duration")) {
            problems.error(
                    e.location(),
                    "",
                    "",
                    "an event needs exactly one of duration and end",
                    "duration: N (steps) or end: YYYY-MM-DD",
                    "");
            return OptionalInt.empty();
        }
        if (e.has("duration")) {
            return f.whole(e, EventField.DURATION, true);
        }
        Optional<LocalDate> end = f.date(e, "end", true);
        Optional<LocalDate> origin = events.scenarioStart();
        if (end.isEmpty() || start.isEmpty()) {
            return OptionalInt.empty();
        }
        if (origin.isEmpty()) {
            problems.error(
                    e.locationOf("end"),
                    "end",
                    end.get().toString(),
                    "is a date but the scenario has no start date",
                    "duration: N, or a top-level start: YYYY-MM-DD",
                    "");
            return OptionalInt.empty();
        }
        int steps = (int) (end.get().toEpochDay() - origin.get().toEpochDay()) - start.getAsInt();
        if (steps < 1) {
            problems.error(
                    e.locationOf("end"),
                    "end",
                    end.get().toString(),
                    "is not after the event's start",
                    "a later end date",
                    "");
            return OptionalInt.empty();
        }
        return OptionalInt.of(steps);
    }
}
