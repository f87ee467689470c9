package org.lodestone.core.scenario;

import static org.lodestone.core.shock.EventField.APPROVAL_RATE;
import static org.lodestone.core.shock.EventField.DELAY_DAYS;
import static org.lodestone.core.shock.EventField.DEPTH;
import static org.lodestone.core.shock.EventField.DURATION;
import static org.lodestone.core.shock.EventField.FACTOR;
import static org.lodestone.core.shock.EventField.FRACTION;
import static org.lodestone.core.shock.EventField.LICENSING_DELAY;
import static org.lodestone.core.shock.EventField.RATE;
import static org.lodestone.core.shock.EventField.REBUILD_FACTOR;
import static org.lodestone.core.shock.EventField.REBUILD_TAU;
import static org.lodestone.core.shock.EventField.RECOVERY_TAU;
import static org.lodestone.core.shock.EventField.SHARE_BLOCKED;
import static org.lodestone.core.shock.EventField.START;

import java.util.Arrays;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import java.util.stream.Stream;
import org.lodestone.core.shock.EventField;

/**
 * The kinds of event a scenario file may state: the {@code type} written in the file, the keys an
 * event of the kind may have, and its numbers as a field table ({@link EventField}: key, range,
 * unit). The reader checks files against this, the records validate with the same fields, and
 * the uncertainty paths are built from them. A {@code switch} over the kinds is exhaustive, so a
 * new kind does not compile until every such switch handles it.
 */
public enum EventKind {
    CAPACITY_LOSS(
            "capacity-loss",
            true,
            Set.of("type", "at", "fraction", "start", "duration", "recovery"),
            FRACTION,
            RECOVERY_TAU),
    CAPITAL_DESTROYED(
            "capital-destroyed",
            true,
            Set.of("type", "at", "fraction", "start", "duration", "recovery", "rebuild"),
            FRACTION,
            RECOVERY_TAU,
            REBUILD_TAU,
            REBUILD_FACTOR),
    EXPORT_CONTROL(
            "export-control",
            false,
            Set.of(
                    "type",
                    "imposer",
                    "commodities",
                    "targets",
                    "share-blocked",
                    "start",
                    "duration",
                    "end",
                    "licensing",
                    "reach",
                    "depth",
                    "content-goods",
                    "end-uses"),
            SHARE_BLOCKED,
            APPROVAL_RATE,
            LICENSING_DELAY,
            DEPTH),
    LOGISTICS_DISRUPTION(
            "logistics-disruption",
            false,
            Set.of("type", "chokepoint", "share-blocked", "delay-days", "start", "duration", "end"),
            SHARE_BLOCKED,
            DELAY_DAYS),
    DEMAND_SHOCK(
            "demand-shock",
            false,
            Set.of("type", "commodities", "regions", "factor", "start", "duration", "end"),
            FACTOR),
    STOCK_RELEASE(
            "stock-release", false, Set.of("type", "region", "commodity", "rate", "start", "duration", "end"), RATE);

    private final String type;
    private final boolean endsWithinHorizon;
    private final Set<String> keys;
    private final List<EventField> fields;

    EventKind(String type, boolean endsWithinHorizon, Set<String> keys, EventField... fields) {
        this.type = type;
        this.endsWithinHorizon = endsWithinHorizon;
        this.keys = keys;
        this.fields = List.of(fields);
    }

    /** The {@code type} written in scenario files. */
    public String type() {
        return type;
    }

    /**
     * True for the reference's events (capacity and capital): start + duration must not exceed the
     * horizon, since recovery must begin within the run.
     */
    public boolean endsWithinHorizon() {
        return endsWithinHorizon;
    }

    /** The keys an event of this kind may have in a scenario file (nested maps count as one key). */
    public Set<String> keys() {
        return keys;
    }

    /** The event's own numbers, then {@code start} and {@code duration}. */
    public List<EventField> fields() {
        return Stream.concat(fields.stream(), Stream.of(START, DURATION)).toList();
    }

    /** The kind written as {@code type} in a file, if there is one. */
    public static Optional<EventKind> of(String type) {
        return Arrays.stream(values()).filter(k -> k.type.equals(type)).findFirst();
    }

    /** Every {@code type}, in declaration order. */
    public static List<String> types() {
        return Arrays.stream(values()).map(EventKind::type).toList();
    }
}
