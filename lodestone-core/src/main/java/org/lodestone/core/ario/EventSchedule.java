package org.lodestone.core.ario;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import org.lodestone.core.shock.Event;

/**
 * The events of one run and their state (ARIO-SPEC 4.1, 4.9 and 6): status changes, capital lost,
 * the arbitrary capacity loss with its one-step lag, rebuild demand and recovery.
 */
final class EventSchedule {

    private final ArioModel model;
    private final List<EventTracker> trackers = new ArrayList<>();
    /** Per event of the run, its tracker, or null for an event that does not change capacity. */
    private final EventTracker[] byEvent;

    private final double[] arbitraryStored;
    private final double[] capitalLost;
    private final double capitalPrecision;
    private int rebuildBlocks;

    EventSchedule(ArioModel model, List<Event> events) {
        this.model = model;
        this.arbitraryStored = new double[model.p];
        this.capitalLost = new double[model.p];
        this.capitalPrecision = Math.pow(10, (int) Math.log10(model.parameters.monetaryFactor()) + 1);
        this.byEvent = new EventTracker[events.size()];
        for (int index = 0; index < events.size(); index++) {
            Event e = events.get(index);
            for (int i : e.industries()) {
                if (i < 0 || i >= model.p) {
                    throw new IllegalArgumentException("event names industry " + i + ", the table has " + model.p);
                }
            }
            byEvent[index] = EventTracker.of(e, model).orElse(null);
            if (byEvent[index] != null) {
                trackers.add(byEvent[index]);
            }
        }
    }

    /** The phase of the run's event {@code index} if it changes capacity, else null (its phase follows its window). */
    EventPhase phase(int index) {
        return byEvent[index] == null ? null : byEvent[index].status;
    }

    /** Rebuild demand blocks opened so far (E). */
    int rebuildBlocks() {
        return rebuildBlocks;
    }

    /**
     * Start of step t (4.1): status changes, capital lost, Δ = max(L ⊘ K, stored arbitrary loss),
     * then the stored arbitrary loss is refreshed for step t + 1 from
     * {@link Event.CapacityLoss#lostAt} (so it reaches Δ one step later).
     *
     * @param delta filled with the capacity loss of this step
     * @return true if capital lost is defined this step (false when only capacity-loss events are active)
     */
    boolean begin(int t, double[] delta) {
        // each loop in a method of its own: C2 compiles these small methods once instead of
        // compiling begin on the stack at its loop over industries and again whole
        advanceStatus(t);
        boolean capitalDefined = sumCapitalLost();
        fillDelta(capitalDefined, delta);
        refreshArbitrary(t + 1);
        return capitalDefined;
    }

    /** Status changes at the start of step t: pending events start, happening events end. */
    private void advanceStatus(int t) {
        for (EventTracker tr : trackers) {
            if (tr.status == EventPhase.PENDING && t - 1 <= tr.event.start() && tr.event.start() <= t) {
                tr.status = EventPhase.HAPPENING;
            }
        }
        for (EventTracker tr : trackers) {
            if (tr.status == EventPhase.HAPPENING && t >= tr.event.start() + tr.event.duration()) {
                boolean rebuild = tr.rebuild != null;
                tr.status = rebuild ? EventPhase.REBUILDING : EventPhase.RECOVERING;
                rebuildBlocks += rebuild ? 1 : 0;
            }
        }
    }

    /** Δ = max(L ⊘ K, stored arbitrary loss) per industry. */
    private void fillDelta(boolean capitalDefined, double[] delta) {
        for (int i = 0; i < model.p; i++) {
            double k = model.capital == null ? 0 : model.capital[i];
            double lost = capitalDefined && k != 0 ? capitalLost[i] / k : 0;
            delta[i] = Math.max(lost, arbitraryStored[i]);
        }
    }

    /** Capital still lost per industry (valid after {@link #begin} returned true). */
    double[] capitalLost() {
        return capitalLost;
    }

    private boolean sumCapitalLost() {
        Arrays.fill(capitalLost, 0);
        boolean anyActive = false;
        boolean anyCapital = false;
        for (EventTracker tr : trackers) {
            if (tr.isActive()) {
                anyActive = true;
                if (tr.capacityLoss == null) {
                    anyCapital = true;
                    addCapitalLost(tr);
                }
            }
        }
        checkCapitalLost();
        return anyCapital || !anyActive;
    }

    private void addCapitalLost(EventTracker tr) {
        int[] at = tr.event.industries();
        for (int n = 0; n < at.length; n++) {
            capitalLost[at[n]] += tr.current[n];
        }
    }

    /** Fails if an industry lost more capital than it has. */
    private void checkCapitalLost() {
        if (model.capital == null) {
            return;
        }
        for (int i = 0; i < model.p; i++) {
            if (capitalLost[i] > model.capital[i]) {
                throw new IllegalArgumentException("capital lost in industry " + i + " (" + capitalLost[i]
                        + ") exceeds its productive capital (" + model.capital[i] + ")");
            }
        }
    }

