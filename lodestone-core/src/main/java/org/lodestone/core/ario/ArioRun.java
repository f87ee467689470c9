package org.lodestone.core.ario;

import java.util.Arrays;
import java.util.List;
import org.lodestone.core.mrio.SparseMatrix;
import org.lodestone.core.shock.Event;

/**
 * One run of the ARIO model: the mutable state and the time step, in the exact order of the
 * reference implementation (ARIO-SPEC section 4). The run is pure: no I/O, no clock, no random
 * source; listeners see each step. After construction nothing is allocated per step.
 *
 * <p>Cost per step: two streaming passes over the non-zero flows plus work on the
 * (input product, buyer) pairs that have a flow ({@link InputEntries}); inventories, orders and
 * deliveries are kept per entry. A stock release into a pair without a flow gets a slot after the
 * entries: such an inventory is never used or refilled, but counts in the buyer's total.
 */
public final class ArioRun implements StepView {

    private static final double RTOL = 1e-5;
    private static final double ATOL = 1e-8;

    private final ArioModel m;
    private final EventSchedule events;
    private final RebuildDemand rebuild = new RebuildDemand();
    private final FlowPasses passes;
    private final MarketConditions market;
    private final InputEntries entries;
    /** The split of the entries among workers, and each part's result of the last split loop. */
    private final EntryParts workers;
    private final int[] partFirstBad;
    private final boolean[] partFlag;
    private final int p;
    /** Number of entries; slots from here on hold the stock released into pairs without a flow. */
    private final int n;
    private final int[] idleSlotBuyer;
    private int t;
    private boolean initialOrders = true;
    private boolean capitalDefined = true;

    private final double[] stocks;
    private final double[] alpha;
    private final double[] x;
    private final double[] xCap;
    private final double[] xOpt;
    private final double[] delta;
    private final double[] totalDemand;
    private final double[] finalDemandRow;
    private final double[] finalDemandWanted;
    private final double[] rebuildRow;
    private final double[] rebuildRowLeft;
    private final double[] rebuildDelivered;
    private double[] orderRows;
    private double[] orderRowsNext;
    /** What each buyer orders of each input product, placed this step (4.10). */
    private final double[] need;
    private double[] r;
    private double[] rNext;
    private final double[] add;
    private final double[] stocksTotal;
    private final int[] limiting;
    private final double[] minRatio;
    private final double[] fdUnmet;
    private final double[] fdUndistributed;
    /** True while this step's final-demand gaps are not computed yet: they are computed when read, as only listeners use them. */
    private boolean gapsPending;
    /** min(D_tot, capacity) per industry: the output inventory targets are set for (4.10). */
    private final double[] targetOutput;

    /** A run of {@code model} with {@code events}, at step 0, in the initial equilibrium. */
    public ArioRun(ArioModel model, List<Event> events) {
        this.m = model;
        this.p = model.p;
        this.entries = model.entries;
        this.n = entries.count;
        this.workers = new EntryParts(n, model.split.parts);
        this.partFirstBad = new int[workers.parts];
        this.partFlag = new boolean[workers.parts];
        this.events = new EventSchedule(model, events);
        this.events.registerRebuildDemand(rebuild);
        this.market = new MarketConditions(model, events);
        this.passes = new FlowPasses(model, !market.current.none());
        this.idleSlotBuyer = market.bindReleaseSlots();
        this.stocks = new double[n + idleSlotBuyer.length];
        for (int e = 0; e < n; e++) {
            double v = model.inventoryDuration[e] * model.x0[entries.buyer[e]] * model.aS[e];
            stocks[e] = Double.isNaN(v) ? Double.POSITIVE_INFINITY : v;
        }
        // a pair without a flow starts at 0, or +∞ when its target is infinite (counted through idleInfinite)
        this.alpha = new double[p];
        Arrays.fill(alpha, model.parameters.alphaBase());
        this.x = model.x0.clone();
        this.xCap = new double[p];
        this.xOpt = new double[p];
        this.delta = new double[p];
        this.totalDemand = new double[p];
        this.finalDemandRow = new double[p];
        this.finalDemandWanted = new double[p];
        this.rebuildRow = new double[p];
        this.rebuildRowLeft = new double[p];
        this.rebuildDelivered = new double[p];
        this.orderRows = model.table.z().rowSums();
        for (int i = 0; i < p; i++) {
            orderRows[i] = orderRows[i] * model.sigma;
        }
        this.orderRowsNext = new double[p];
        this.need = new double[n];
        this.r = new double[p];
        this.rNext = new double[p];
        this.add = new double[n];
        this.stocksTotal = new double[p];
        this.limiting = new int[p];
        this.minRatio = new double[p];
        this.fdUnmet = new double[model.q];
        this.fdUndistributed = new double[p];
        this.targetOutput = new double[p];
    }

