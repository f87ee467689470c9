package org.lodestone.core.scenario;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Optional;

/**
 * The numeric fields of each event type, by key within the event ({@code share-blocked},
 * {@code licensing.delay-days}, …), and the event rebuilt with new values for some of them.
 */
final class EventFields {

    private static final double INF = Double.POSITIVE_INFINITY;

    private EventFields() {}

    /** The event's fields, with paths {@code prefix + key}. */
    static List<ScenarioField> of(String prefix, EventSpec event, int horizon) {
        List<ScenarioField> f = new ArrayList<>();
        boolean bounded = event instanceof EventSpec.CapacityLoss || event instanceof EventSpec.CapitalDestroyed;
        if (event instanceof EventSpec.CapacityLoss c) {
            f.add(real(prefix + "fraction", 0, true, 1, c.fraction()));
            f.add(real(prefix + "recovery.tau", 1, false, INF, c.tau()));
        } else if (event instanceof EventSpec.CapitalDestroyed c) {
            f.add(real(prefix + "fraction", 0, true, 1, c.fraction()));
            c.recovery().ifPresent(r -> f.add(real(prefix + "recovery.tau", 1, false, INF, r.tau())));
            c.rebuild().ifPresent(r -> {
                f.add(whole(prefix + "rebuild.tau", 1, INF, r.tau()));
                f.add(real(prefix + "rebuild.factor", 0, true, INF, r.factor()));
            });
        } else if (event instanceof EventSpec.ExportControl c) {
            f.add(real(prefix + "share-blocked", 0, false, 1, c.share()));
            f.add(real(prefix + "licensing.approval-rate", 0, false, 1, c.approvalRate()));
            f.add(whole(prefix + "licensing.delay-days", 0, INF, c.delayDays()));
        } else if (event instanceof EventSpec.LogisticsDisruption d) {
            f.add(real(prefix + "share-blocked", 0, false, 1, d.share()));
            f.add(whole(prefix + "delay-days", 0, INF, d.delayDays()));
        } else if (event instanceof EventSpec.DemandShock d) {
            f.add(real(prefix + "factor", 0, false, INF, d.factor()));
        } else if (event instanceof EventSpec.StockRelease r) {
            f.add(real(prefix + "rate", 0, true, INF, r.ratePerDay()));
        }
        f.add(whole(prefix + "start", 1, bounded ? horizon - 1 : INF, event.start()));
        f.add(whole(prefix + "duration", 1, bounded ? horizon - 1 : INF, event.duration()));
        return f;
    }

    /**
     * The event with the given keys set.
     *
     * @param values key within the event → value, already adjusted and checked against the field
     */
    static EventSpec apply(EventSpec event, Map<String, Double> values) {
        int start = (int) get(values, "start", event.start());
        int duration = (int) get(values, "duration", event.duration());
        if (event instanceof EventSpec.CapacityLoss c) {
            return new EventSpec.CapacityLoss(
                    c.at(),
                    get(values, "fraction", c.fraction()),
                    start,
                    duration,
                    c.curve(),
                    get(values, "recovery.tau", c.tau()));
        }
        if (event instanceof EventSpec.CapitalDestroyed c) {
            return new EventSpec.CapitalDestroyed(
                    c.at(),
                    get(values, "fraction", c.fraction()),
                    start,
                    duration,
                    c.recovery().map(r -> new EventSpec.Recovery(r.curve(), get(values, "recovery.tau", r.tau()))),
                    rebuild(c.rebuild(), values));
        }
        if (event instanceof EventSpec.ExportControl c) {
            return new EventSpec.ExportControl(
                    c.imposer(),
                    c.commodities(),
                    c.targets(),
                    get(values, "share-blocked", c.share()),
                    start,
                    duration,
                    get(values, "licensing.approval-rate", c.approvalRate()),
                    (int) get(values, "licensing.delay-days", c.delayDays()));
        }
        if (event instanceof EventSpec.LogisticsDisruption d) {
            return new EventSpec.LogisticsDisruption(
                    d.chokepoint(),
                    get(values, "share-blocked", d.share()),
                    (int) get(values, "delay-days", d.delayDays()),
                    start,
                    duration);
        }
        if (event instanceof EventSpec.DemandShock d) {
            return new EventSpec.DemandShock(
                    d.commodities(), d.regions(), get(values, "factor", d.factor()), start, duration);
        }
        EventSpec.StockRelease r = (EventSpec.StockRelease) event;
        return new EventSpec.StockRelease(
                r.region(), r.commodity(), get(values, "rate", r.ratePerDay()), start, duration);
    }

    private static Optional<EventSpec.Rebuild> rebuild(
            Optional<EventSpec.Rebuild> rebuild, Map<String, Double> values) {
        return rebuild.map(r -> new EventSpec.Rebuild(
                r.sectors(), (int) get(values, "rebuild.tau", r.tau()), get(values, "rebuild.factor", r.factor())));
    }

    private static double get(Map<String, Double> values, String key, double current) {
        return values.getOrDefault(key, current);
    }

    private static ScenarioField real(String path, double min, boolean minOpen, double max, double value) {
        return new ScenarioField(path, min, minOpen, max, false, value);
    }

    private static ScenarioField whole(String path, double min, double max, double value) {
        return new ScenarioField(path, min, false, max, true, value);
    }
}