    /** The largest capacity loss of each industry at step {@code next}, over the capacity-loss events in force. */
    private void refreshArbitrary(int next) {
        Arrays.fill(arbitraryStored, 0);
        for (EventTracker tr : trackers) {
            Event.CapacityLoss loss = tr.capacityLoss;
            if (loss != null && (tr.status == EventPhase.HAPPENING || tr.status == EventPhase.RECOVERING)) {
                int[] at = tr.event.industries();
                for (int n = 0; n < at.length; n++) {
                    arbitraryStored[at[n]] = Math.max(arbitraryStored[at[n]], loss.lostAt(n, next));
                }
            }
        }
    }

    /** True if any event is rebuilding this step. */
    boolean anyRebuilding() {
        // a loop, not a stream: called every step, and a step allocates nothing
        for (EventTracker tr : trackers) {
            if (tr.status == EventPhase.REBUILDING) {
                return true;
            }
        }
        return false;
    }

    /** Rebuild demand entries of every rebuilding event this step: remaining × (1/τ); others 0. */
    void fillRebuildDemand(RebuildDemand demand) {
        demand.clear();
        for (EventTracker tr : trackers) {
            if (tr.status == EventPhase.REBUILDING) {
                double rate = 1.0 / tr.rebuild.tau();
                for (int n = 0; n < tr.remaining.length; n++) {
                    demand.set(tr.rebuildEntry[n], tr.remaining[n] * rate);
                }
            }
        }
    }

    /** End of step t (4.9): rebuilding events receive their deliveries, recovering events recover. */
    void end(int t, RebuildDemand demand) {
        for (EventTracker tr : trackers) {
            if (tr.status == EventPhase.REBUILDING) {
                receiveRebuilding(tr, demand);
            }
        }
        for (EventTracker tr : trackers) {
            if (tr.status == EventPhase.RECOVERING) {
                recover(tr, t);
            }
        }
    }

    private void receiveRebuilding(EventTracker tr, RebuildDemand demand) {
        boolean allZero = true;
        Arrays.fill(tr.current, 0);
        for (int n = 0; n < tr.remaining.length; n++) {
            double left = Math.rint((tr.remaining[n] - demand.delivered(tr.rebuildEntry[n])) * capitalPrecision)
                    / capitalPrecision;
            tr.remaining[n] = Math.max(left, 0);
            allZero &= tr.remaining[n] == 0;
            tr.current[tr.rebuildColumn[n]] += tr.remaining[n];
        }
        if (allZero) {
            tr.status = EventPhase.FINISHED;
            return;
        }
        for (int n = 0; n < tr.current.length; n++) {
            tr.current[n] = tr.current[n] / tr.rebuild.factor();
        }
    }

    private void recover(EventTracker tr, int t) {
        int elapsed = t - (tr.event.start() + tr.event.duration());
        boolean allZero = true;
        for (int n = 0; n < tr.initial.length; n++) {
            if (tr.capacityLoss != null) {
                tr.current[n] = tr.capacityLoss.remaining(n, elapsed);
            } else {
                double value = tr.curve.value(elapsed, tr.initial[n], tr.tau);
                tr.current[n] = Math.rint(value * capitalPrecision) / capitalPrecision;
            }
            allZero &= tr.current[n] == 0;
        }
        if (allZero) {
            tr.status = EventPhase.FINISHED;
        }
    }

    /** Registers the rebuild demand entries of every rebuild event; called once before the run. */
    void registerRebuildDemand(RebuildDemand demand) {
        for (EventTracker tr : trackers) {
            if (tr.rebuild != null) {
                initRemaining(tr, tr.rebuild, demand);
            }
        }
    }

    /** Rem[(r,s),f] = share_s · L0[f] · factor · Z[(r,s),f] / Σ_r' Z[(r',s),f] (ARIO-SPEC 6.4). */
    private void initRemaining(EventTracker tr, Event.CapitalRebuild r, RebuildDemand demand) {
        List<int[]> cells = new ArrayList<>();
        List<Double> values = new ArrayList<>();
        int[] affected = r.industries();
        for (int i = 0; i < model.p; i++) {
            Double share = r.sectorShares().get(model.productOf[i]);
            if (share == null) {
                continue;
            }
            for (int n = 0; n < affected.length; n++) {
                int f = affected[n];
                double total = model.zC(model.productOf[i], f);
                double flow = flow(i, f);
                double dist = total == 0 ? 0 : flow / total;
                double rem = share * tr.initial[n] * r.factor() * dist;
                if (rem != 0) {
                    cells.add(new int[] {i, n});
                    values.add(rem);
                }
            }
        }
        tr.remaining = values.stream().mapToDouble(Double::doubleValue).toArray();
        tr.rebuildEntry = new int[cells.size()];
        tr.rebuildColumn = new int[cells.size()];
        for (int c = 0; c < cells.size(); c++) {
            tr.rebuildEntry[c] = demand.add(cells.get(c)[0]);
            tr.rebuildColumn[c] = cells.get(c)[1];
        }
    }

    private double flow(int i, int j) {
        int k = Arrays.binarySearch(model.zColumns, model.zRowStart[i], model.zRowStart[i + 1], j);
        return k >= 0 ? model.zValues[k] : 0;
    }

    /** Industry indices hit by any event, sorted, no duplicates. */
    int[] shockedIndustries() {
        return trackers.stream()
                .flatMapToInt(tr -> Arrays.stream(tr.event.industries()))
                .distinct()
                .sorted()
                .toArray();
    }
}
