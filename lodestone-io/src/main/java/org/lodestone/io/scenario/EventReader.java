package org.lodestone.io.scenario;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.OptionalInt;
import java.util.Set;
import java.util.TreeMap;
import org.lodestone.core.scenario.EventSpec;
import org.lodestone.core.scenario.NodeRef;
import org.lodestone.core.shock.RecoveryCurve;
import org.lodestone.io.problem.Location;
import org.lodestone.io.problem.Problems;
import org.lodestone.io.yaml.YamlMap;

/** Reads the {@code events} list into specs, with locations. */
/** Reads a scenario's {@code events} list into event specs, keeping where each event and node was written. */
final class EventReader {
    private static final List<String> SUPPORTED = List.of(
            "capacity-loss",
            "capital-destroyed",
            "export-control",
            "logistics-disruption",
            "demand-shock",
            "stock-release");
    private static final Set<String> CAPACITY_KEYS = Set.of("type", "at", "fraction", "start", "duration", "recovery");
    private static final Set<String> CAPITAL_KEYS =
            Set.of("type", "at", "fraction", "start", "duration", "recovery", "rebuild");
    private static final Set<String> NODE_KEYS = Set.of("region", "sector", "commodity");

    private final YamlFields f;
    private final Problems problems;
    private final Optional<LocalDate> scenarioStart;
    private final List<EventSpec> specs = new ArrayList<>();
    private final List<Location> locations = new ArrayList<>();
    private final List<List<Location>> nodeLocations = new ArrayList<>();

    EventReader(YamlFields f, Problems problems, Optional<LocalDate> scenarioStart) {
        this.f = f;
        this.problems = problems;
        this.scenarioStart = scenarioStart;
    }

    void read(YamlMap event) {
        Optional<String> type = f.text(event, "type", true);
        if (type.isEmpty()) {
            return;
        }
        if (!SUPPORTED.contains(type.get())) {
            problems.error(
                    event.locationOf("type"),
                    "type",
                    type.get(),
                    "is not a known event type",
                    "one of " + String.join(", ", SUPPORTED),
                    "");
            return;
        }
        if (MarketEventReader.TYPES.contains(type.get())) {
            new MarketEventReader(this, f, problems).read(type.get(), event).ifPresent(spec -> {
                specs.add(spec);
                locations.add(event.location());
                nodeLocations.add(List.of());
            });
            return;
        }
        boolean capacity = type.get().equals("capacity-loss");
        event.rejectUnknownKeys(capacity ? CAPACITY_KEYS : CAPITAL_KEYS, problems);
        List<Location> where = new ArrayList<>();
        List<NodeRef> at = nodes(event, where);
        var fraction = f.number(event, "fraction", true, Double.MIN_VALUE, 1);
        OptionalInt start = start(event);
        OptionalInt duration = f.integer(event, "duration", true, 1);
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
            return;
        }
        if (at.isEmpty()
                || fraction.isEmpty()
                || start.isEmpty()
                || duration.isEmpty()
                || (event.has("recovery") && recovery.isEmpty())
                || (event.has("rebuild") && rebuild.isEmpty())) {
            return;
        }
        EventSpec.Recovery r = recovery.orElse(new EventSpec.Recovery(RecoveryCurve.LINEAR, 1));
        specs.add(
                capacity
                        ? new EventSpec.CapacityLoss(
                                at, fraction.getAsDouble(), start.getAsInt(), duration.getAsInt(), r.curve(), r.tau())
                        : new EventSpec.CapitalDestroyed(
                                at, fraction.getAsDouble(), start.getAsInt(), duration.getAsInt(), recovery, rebuild));
        locations.add(event.location());
        nodeLocations.add(where);
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
            problems.error(
                    event.locationOf("start"),
                    "start",
                    text.get(),
                    "is a date but the scenario has no start date",
                    "a step number, or a top-level start: YYYY-MM-DD",
                    "");
            return OptionalInt.empty();
        }
        return f.integer(event, "start", true, 1);
    }

    private Optional<EventSpec.Recovery> recovery(YamlMap recovery) {
        recovery.rejectUnknownKeys(Set.of("tau", "curve"), problems);
        var tau = f.number(recovery, "tau", true, 1, Double.POSITIVE_INFINITY);
        Optional<String> curve =
                f.choice(recovery, "curve", false, List.of("linear", "convex", "convex-unscaled", "concave"));
        if (tau.isEmpty() || (recovery.has("curve") && curve.isEmpty())) {
            return Optional.empty();
        }
        return Optional.of(new EventSpec.Recovery(RecoveryCurve.of(curve.orElse("linear")), tau.getAsDouble()));
    }

    private Optional<EventSpec.Rebuild> rebuild(YamlMap rebuild) {
        rebuild.rejectUnknownKeys(Set.of("sectors", "tau", "factor"), problems);
        OptionalInt tau = f.integer(rebuild, "tau", true, 1);
        var factor = f.number(rebuild, "factor", false, Double.MIN_VALUE, Double.POSITIVE_INFINITY);
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
