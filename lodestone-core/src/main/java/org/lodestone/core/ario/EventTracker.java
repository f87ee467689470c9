package org.lodestone.core.ario;

import java.util.Optional;
import org.lodestone.core.shock.Event;
import org.lodestone.core.shock.RecoveryCurve;

/**
 * The state of one event that changes production capacity (the reference's events): its status,
 * the loss it started with and the loss left, and for rebuild events the demand still to deliver.
 * Market events (controls, disruptions, demand shocks, releases) have none; see
 * {@link MarketConditions}.
 */
final class EventTracker {

    final Event event;
    /** The capacity loss (the reference's arbitrary production loss), or null for a capital event. */
    final Event.CapacityLoss capacityLoss;
    /** The rebuild event, or null when the loss recovers along a curve. */
    final Event.CapitalRebuild rebuild;
    /** The recovery curve and time, when the loss recovers along a curve. */
    final RecoveryCurve curve;

    final double tau;
    EventPhase status = EventPhase.PENDING;
    final double[] initial;
    final double[] current;
    double[] remaining = new double[0];
    int[] rebuildEntry = new int[0];
    int[] rebuildColumn = new int[0];

    private EventTracker(
            Event event,
            double[] initial,
            Event.CapacityLoss capacityLoss,
            RecoveryCurve curve,
            double tau,
            Event.CapitalRebuild r) {
        this.event = event;
        this.initial = initial.clone();
        this.current = initial.clone();
        this.capacityLoss = capacityLoss;
        this.curve = curve;
        this.tau = tau;
        this.rebuild = r;
    }

    /**
     * The tracker of a capacity or capital event, empty for a market event.
     *
     * @throws IllegalArgumentException for a rebuilding sector outside the table, or a capital event
     *                                  on a table without capital
     */
    static Optional<EventTracker> of(Event event, ArioModel model) {
        return event.accept(new Event.Visitor<>() {
            @Override
            public Optional<EventTracker> capacityLoss(Event.CapacityLoss e) {
                return Optional.of(new EventTracker(e, e.fractions(), e, e.curve(), e.tau(), null));
            }

            @Override
            public Optional<EventTracker> capitalRecovery(Event.CapitalRecovery e) {
                requireCapital(model);
                return Optional.of(new EventTracker(e, e.damages(), null, e.curve(), e.tau(), null));
            }

            @Override
            public Optional<EventTracker> capitalRebuild(Event.CapitalRebuild e) {
                for (int sector : e.sectorShares().keySet()) {
                    if (sector < 0 || sector >= model.s) {
                        throw new IllegalArgumentException("rebuild event names rebuilding sector " + sector
                                + ", the table has " + model.s + " sectors (0 to " + (model.s - 1) + ")");
                    }
                }
                requireCapital(model);
                return Optional.of(new EventTracker(e, e.damages(), null, null, 0, e));
            }

            @Override
            public Optional<EventTracker> exportControl(Event.ExportControl e) {
                return Optional.empty();
            }

            @Override
            public Optional<EventTracker> logisticsDisruption(Event.LogisticsDisruption e) {
                return Optional.empty();
            }

            @Override
            public Optional<EventTracker> demandShock(Event.DemandShock e) {
                return Optional.empty();
            }

            @Override
            public Optional<EventTracker> stockRelease(Event.StockRelease e) {
                return Optional.empty();
            }
        });
    }

    private static void requireCapital(ArioModel model) {
        if (model.capital == null) {
            throw new IllegalArgumentException(
                    "a capital-destroyed event needs productive capital, which this physical table "
                            + "does not give; use capacity-loss, or give capital in the dataset");
        }
    }

    boolean isActive() {
        return status == EventPhase.HAPPENING || status == EventPhase.RECOVERING || status == EventPhase.REBUILDING;
    }
}
