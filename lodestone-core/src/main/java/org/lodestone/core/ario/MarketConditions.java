package org.lodestone.core.ario;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.lodestone.core.mrio.SparseMatrix;
import org.lodestone.core.shock.Event;

/**
 * The events Lodestone adds to ARIO that change what can be bought rather than what can be made:
 * export controls and logistics disruptions (which restrict flows, see {@link Availability}),
 * demand shocks (which scale final demand) and stock releases (which add to inventories).
 */
final class MarketConditions {

    private final ArioModel m;
    private final List<Event.DemandShock> demandShocks = new ArrayList<>();
    private final List<boolean[]> demandShockRows = new ArrayList<>();
    private final List<Event.StockRelease> releases = new ArrayList<>();
    private final List<double[]> releaseSplit = new ArrayList<>();
    /** Per release and receiving industry: the slot of the run's inventories it adds to; set by {@link #bindReleaseSlots}. */
    private final List<int[]> releaseSlot = new ArrayList<>();

    final Availability current;
    final Availability next;
    /** Final demand wanted this step, per stored entry of F. */
    final double[] fdDemand;
    /** Final demand that can be ordered this step (wanted × availability), per stored entry of F. */
    final double[] fdOrderable;
    /**
     * Per stored entry of F, as of the last step that changed what is blocked or a demand shock:
     * the share restrictions leave orderable ({@code current.columnFactor}), and final demand
     * wanted and orderable before final buyers re-source it, which the steps in between start from.
     */
    final double[] fdFactor;

    private final double[] fdDemandBase;
    private final double[] fdOrderableBase;

    /** Final buyers' supplier qualification, or null when they do not switch (no lag in the model). */
    private final SupplierSwitching switching;

    /** @param switching the run's supplier qualification, or null when the model has no lag */
    MarketConditions(ArioModel model, List<Event> events, SupplierSwitching switching) {
        this.m = model;
        this.switching = switching;
        List<Availability.Restriction> restrictions = new ArrayList<>();
        for (Event e : events) {
            e.accept(new Collect(restrictions));
        }
        this.current = new Availability(model, restrictions);
        this.next = new Availability(model, restrictions);
        this.fdDemand = model.f0.values().clone();
        this.fdOrderable = model.f0.values().clone();
        this.fdFactor = new double[fdDemand.length];
        this.fdDemandBase = fdDemand.clone();
        this.fdOrderableBase = fdOrderable.clone();
    }

    /** Sorts each market event into what it changes; the reference's capacity events are {@link EventSchedule}'s. */
    private final class Collect implements Event.Visitor<Void> {
        private final List<Availability.Restriction> restrictions;

        Collect(List<Availability.Restriction> restrictions) {
            this.restrictions = restrictions;
        }

        @Override
        public Void capacityLoss(Event.CapacityLoss e) {
            return null;
        }

        @Override
        public Void capitalRecovery(Event.CapitalRecovery e) {
            return null;
        }

        @Override
        public Void capitalRebuild(Event.CapitalRebuild e) {
            return null;
        }

        @Override
        public Void exportControl(Event.ExportControl c) {
            restrictions.addAll(Availability.exportControl(c, m));
            return null;
        }

        @Override
        public Void logisticsDisruption(Event.LogisticsDisruption d) {
            restrictions.add(Availability.logistics(d, m));
            return null;
        }

        @Override
        public Void demandShock(Event.DemandShock d) {
            demandShocks.add(d);
            demandShockRows.add(Availability.mask(d.industries(), m.p));
            return null;
        }

        @Override
        public Void stockRelease(Event.StockRelease r) {
            releases.add(r);
            releaseSplit.add(split(r));
            return null;
        }
    }

    /** Each receiving industry's share of a release: its initial use of the product (equal shares if none uses it). */
    private double[] split(Event.StockRelease r) {
        double[] weights = new double[r.industries().length];
        double total = 0;
        for (int n = 0; n < weights.length; n++) {
            int j = r.industries()[n];
            if (j < 0 || j >= m.p || r.product() < 0 || r.product() >= m.s) {
                throw new IllegalArgumentException(
                        "stock release names industry " + j + " or product " + r.product() + " outside the table");
            }
            weights[n] = m.x0[j] * m.aS(r.product(), j);
            total += weights[n];
        }
        for (int n = 0; n < weights.length; n++) {
            weights[n] = total == 0 ? 1.0 / weights.length : weights[n] / total;
        }
        return weights;
    }

