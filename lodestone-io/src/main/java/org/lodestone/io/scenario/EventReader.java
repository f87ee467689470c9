package org.lodestone.io.scenario;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.OptionalDouble;
import java.util.OptionalInt;
import java.util.Set;
import java.util.TreeMap;
import org.lodestone.core.scenario.EventKind;
import org.lodestone.core.scenario.EventSpec;
import org.lodestone.core.scenario.NodeRef;
import org.lodestone.core.shock.EventField;
import org.lodestone.core.shock.RecoveryCurve;
import org.lodestone.io.problem.Location;
import org.lodestone.io.problem.Problems;
import org.lodestone.io.yaml.YamlMap;

/** Reads a scenario's {@code events} list into event specs, keeping where each event and node was written. */
final class EventReader {
    private static final Set<String> NODE_KEYS = Set.of("region", "sector", "commodity");

    private final YamlFields f;
    private final Problems problems;
    private final Optional<LocalDate> scenarioStart;
    private final boolean startUnreadable;
    private final MarketEventReader market;
    private final List<EventSpec> specs = new ArrayList<>();
    private final List<Location> locations = new ArrayList<>();
    private final List<List<Location>> nodeLocations = new ArrayList<>();

    /**
     * @param scenarioStart   the scenario's start date, if it has a readable one
     * @param startUnreadable the scenario writes a start date that is not one (already reported), so
     *                        event dates are not reported again as "no start date"
     */
    EventReader(YamlFields f, Problems problems, Optional<LocalDate> scenarioStart, boolean startUnreadable) {
        this.f = f;
        this.problems = problems;
        this.scenarioStart = scenarioStart;
        this.startUnreadable = startUnreadable;
        this.market = new MarketEventReader(this, f, problems);
    }

    void read(YamlMap event) {
        Optional<EventKind> kind = f.text(event, "type", true).flatMap(type -> kind(event, type));
        if (kind.isEmpty()) {
            return;
        }
        event.rejectUnknownKeys(kind.get().keys(), problems);
        List<Location> where = new ArrayList<>();
        Optional<EventSpec> spec = switch (kind.get()) {
            case CAPACITY_LOSS, CAPITAL_DESTROYED -> nodeEvent(kind.get(), event, where);
            case EXPORT_CONTROL -> market.exportControl(event);
            case LOGISTICS_DISRUPTION -> market.logisticsDisruption(event);
            case DEMAND_SHOCK -> market.demandShock(event);
            case STOCK_RELEASE -> market.stockRelease(event);
        };
        spec.ifPresent(s -> {
            specs.add(s);
            locations.add(event.location());
            nodeLocations.add(where);
        });
    }

    /** The kind written as {@code type}, or empty with a problem listing the valid types. */
    private Optional<EventKind> kind(YamlMap event, String type) {
        Optional<EventKind> kind = EventKind.of(type);
        if (kind.isEmpty()) {
            problems.error(
                    event.locationOf("type"),
                    "type",
                    type,
                    "is not a known event type",
                    "one of " + String.join(", ", EventKind.types()),
                    "");
        }
        return kind;
    }

    /** A capacity loss or capital destroyed: the reference's events, which name nodes. */
    private Optional<EventSpec> nodeEvent(EventKind kind, YamlMap event, List<Location> where) {
        boolean capacity = kind == EventKind.CAPACITY_LOSS;
        List<NodeRef> at = nodes(event, where);
        OptionalDouble fraction = f.real(event, EventField.FRACTION, true);
        OptionalInt start = start(event);
        OptionalInt duration = f.whole(event, EventField.DURATION, true);
        Optional<EventSpec.Recovery> recovery = event.map("recovery", problems).flatMap(this::recovery);
        Optional<EventSpec.Rebuild> rebuild =
                capacity ? Optional.empty() : event.map("rebuild", problems).flatMap(this::rebuild);
        if (!capacity && event.has("recovery") == event.has("rebuild")) {
            problems.error(
                    event.location(),
                    "",
                    "",
                    "capital-destroyed needs either recovery or rebuild, not both or neither",
                    "recovery: {tau, curve} or rebuild: {sectors, tau, factor}",
                    "");
            return Optional.empty();
        }
        if (at.isEmpty()
                || fraction.isEmpty()
                || start.isEmpty()
                || duration.isEmpty()
                || (event.has("recovery") && recovery.isEmpty())
                || (event.has("rebuild") && rebuild.isEmpty())) {
            return Optional.empty();
        }
        EventSpec.Recovery r = recovery.orElse(new EventSpec.Recovery(RecoveryCurve.LINEAR, 1));
        return Optional.of(
                capacity
                        ? new EventSpec.CapacityLoss(
                                at, fraction.getAsDouble(), start.getAsInt(), duration.getAsInt(), r.curve(), r.tau())
                        : new EventSpec.CapitalDestroyed(
                                at, fraction.getAsDouble(), start.getAsInt(), duration.getAsInt(), recovery, rebuild));
    }

