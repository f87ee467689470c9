package org.lodestone.planner.supply;

import java.util.ArrayList;
import java.util.List;
import org.lodestone.core.shock.Event;

/**
 * A scenario's bound events sorted by kind, through {@link Event.Visitor}: a new kind of event does
 * not compile until the planner says how it models it. Capital events are refused: the planner
 * works on physical tables, which give no productive capital.
 */
final class ShockKinds implements Event.Visitor<Void> {

    final List<Event.ExportControl> controls = new ArrayList<>();
    final List<Event.LogisticsDisruption> logistics = new ArrayList<>();
    final List<Event.CapacityLoss> losses = new ArrayList<>();
    final List<Event.DemandShock> demand = new ArrayList<>();
    final List<Event.StockRelease> releases = new ArrayList<>();

    private ShockKinds() {}

    /** The events sorted by kind, in their order. */
    static ShockKinds of(List<Event> events) {
        ShockKinds kinds = new ShockKinds();
        events.forEach(e -> e.accept(kinds));
        return kinds;
    }

    @Override
    public Void capacityLoss(Event.CapacityLoss event) {
        losses.add(event);
        return null;
    }

    @Override
    public Void capitalRecovery(Event.CapitalRecovery event) {
        throw refused("capital-destroyed (recovery)");
    }

    @Override
    public Void capitalRebuild(Event.CapitalRebuild event) {
        throw refused("capital-destroyed (rebuild)");
    }

    @Override
    public Void exportControl(Event.ExportControl event) {
        controls.add(event);
        return null;
    }

    @Override
    public Void logisticsDisruption(Event.LogisticsDisruption event) {
        logistics.add(event);
        return null;
    }

    @Override
    public Void demandShock(Event.DemandShock event) {
        demand.add(event);
        return null;
    }

    @Override
    public Void stockRelease(Event.StockRelease event) {
        releases.add(event);
        return null;
    }

    private static IllegalArgumentException refused(String kind) {
        return new IllegalArgumentException("the planner cannot model " + kind
                + " events: capital is not given by physical datasets; use capacity-loss instead");
    }
}