    /**
     * Fixes where each release goes in the run's inventories: the entry of (product, industry)
     * when a flow of the product reaches the industry, else a slot after the entries, one per
     * distinct such pair.
     *
     * @return the buyer of each slot after the entries
     */
    int[] bindReleaseSlots() {
        Map<Integer, Integer> idle = new LinkedHashMap<>();
        List<Integer> idleBuyers = new ArrayList<>();
        releaseSlot.clear();
        for (Event.StockRelease r : releases) {
            int[] slots = new int[r.industries().length];
            for (int n = 0; n < slots.length; n++) {
                int j = r.industries()[n];
                int e = m.entries.find(r.product(), j);
                if (e < 0) {
                    e = m.entries.count
                            + idle.computeIfAbsent(r.product() * m.p + j, cell -> {
                                idleBuyers.add(j);
                                return idleBuyers.size() - 1;
                            });
                }
                slots[n] = e;
            }
            releaseSlot.add(slots);
        }
        return idleBuyers.stream().mapToInt(Integer::intValue).toArray();
    }

    /**
     * Prepares step t: availability now and for the orders placed at its end, final demand, and
     * adds the stock released this step to {@code stocks}.
     *
     * @param finalDemandRow filled with the row sums of orderable final demand
     * @param demandRow      filled with the row sums of wanted final demand
     */
    void begin(int t, double[] stocks, double[] finalDemandRow, double[] demandRow) {
        current.prepare(t);
        next.prepare(t + 1);
        finalDemand(t, finalDemandRow, demandRow);
        for (int e = 0; e < releases.size(); e++) {
            double units = releases.get(e).releasedAt(t);
            if (units > 0) {
                double[] split = releaseSplit.get(e);
                int[] slots = releaseSlot.get(e);
                for (int n = 0; n < split.length; n++) {
                    stocks[slots[n]] += units * split[n];
                }
            }
        }
    }

    /**
     * Final demand wanted and orderable, per entry of F and per row; recomputed only when a demand
     * shock starts or ends or what is blocked changes, since otherwise every product is the same.
     * While final buyers re-source blocked demand along a qualification lag, the rows of the
     * products with a lag start again from those values at every step and are re-sourced; the
     * other rows keep them.
     */
    private void finalDemand(int t, double[] finalDemandRow, double[] demandRow) {
        boolean resourcing = switching != null && current.anyInForce();
        boolean changed = t == 0 || current.changed() || demandShockBoundary(t);
        if (changed) {
            baseFinalDemand(t);
        }
        if (resourcing) {
            if (changed) {
                switching.blockedFinalDemand(fdFactor, fdDemand);
            }
            switching.resourceFinalDemand(t, fdFactor, fdDemandBase, fdOrderableBase, fdDemand, fdOrderable);
        }
        if (changed) {
            for (int i = 0; i < m.p; i++) {
                rowSums(i, finalDemandRow, demandRow);
            }
        } else if (resourcing) {
            for (int i : switching.rows()) {
                rowSums(i, finalDemandRow, demandRow);
            }
        }
    }

    /** Final demand wanted and orderable before re-sourcing, with the restrictions' shares, per entry of F. */
    private void baseFinalDemand(int t) {
        SparseMatrix f = m.f0;
        int[] start = f.rowStart();
        int[] cols = f.columns();
        double[] values = f.values();
        for (int i = 0; i < m.p; i++) {
            for (int k = start[i]; k < start[i + 1]; k++) {
                double demand = values[k] * demandFactor(t, i, cols[k]);
                fdFactor[k] = current.columnFactor(i, cols[k]);
                fdDemand[k] = demand;
                fdOrderable[k] = demand * fdFactor[k];
            }
        }
        System.arraycopy(fdDemand, 0, fdDemandBase, 0, fdDemand.length);
        System.arraycopy(fdOrderable, 0, fdOrderableBase, 0, fdOrderable.length);
    }

    private void rowSums(int i, double[] finalDemandRow, double[] demandRow) {
        int[] start = m.f0.rowStart();
        double orderable = 0;
        double wanted = 0;
        for (int k = start[i]; k < start[i + 1]; k++) {
            orderable += fdOrderable[k];
            wanted += fdDemand[k];
        }
        finalDemandRow[i] = orderable;
        demandRow[i] = wanted;
    }

    /** True if some demand shock starts or ends at step t. */
    private boolean demandShockBoundary(int t) {
        for (Event.DemandShock d : demandShocks) {
            if (t == d.start() || t == d.start() + d.duration()) {
                return true;
            }
        }
        return false;
    }

    private double demandFactor(int t, int i, int column) {
        double factor = 1;
        for (int e = 0; e < demandShocks.size(); e++) {
            Event.DemandShock d = demandShocks.get(e);
            if (d.columns()[column] && demandShockRows.get(e)[i]) {
                factor *= d.factorAt(t);
            }
        }
        return factor;
    }
}
