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

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.lodestone.core.shock.EventField;

/**
 * The numbers of each event kind, by its fields ({@link EventField}), and the event rebuilt with
 * new values for some of them.
 */
final class EventFields {

    /** The licensing map of approval rates by target region. */
    static final String BY_TARGET = "by-target";
    /** The licensing map of approval rates by end use. */
    static final String BY_END_USE = "by-end-use";

    private EventFields() {}

    /**
     * The event's fields, with paths {@code prefix + key}; {@code start} and {@code duration} of
     * events that must end within the horizon are at most {@code horizon - 1}.
     */
    static List<ScenarioField> of(String prefix, EventSpec event, int horizon) {
        List<ScenarioField> fields = new ArrayList<>();
        double last = event.kind().endsWithinHorizon() ? horizon - 1 : Double.POSITIVE_INFINITY;
        values(event).forEach((field, value) -> {
            double max = field == START || field == DURATION ? Math.min(field.max(), last) : field.max();
            fields.add(
                    new ScenarioField(prefix + field.key(), field.min(), field.minOpen(), max, field.whole(), value));
        });
        return fields;
    }

    /** The event's numbers by field, in the order of its kind's table; the start and duration last. */
    static Map<EventField, Double> values(EventSpec event) {
        Map<EventField, Double> values = new LinkedHashMap<>();
        event.accept(new Values(values));
        values.put(START, (double) event.start());
        values.put(DURATION, (double) event.duration());
        return values;
    }

    /**
     * The event with the given keys set.
     *
     * @param values key within the event → value, already adjusted and checked against the field
     */
    static EventSpec apply(EventSpec event, Map<String, Double> values) {
        return event.accept(new Apply(values, event));
    }

    /** Puts each kind's own numbers. */
    private record Values(Map<EventField, Double> values) implements EventSpec.Visitor<Void> {
        @Override
        public Void capacityLoss(EventSpec.CapacityLoss e) {
            values.put(FRACTION, e.fraction());
            values.put(RECOVERY_TAU, e.tau());
            return null;
        }

        @Override
        public Void capitalDestroyed(EventSpec.CapitalDestroyed e) {
            values.put(FRACTION, e.fraction());
            e.recovery().ifPresent(r -> values.put(RECOVERY_TAU, r.tau()));
            e.rebuild().ifPresent(r -> {
                values.put(REBUILD_TAU, (double) r.tau());
                values.put(REBUILD_FACTOR, r.factor());
            });
            return null;
        }

        @Override
        public Void exportControl(EventSpec.ExportControl e) {
            values.put(SHARE_BLOCKED, e.share());
            values.put(APPROVAL_RATE, e.approvalRate());
            values.put(LICENSING_DELAY, (double) e.delayDays());
            if (e.reach().content()) {
                values.put(DEPTH, (double) e.reach().depth());
            }
            e.approvalByTarget().forEach((region, rate) -> values.put(EventField.approvalFor(BY_TARGET, region), rate));
            e.approvalByEndUse().forEach((use, rate) -> values.put(EventField.approvalFor(BY_END_USE, use), rate));
            return null;
        }

        @Override
        public Void logisticsDisruption(EventSpec.LogisticsDisruption e) {
            values.put(SHARE_BLOCKED, e.share());
            values.put(DELAY_DAYS, (double) e.delayDays());
            return null;
        }

        @Override
        public Void demandShock(EventSpec.DemandShock e) {
            values.put(FACTOR, e.factor());
            return null;
        }

        @Override
        public Void stockRelease(EventSpec.StockRelease e) {
            values.put(RATE, e.ratePerDay());
            return null;
        }
    }

    /** Rebuilds each kind with the new values, keeping the others. */
    private record Apply(Map<String, Double> values, EventSpec event) implements EventSpec.Visitor<EventSpec> {

        private double get(EventField field, double current) {
            return values.getOrDefault(field.key(), current);
        }

        private int whole(EventField field, int current) {
            return (int) get(field, current);
        }

        private int start() {
            return whole(START, event.start());
        }

        private int duration() {
            return whole(DURATION, event.duration());
        }

        @Override
        public EventSpec capacityLoss(EventSpec.CapacityLoss c) {
            return new EventSpec.CapacityLoss(
                    c.at(), get(FRACTION, c.fraction()), start(), duration(), c.curve(), get(RECOVERY_TAU, c.tau()));
        }

        @Override
        public EventSpec capitalDestroyed(EventSpec.CapitalDestroyed c) {
            return new EventSpec.CapitalDestroyed(
                    c.at(),
                    get(FRACTION, c.fraction()),
                    start(),
                    duration(),
                    c.recovery().map(r -> new EventSpec.Recovery(r.curve(), get(RECOVERY_TAU, r.tau()))),
                    c.rebuild()
                            .map(r -> new EventSpec.Rebuild(
                                    r.sectors(), whole(REBUILD_TAU, r.tau()), get(REBUILD_FACTOR, r.factor()))));
        }

        @Override
        public EventSpec exportControl(EventSpec.ExportControl c) {
            return new EventSpec.ExportControl(
                    c.imposer(),
                    c.commodities(),
                    c.targets(),
                    get(SHARE_BLOCKED, c.share()),
                    start(),
                    duration(),
                    get(APPROVAL_RATE, c.approvalRate()),
                    whole(LICENSING_DELAY, c.delayDays()),
                    c.reach().content()
                            ? c.reach().withDepth(whole(DEPTH, c.reach().depth()))
                            : c.reach(),
                    c.endUses(),
                    rates(BY_TARGET, c.approvalByTarget()),
                    rates(BY_END_USE, c.approvalByEndUse()));
        }

        private Map<String, Double> rates(String group, Map<String, Double> current) {
            Map<String, Double> rates = new LinkedHashMap<>();
            current.forEach((name, rate) -> rates.put(name, get(EventField.approvalFor(group, name), rate)));
            return rates;
        }

        @Override
        public EventSpec logisticsDisruption(EventSpec.LogisticsDisruption d) {
            return new EventSpec.LogisticsDisruption(
                    d.chokepoint(),
                    get(SHARE_BLOCKED, d.share()),
                    whole(DELAY_DAYS, d.delayDays()),
                    start(),
                    duration());
        }

        @Override
        public EventSpec demandShock(EventSpec.DemandShock d) {
            return new EventSpec.DemandShock(
                    d.commodities(), d.regions(), get(FACTOR, d.factor()), start(), duration());
        }

        @Override
        public EventSpec stockRelease(EventSpec.StockRelease r) {
            return new EventSpec.StockRelease(
                    r.region(), r.commodity(), get(RATE, r.ratePerDay()), start(), duration());
        }
    }
}