    /**
     * Runs {@code steps} steps (or until a crash), calling {@code listener} after each.
     *
     * @return how the run ended
     */
    public RunOutcome run(int steps, StepListener listener) {
        for (int n = 0; n < steps; n++) {
            String crash = advance();
            if (crash != null) {
                return RunOutcome.crashed(t, crash);
            }
            listener.onStep(this);
            t++;
        }
        return RunOutcome.completed(t);
    }

    /** One step; returns a crash reason, or null. */
    private String advance() {
        beginStep();
        if (t > 1) {
            updateOverproduction();
        }
        for (int i = 0; i < p; i++) {
            xCap[i] = m.x0[i] * (1 - delta[i]) * alpha[i];
            if (xCap[i] < 0) {
                throw new IllegalStateException("negative production capacity at industry " + i + ", step " + t);
            }
            xOpt[i] = fmin(totalDemand[i], xCap[i]);
        }
        produce();
        for (int i = 0; i < p; i++) {
            rNext[i] = m.x0[i] == 0 ? 1 : xCap[i] / m.x0[i];
        }
        passes.deliveries(initialOrders, r, totalDemand, x, rNext, add, market.current, market.next);
        String crash = updateInventories();
        if (crash != null) {
            return crash;
        }
        gapsPending = true;
        deliverRebuild();
        events.end(t, rebuild);
        placeOrders();
        return null;
    }

    /** 4.1: events, capacity loss, rebuild demand, D_tot; swap in the orders placed last step. */
    private void beginStep() {
        gapsPending = false;
        if (t > 0) {
            double[] swap = orderRows;
            orderRows = orderRowsNext;
            orderRowsNext = swap;
            swap = r;
            r = rNext;
            rNext = swap;
            initialOrders = false;
        }
        capitalDefined = events.begin(t, delta);
        market.begin(t, stocks, finalDemandRow, finalDemandWanted);
        if (events.anyRebuilding()) {
            events.fillRebuildDemand(rebuild);
        }
        sumTotalDemand(rebuildRow);
        Arrays.fill(stocksTotal, 0);
        for (int e = 0; e < n; e++) {
            stocksTotal[entries.buyer[e]] += stocks[e];
        }
        for (int slot = 0; slot < idleSlotBuyer.length; slot++) {
            stocksTotal[idleSlotBuyer[slot]] += stocks[n + slot];
        }
        if (m.anyIdleInfinite) {
            for (int j = 0; j < p; j++) {
                stocksTotal[j] += m.idleInfinite[j] ? Double.POSITIVE_INFINITY : 0;
            }
        }
    }

    /** D_tot = rowsum(O) + rowsum(F) + rowsum(B), with rowsum(B) written to {@code rebuildRows}. */
    private void sumTotalDemand(double[] rebuildRows) {
        Arrays.fill(rebuildRows, 0);
        rebuild.addRowSums(rebuildRows);
        for (int i = 0; i < p; i++) {
            totalDemand[i] = orderRows[i] + finalDemandRow[i] + rebuildRows[i];
        }
    }

    /** 4.2: α moves toward α_max while demand exceeds production, back to α_b only when ζ is exactly 0. */
    private void updateOverproduction() {
        double max = m.parameters.alphaMax();
        double base = m.parameters.alphaBase();
        double rate = m.alphaRate;
        for (int i = 0; i < p; i++) {
            double zeta = totalDemand[i] != 0 ? (totalDemand[i] - x[i]) / totalDemand[i] : 0;
            if (Double.isNaN(zeta)) {
                zeta = 0;
            }
            alpha[i] += (max - alpha[i]) * zeta * rate + (base - alpha[i]) * (zeta == 0 ? 1 : 0) * rate;
            alpha[i] = Math.max(alpha[i], 1.0);
        }
    }

