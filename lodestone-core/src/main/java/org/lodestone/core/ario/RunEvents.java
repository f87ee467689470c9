package org.lodestone.core.ario;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import org.lodestone.core.shock.Event;

/**
 * The typed events of one run and their subscribers: phase changes of the scenario's events,
 * shortages of industries and stock-outs of inputs. Each kind is detected only while someone
 * subscribes to it: a shortage costs one pass over the industries a step, a stock-out one over the
 * (input, buyer) entries, a phase change one look at each event. Detection reads the run's state
 * right after production (4.5), when the stocks are still those of the start of the step; the
 * events are published once the step completes, so a step that crashes publishes nothing.
 */
final class RunEvents {

    private final ArioModel m;
    private final List<Event> events;
    private final EventSchedule schedule;

    private final List<PhaseChanged.Handler> phaseHandlers = new ArrayList<>();
    private final List<ShortageBegan.Handler> shortageBegan = new ArrayList<>();
    private final List<ShortageEnded.Handler> shortageEnded = new ArrayList<>();
    private final List<StockOut.Handler> stockOut = new ArrayList<>();
    private final List<StockRestored.Handler> stockRestored = new ArrayList<>();

    private EventPhase[] phases;
    private boolean[] shortWas;
    private boolean[] shortNow;
    private double[] shortX;
    private double[] shortDemand;
    private boolean[] outWas;
    private boolean[] outNow;
    private double[] outStock;

    RunEvents(ArioModel model, List<Event> events, EventSchedule schedule) {
        this.m = model;
        this.events = List.copyOf(events);
        this.schedule = schedule;
    }

    void addPhaseChanged(PhaseChanged.Handler h) {
        if (phases == null) {
            phases = new EventPhase[events.size()];
            Arrays.fill(phases, EventPhase.PENDING);
        }
        phaseHandlers.add(h);
    }

    void addShortageBegan(ShortageBegan.Handler h) {
        watchShortages();
        shortageBegan.add(h);
    }

    void addShortageEnded(ShortageEnded.Handler h) {
        watchShortages();
        shortageEnded.add(h);
    }

    void addStockOut(StockOut.Handler h) {
        watchStocks();
        stockOut.add(h);
    }

    void addStockRestored(StockRestored.Handler h) {
        watchStocks();
        stockRestored.add(h);
    }

    private void watchShortages() {
        if (shortWas == null) {
            shortWas = new boolean[m.p];
            shortNow = new boolean[m.p];
            shortX = new double[m.p];
            shortDemand = new double[m.p];
        }
    }

    private void watchStocks() {
        if (outWas == null) {
            outWas = new boolean[m.entries.count];
            outNow = new boolean[m.entries.count];
            outStock = new double[m.entries.count];
        }
    }

    /** True if anyone listens to shortages or stock-outs (which need {@link #afterProduction}). */
    boolean watchesProduction() {
        return shortWas != null || outWas != null;
    }

    /**
     * Right after 4.5: which industries produce below their demand and which inputs limit
     * production, by the engine's own test ({@link Inventories#constrain}).
     *
     * @param stocks the inventories at the start of the step, per entry
     */
    void afterProduction(double[] x, double[] totalDemand, double[] xOpt, double[] stocks) {
        if (shortNow != null) {
            for (int i = 0; i < m.p; i++) {
                shortNow[i] = totalDemand[i] > 0 && x[i] < (1 - ShortageBegan.THRESHOLD) * totalDemand[i];
                shortX[i] = x[i];
                shortDemand[i] = totalDemand[i];
            }
        }
        if (outNow != null) {
            InputEntries entries = m.entries;
            for (int e = 0; e < entries.count; e++) {
                int j = entries.buyer[e];
                outNow[e] = m.isInput[e] && stocks[e] < m.psi * xOpt[j] * m.aS[e] * m.constraintDuration[e];
                outStock[e] = stocks[e];
            }
        }
    }

    /** At the end of step t: publishes what changed since the end of the step before. */
    void publish(int t) {
        if (phases != null) {
            publishPhases(t);
        }
        if (shortNow != null) {
            for (int i = 0; i < m.p; i++) {
                if (shortNow[i] && !shortWas[i]) {
                    ShortageBegan began = new ShortageBegan(t, i, shortX[i], shortDemand[i]);
                    shortageBegan.forEach(h -> h.handle(began));
                } else if (!shortNow[i] && shortWas[i]) {
                    ShortageEnded ended = new ShortageEnded(t, i);
                    shortageEnded.forEach(h -> h.handle(ended));
                }
                shortWas[i] = shortNow[i];
            }
        }
        if (outNow != null) {
            publishStocks(t);
        }
    }

    private void publishStocks(int t) {
        InputEntries entries = m.entries;
        for (int e = 0; e < entries.count; e++) {
            if (outNow[e] && !outWas[e]) {
                StockOut out = new StockOut(t, entries.buyer[e], entries.product[e], outStock[e]);
                stockOut.forEach(h -> h.handle(out));
            } else if (!outNow[e] && outWas[e]) {
                StockRestored restored = new StockRestored(t, entries.buyer[e], entries.product[e]);
                stockRestored.forEach(h -> h.handle(restored));
            }
            outWas[e] = outNow[e];
        }
    }

    private void publishPhases(int t) {
        for (int n = 0; n < phases.length; n++) {
            EventPhase now = phase(n, t);
            if (now != phases[n]) {
                PhaseChanged change = new PhaseChanged(t, n, phases[n], now);
                phases[n] = now;
                phaseHandlers.forEach(h -> h.handle(change));
            }
        }
    }

    /** The engine's phase of a capacity event; a market event's from its window. */
    private EventPhase phase(int n, int t) {
        EventPhase engine = schedule.phase(n);
        if (engine != null) {
            return engine;
        }
        Event e = events.get(n);
        if (t < e.start()) {
            return EventPhase.PENDING;
        }
        return t < e.start() + e.duration() ? EventPhase.HAPPENING : EventPhase.FINISHED;
    }
}