    /** The scenario's start date, if it has one. */
    Optional<LocalDate> scenarioStart() {
        return scenarioStart;
    }

    private List<NodeRef> nodes(YamlMap event, List<Location> where) {
        if (!event.has("at")) {
            problems.error(
                    event.location(),
                    "key",
                    "at",
                    "is missing",
                    "the node(s) hit: {region, sector} or a list of them",
                    "");
            return List.of();
        }
        List<NodeRef> nodes = new ArrayList<>();
        for (YamlMap node : event.oneOrMoreMaps("at", problems)) {
            node.rejectUnknownKeys(NODE_KEYS, problems);
            Optional<String> region = f.text(node, "region", true);
            boolean commodity = node.has("commodity");
            if (commodity == node.has("sector")) {
                problems.error(
                        node.location(),
                        "",
                        "",
                        "a node needs exactly one of sector and commodity",
                        "{region: R, sector: S} or {region: R, commodity: C}",
                        "");
                continue;
            }
            Optional<String> sector = f.text(node, commodity ? "commodity" : "sector", true);
            if (region.isPresent() && sector.isPresent()) {
                nodes.add(new NodeRef(region.get(), sector.get()));
                where.add(node.location());
            }
        }
        return nodes;
    }

    /** A step number, or a date when the scenario has a start date. */
    OptionalInt start(YamlMap event) {
        Optional<String> text = event.scalar("start", true, problems);
        if (text.isEmpty()) {
            return OptionalInt.empty();
        }
        if (text.get().contains("-") && scenarioStart.isPresent()) {
            return f.date(event, "start", true)
                    .map(d -> OptionalInt.of(
                            (int) (d.toEpochDay() - scenarioStart.get().toEpochDay())))
                    .filter(steps -> {
                        if (steps.getAsInt() >= 1) {
                            return true;
                        }
                        problems.error(
                                event.locationOf("start"),
                                "start",
                                text.get(),
                                "is not after the scenario's start date",
                                "a date after " + scenarioStart.get() + " (events start at step 1 or later)",
                                "");
                        return false;
                    })
                    .orElse(OptionalInt.empty());
        }
        if (text.get().contains("-")) {
            if (startUnreadable) {
                return OptionalInt.empty();
            }
            problems.error(
                    event.locationOf("start"),
                    "start",
                    text.get(),
                    "is a date but the scenario has no start date",
                    "a step number, or a top-level start: YYYY-MM-DD",
                    "");
            return OptionalInt.empty();
        }
        return f.whole(event, EventField.START, true);
    }

    private Optional<EventSpec.Recovery> recovery(YamlMap recovery) {
        recovery.rejectUnknownKeys(Set.of("tau", "curve"), problems);
        OptionalDouble tau = f.real(recovery, EventField.RECOVERY_TAU, true);
        Optional<String> curve =
                f.choice(recovery, "curve", false, List.of("linear", "convex", "convex-unscaled", "concave"));
        if (tau.isEmpty() || (recovery.has("curve") && curve.isEmpty())) {
            return Optional.empty();
        }
        return Optional.of(new EventSpec.Recovery(RecoveryCurve.of(curve.orElse("linear")), tau.getAsDouble()));
    }

    private Optional<EventSpec.Rebuild> rebuild(YamlMap rebuild) {
        rebuild.rejectUnknownKeys(Set.of("sectors", "tau", "factor"), problems);
        OptionalInt tau = f.whole(rebuild, EventField.REBUILD_TAU, true);
        OptionalDouble factor = f.real(rebuild, EventField.REBUILD_FACTOR, false);
        Optional<YamlMap> sectors = rebuild.map("sectors", problems);
        if (sectors.isEmpty()) {
            problems.error(
                    rebuild.location(),
                    "key",
                    "sectors",
                    "is missing",
                    "sectors: {sector: share, ...} with shares summing to 1",
                    "");
            return Optional.empty();
        }
        Map<String, Double> shares = new TreeMap<>();
        for (String sector : sectors.get().keys()) {
            f.number(sectors.get(), sector, true, Double.MIN_VALUE, 1).ifPresent(v -> shares.put(sector, v));
        }
        double sum = shares.values().stream().mapToDouble(Double::doubleValue).sum();
        if (shares.size() == sectors.get().keys().size() && Math.abs(sum - 1) > 1e-9) {
            problems.error(
                    rebuild.locationOf("sectors"),
                    "sectors",
                    String.valueOf(sum),
                    "shares do not sum to 1",
                    "shares summing to 1",
                    "");
            return Optional.empty();
        }
        if (tau.isEmpty()
                || shares.size() != sectors.get().keys().size()
                || (rebuild.has("factor") && factor.isEmpty())) {
            return Optional.empty();
        }
        return Optional.of(new EventSpec.Rebuild(shares, tau.getAsInt(), factor.orElse(1)));
    }

    List<EventSpec> specs() {
        return specs;
    }

    List<Location> locations() {
        return locations;
    }

    List<List<Location>> nodeLocations() {
        return nodeLocations;
    }
}