    /** 4.5: production limited by inventories below ψ of their target. */
    private void produce() {
        Arrays.fill(limiting, 0);
        Arrays.fill(minRatio, 1);
        boolean anyShort = false;
        for (int e = 0; e < n; e++) {
            if (!m.isInput[e]) {
                continue;
            }
            int j = entries.buyer[e];
            double constraint = m.psi * xOpt[j] * m.aS[e] * m.constraintDuration[e];
            if (stocks[e] < constraint) {
                anyShort = true;
                limiting[j]++;
                minRatio[j] = Math.min(minRatio[j], Math.min(stocks[e] / constraint, 1));
            }
        }
        for (int j = 0; j < p; j++) {
            x[j] = anyShort && limiting[j] > 0 ? xOpt[j] * minRatio[j] : xOpt[j];
        }
    }

    /** 4.7: stocks += received − used, unless every element is within allclose tolerance. */
    private String updateInventories() {
        workers.run((part, from, to) -> {
            int bad = -1;
            boolean allClose = true;
            for (int e = from; e < to; e++) {
                double use = x[entries.buyer[e]] * m.aS[e];
                if (use < 0 || add[e] < 0) {
                    bad = e;
                    break;
                }
                allClose &= Math.abs(add[e] - use) <= ATOL + RTOL * Math.abs(use);
            }
            partFirstBad[part] = bad;
            partFlag[part] = allClose;
        });
        int bad = firstOfParts();
        if (bad >= 0) {
            boolean useNegative = x[entries.buyer[bad]] * m.aS[bad] < 0;
            return "negative " + (useNegative ? "use" : "delivery") + " of product " + entries.product[bad] + " at industry "
                    + entries.buyer[bad] + ", step " + t;
        }
        if (allOfParts()) {
            return null;
        }
        // a run that crashes here ends; entries after the bad one may already be updated
        workers.run((part, from, to) -> {
            int first = -1;
            for (int e = from; e < to; e++) {
                double updated = stocks[e] - x[entries.buyer[e]] * m.aS[e] + add[e];
                if (updated < 0 || Double.isNaN(updated)) {
                    first = e;
                    break;
                }
                stocks[e] = updated;
            }
            partFirstBad[part] = first;
        });
        bad = firstOfParts();
        if (bad >= 0) {
            double updated = stocks[bad] - x[entries.buyer[bad]] * m.aS[bad] + add[bad];
            return "inventory of product " + entries.product[bad] + " at industry " + entries.buyer[bad] + " became " + updated + " at step " + t;
        }
        return null;
    }

    /** The smallest entry a part reported in {@link #partFirstBad}, or −1. */
    private int firstOfParts() {
        for (int part = 0; part < workers.parts; part++) {
            if (partFirstBad[part] >= 0) {
                return partFirstBad[part];
            }
        }
        return -1;
    }

    /** True if every part set its {@link #partFlag}. */
    private boolean allOfParts() {
        for (int part = 0; part < workers.parts; part++) {
            if (!partFlag[part]) {
                return false;
            }
        }
        return true;
    }

    /**
     * 4.8: final demand not delivered, per supplier and per final-demand column. Deliveries go to
     * the final demand that can be bought; what is wanted but blocked is unmet too.
     */
    private void finalDemandGaps() {
        gapsPending = false;
        Arrays.fill(fdUnmet, 0);
        SparseMatrix f = m.f0;
        int[] start = f.rowStart();
        int[] cols = f.columns();
        double[] orderable = market.fdOrderable;
        double[] wanted = market.fdDemand;
        for (int i = 0; i < p; i++) {
            double sum = 0;
            for (int k = start[i]; k < start[i + 1]; k++) {
                double delivered = totalDemand[i] == 0 ? 0 : orderable[k] / totalDemand[i] * x[i];
                double gap = wanted[k] - delivered;
                sum += gap;
                fdUnmet[cols[k]] += gap;
            }
            fdUndistributed[i] = sum + 0.0;
        }
        for (int c = 0; c < fdUnmet.length; c++) {
            fdUnmet[c] += 0.0;
        }
    }

