package org.lodestone.io.scenario;

import java.time.LocalDate;
import java.util.List;
import java.util.Optional;
import java.util.OptionalDouble;
import java.util.OptionalInt;
import java.util.Set;
import org.lodestone.core.scenario.EventSpec;
import org.lodestone.io.problem.Problems;
import org.lodestone.io.yaml.YamlMap;

/**
 * Reads the events Lodestone adds to ARIO: {@code export-control}, {@code logistics-disruption},
 * {@code demand-shock} and {@code stock-release} (docs/scenario-format.md).
 */
final class MarketEventReader {

    static final Set<String> TYPES = Set.of("export-control", "logistics-disruption", "demand-shock", "stock-release");
    private static final Set<String> EXPORT_KEYS = Set.of(
            "type", "imposer", "commodities", "targets", "share-blocked", "start", "duration", "end", "licensing");
    private static final Set<String> LOGISTICS_KEYS =
            Set.of("type", "chokepoint", "share-blocked", "delay-days", "start", "duration", "end");
    private static final Set<String> DEMAND_KEYS =
            Set.of("type", "commodities", "regions", "factor", "start", "duration", "end");
    private static final Set<String> RELEASE_KEYS =
            Set.of("type", "region", "commodity", "rate", "start", "duration", "end");
    private static final double INF = Double.POSITIVE_INFINITY;

    private final EventReader events;
    private final YamlFields f;
    private final Problems problems;

    MarketEventReader(EventReader events, YamlFields f, Problems problems) {
        this.events = events;
        this.f = f;
        this.problems = problems;
    }

    Optional<EventSpec> read(String type, YamlMap e) {
        return switch (type) {
            case "export-control" -> exportControl(e);
            case "logistics-disruption" -> logistics(e);
            case "demand-shock" -> demandShock(e);
            default -> stockRelease(e);
        };
    }

    private Optional<EventSpec> exportControl(YamlMap e) {
        e.rejectUnknownKeys(EXPORT_KEYS, problems);
        Optional<String> imposer = f.text(e, "imposer", true);
        List<String> commodities = commodities(e);
        Optional<EventSpec.Targets> targets = targets(e, "targets");
        OptionalDouble share = f.number(e, "share-blocked", true, 0, 1);
        OptionalInt start = events.start(e);
        OptionalInt duration = duration(e, start);
        double approval = 0;
        int delay = 0;
        Optional<YamlMap> licensing = e.map("licensing", problems);
        if (licensing.isPresent()) {
            licensing.get().rejectUnknownKeys(Set.of("approval-rate", "delay-days"), problems);
            approval = f.number(licensing.get(), "approval-rate", true, 0, 1).orElse(-1);
            delay = f.integer(licensing.get(), "delay-days", false, 0)
                    .orElse(licensing.get().has("delay-days") ? -1 : 0);
        }
        if (imposer.isEmpty()
                || commodities.isEmpty()
                || targets.isEmpty()
                || share.isEmpty()
                || start.isEmpty()
                || duration.isEmpty()
                || approval < 0
                || delay < 0) {
            return Optional.empty();
        }
        return Optional.of(new EventSpec.ExportControl(
                imposer.get(),
                commodities,
                targets.get(),
                share.getAsDouble(),
                start.getAsInt(),
                duration.getAsInt(),
                approval,
                delay));
    }

    private Optional<EventSpec> logistics(YamlMap e) {
        e.rejectUnknownKeys(LOGISTICS_KEYS, problems);
        Optional<String> chokepoint = f.text(e, "chokepoint", true);
        OptionalDouble share = f.number(e, "share-blocked", false, 0, 1);
        OptionalInt delay = f.integer(e, "delay-days", false, 0);
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

    private Optional<EventSpec> demandShock(YamlMap e) {
        e.rejectUnknownKeys(DEMAND_KEYS, problems);
        List<String> commodities = commodities(e);
        Optional<EventSpec.Targets> regions =
                e.has("regions") ? targets(e, "regions") : Optional.of(EventSpec.Targets.everyone());
        OptionalDouble factor = f.number(e, "factor", true, 0, INF);
        OptionalInt start = events.start(e);
        OptionalInt duration = duration(e, start);
        if (commodities.isEmpty() || regions.isEmpty() || factor.isEmpty() || start.isEmpty() || duration.isEmpty()) {
            return Optional.empty();
        }
        return Optional.of(new EventSpec.DemandShock(
                commodities, regions.get(), factor.getAsDouble(), start.getAsInt(), duration.getAsInt()));
    }

    private Optional<EventSpec> stockRelease(YamlMap e) {
        e.rejectUnknownKeys(RELEASE_KEYS, problems);
        Optional<String> region = f.text(e, "region", true);
        Optional<String> commodity = f.text(e, "commodity", true);
        OptionalDouble rate = f.number(e, "rate", true, Double.MIN_VALUE, INF);
        OptionalInt start = events.start(e);
        OptionalInt duration = duration(e, start);
        if (region.isEmpty() || commodity.isEmpty() || rate.isEmpty() || start.isEmpty() || duration.isEmpty()) {
            return Optional.empty();
        }
        return Optional.of(new EventSpec.StockRelease(
                region.get(), commodity.get(), rate.getAsDouble(), start.getAsInt(), duration.getAsInt()));
    }

    private List<String> commodities(YamlMap e) {
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
    private Optional<EventSpec.Targets> targets(YamlMap e, String key) {
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
    private OptionalInt duration(YamlMap e, OptionalInt start) {
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
            return f.integer(e, "duration", true, 1);
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