    /** 4.9: deliveries to rebuild demand; B shrinks by what was delivered, which changes D_tot. */
    private void deliverRebuild() {
        Arrays.fill(rebuildDelivered, 0);
        rebuild.deliver(totalDemand, x, rebuildDelivered);
        if (events.rebuildBlocks() > 0) {
            if (gapsPending) {
                finalDemandGaps();
            }
            rebuild.subtractDelivered();
            // the rebuild-demand record stays rowsum(B) as taken after 4.2 (ARIO-SPEC 7)
            sumTotalDemand(rebuildRowLeft);
        }
    }

    /** 4.10: orders for the next step, from inventory gaps and the inputs used. */
    private void placeOrders() {
        for (int j = 0; j < p; j++) {
            targetOutput[j] = fmin(totalDemand[j], xCap[j]);
        }
        // a pair without a flow has target 0 (NaN when infinite): released stock there is never close to it
        boolean close = !m.anyIdleInfinite;
        for (int slot = 0; slot < idleSlotBuyer.length && close; slot++) {
            close = isClose(stocks[n + slot], 0);
        }
        if (close) {
            workers.run((part, from, to) -> {
                boolean partClose = true;
                for (int e = from; e < to && partClose; e++) {
                    partClose = isClose(stocks[e], targetOutput[entries.buyer[e]] * m.aS[e] * m.inventoryDuration[e]);
                }
                partFlag[part] = partClose;
            });
            close = allOfParts();
        }
        boolean allClose = close;
        workers.run((part, from, to) -> {
            for (int e = from; e < to; e++) {
                int j = entries.buyer[e];
                double gap = 0;
                if (!allClose && !m.infiniteInventory[e]) {
                    double goal = targetOutput[j] * m.aS[e] * m.inventoryDuration[e];
                    gap = Math.max(goal - stocks[e], 0) * m.restorationRate[entries.product[e]];
                }
                need[e] = gap + x[j] * m.aS[e];
            }
        });
        passes.orderRowSums(need, rNext, orderRowsNext, market.next);
    }

    /** NumPy isclose(a, b): |a − b| ≤ atol + rtol·|b|; equal infinities are close, NaN never. */
    private static boolean isClose(double a, double b) {
        if (Double.isInfinite(a) || Double.isInfinite(b)) {
            return a == b;
        }
        return Math.abs(a - b) <= ATOL + RTOL * Math.abs(b);
    }

    /** NumPy fmin: the smaller, ignoring a NaN. */
    private static double fmin(double a, double b) {
        if (Double.isNaN(a)) {
            return b;
        }
        if (Double.isNaN(b)) {
            return a;
        }
        return Math.min(a, b);
    }

    @Override
    public int step() {
        return t;
    }

    @Override
    public int industries() {
        return p;
    }

    @Override
    public double[] initialOutput() {
        return m.x0;
    }

    @Override
    public double[] production() {
        return x;
    }

    @Override
    public double[] capacity() {
        return xCap;
    }

    @Override
    public double[] overproduction() {
        return alpha;
    }

    @Override
    public double[] intermediateDemand() {
        return orderRows;
    }

    @Override
    public double[] finalDemand() {
        return finalDemandWanted;
    }

    @Override
    public double[] rebuildDemand() {
        return rebuildRow;
    }

    @Override
    public double[] rebuildProduction() {
        return rebuildDelivered;
    }

    @Override
    public double[] finalDemandUnmet() {
        if (gapsPending) {
            finalDemandGaps();
        }
        return fdUnmet;
    }

    @Override
    public double[] finalDemandUndistributed() {
        if (gapsPending) {
            finalDemandGaps();
        }
        return fdUndistributed;
    }

    @Override
    public double[] inputStocksTotal() {
        return stocksTotal;
    }

    @Override
    public int[] limitingInputs() {
        return limiting;
    }

    @Override
    public double[] capitalToRecover() {
        return capitalDefined ? events.capitalLost() : null;
    }
}
