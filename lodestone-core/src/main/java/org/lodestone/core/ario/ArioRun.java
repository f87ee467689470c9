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
 * <p>Cost per step: one streaming pass over the non-zero flows ({@link FlowPasses}; a second over
 * the rationed suppliers' flows when some input is partly substitutable) plus work on the (input
 * product, buyer) pairs that have a flow ({@link Inventories}).
 *
 * <p>Listeners see each step through a read-only {@link StepView}; typed events (an event's
 * {@link PhaseChanged phase}, an industry's {@link ShortageBegan shortage}, an input's
 * {@link StockOut stock-out}) go to the handlers subscribed before the run starts, in the MATSim
 * manner, and cost nothing while nobody subscribes. A run is used by one thread at a time.
 */
public final class ArioRun {

    private final ArioModel m;
    /** X0, per industry (the model's; the view never lets it be written). */
    final double[] x0;

    private final EventSchedule events;
    private final RebuildDemand rebuild = new RebuildDemand();
    private final FlowPasses passes;
    private final MarketConditions market;
    private final Inventories inventories;
    /** Partial substitution of inputs, or null when the model has none (the version-1 fast path). */
    private final Substitution substitution;
    /** Stocks held by final buyers, or null when the model has none (the reference's final demand). */
    private final FinalStocks finalStocks;

    private final int p;
    private int t;
    private boolean initialOrders = true;
    private boolean capitalDefined = true;

    final double[] alpha;
    final double[] x;
    final double[] xCap;
    private final double[] xOpt;
    private final double[] delta;
    private final double[] totalDemand;
    private final double[] finalDemandRow;
    final double[] finalDemandWanted;
    final double[] rebuildRow;
    private final double[] rebuildRowLeft;
    final double[] rebuildDelivered;
    /** Orders each supplier received this step (placed at the end of the last one). */
    final double[] orderRows;

    private double[] r;
    private double[] rNext;
    final double[] stocksTotal;
    final int[] limiting;
    private final double[] minRatio;
    final double[] fdUnmet;
    final double[] fdUndistributed;
    /** True while this step's final-demand gaps are not computed yet: they are computed when read, as only listeners use them. */
    private boolean gapsPending;
    /** min(D_tot, capacity) per industry: the output inventory targets are set for (4.10). */
    private final double[] targetOutput;

    private final RunView view;
    private final RunEvents published;
    /** The flow watches, or null while nobody watches a flow. */
    private FlowRecorder flows;

    private boolean started;

    /** A run of {@code model} with {@code events}, at step 0, in the initial equilibrium. */
    public ArioRun(ArioModel model, List<Event> events) {
        this.m = model;
        this.p = model.p;
        this.events = new EventSchedule(model, events);
        this.events.registerRebuildDemand(rebuild);
        SupplierSwitching switching = SupplierSwitching.of(model);
        this.market = new MarketConditions(model, events, switching);
        this.passes = new FlowPasses(model, !market.current.none(), switching);
        this.inventories = new Inventories(model, market.bindReleaseSlots());
        this.substitution = model.substitutionEntries.length == 0 ? null : new Substitution(model);
        this.finalStocks = model.finalStockEntries.length == 0 ? null : new FinalStocks(model);
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
        this.r = new double[p];
        this.rNext = new double[p];
        this.stocksTotal = new double[p];
        this.limiting = new int[p];
        this.minRatio = new double[p];
        this.fdUnmet = new double[model.q];
        this.fdUndistributed = new double[p];
        this.targetOutput = new double[p];
        this.x0 = model.x0;
        this.view = new RunView(this, this.events.capitalLost());
        this.published = new RunEvents(model, events, this.events);
    }

    /** Subscribes {@code handler} to the phase changes of the run's events; before the run starts. */
    public ArioRun onPhaseChanged(PhaseChanged.Handler handler) {
        beforeStart();
        published.addPhaseChanged(handler);
        return this;
    }

    /** Subscribes {@code handler} to shortages as they begin; before the run starts. */
    public ArioRun onShortageBegan(ShortageBegan.Handler handler) {
        beforeStart();
        published.addShortageBegan(handler);
        return this;
    }

    /** Subscribes {@code handler} to shortages as they end; before the run starts. */
    public ArioRun onShortageEnded(ShortageEnded.Handler handler) {
        beforeStart();
        published.addShortageEnded(handler);
        return this;
    }

    /** Subscribes {@code handler} to inputs as they start limiting production; before the run starts. */
    public ArioRun onStockOut(StockOut.Handler handler) {
        beforeStart();
        published.addStockOut(handler);
        return this;
    }

    /** Subscribes {@code handler} to inputs as they stop limiting production; before the run starts. */
    public ArioRun onStockRestored(StockRestored.Handler handler) {
        beforeStart();
        published.addStockRestored(handler);
        return this;
    }

    /**
     * Subscribes {@code handler} to what the flow {@code watch} delivers each step; before the run
     * starts. Costs a pass over the watch's suppliers' flows a step.
     *
     * @throws IllegalArgumentException if the watch was made for a table of another size
     */
    public ArioRun onFlowDelivered(FlowWatch watch, FlowDelivered.Handler handler) {
        beforeStart();
        if (flows == null) {
            flows = new FlowRecorder(m);
        }
        flows.add(watch, handler);
        return this;
    }

    private void beforeStart() {
        if (started) {
            throw new IllegalStateException("subscribe before the run starts; it is at step " + t);
        }
    }

    /**
     * Runs {@code steps} steps (or until a crash), calling {@code listener} after each.
     *
     * @return how the run ended
     */
    public RunOutcome run(int steps, StepListener listener) {
        started = true;
        for (int n = 0; n < steps; n++) {
            String crash = advance();
            if (crash != null) {
                return RunOutcome.crashed(t, crash);
            }
            published.publish(t);
            if (flows != null) {
                flows.publish(t);
            }
            listener.onStep(view);
            t++;
        }
        return RunOutcome.completed(t);
    }

    /**
     * One step; returns a crash reason, or null. The orders placed at the end of the last step
     * are summed per supplier at the start of this one
     * ({@link FlowPasses#ordersWeightsAndShortfalls}), together with each supplier's demand,
     * overproduction, capacity and output (4.1–4.5) and its deliveries' shortfalls, in the one
     * pass over the flows a step makes.
     */
    private String advance() {
        beginStep();
        if (t == 0) {
            for (int i = 0; i < p; i++) {
                capacityRatio(i, orderRows[i]);
            }
            passes.initialOrderWeights(rNext, market.next);
            produce();
        } else if (passes.phased()) {
            passes.orderSums(r, orderRows, market.current);
            capacityAndOutputs();
            passes.weightsAndShortfalls(r, rNext, totalDemand, x, market.current, market.next);
        } else {
            // a supplier's output depends on its own inputs alone: the pass works it out
            passes.ordersWeightsAndShortfalls(r, this::capacityAndOutput, totalDemand, x, market.current, market.next);
        }
        if (published.watchesProduction()) {
            published.afterProduction(x, totalDemand, xOpt, inventories.stocks);
        }
        if (t == 0) {
            passes.initialDeliveries(totalDemand, x, inventories.received);
        } else {
            passes.deliveries(inventories.received);
        }
        if (flows != null) {
            flows.record(passes, initialOrders, r, totalDemand, x, market.current, market.fdOrderable, finalStocks);
        }
        if (substitution != null) {
            substitution.cover(x, xOpt, inventories.received);
        }
        if (finalStocks != null) {
            finalStocks.use(totalDemand, x, market.fdDemand);
        }
        String crash = inventories.update(x, t);
        if (crash != null) {
            return crash;
        }
        gapsPending = true;
        deliverRebuild();
        events.end(t, rebuild);
        placeOrders();
        return null;
    }

    /** 4.1: events, capacity loss, rebuild demand; the capacity ratios of the last step weigh the orders it placed. */
    private void beginStep() {
        gapsPending = false;
        if (t > 0) {
            double[] swap = r;
            r = rNext;
            rNext = swap;
            initialOrders = false;
        }
        capitalDefined = events.begin(t, delta);
        market.begin(t, inventories.stocks, finalDemandRow, finalDemandWanted);
        if (finalStocks != null) {
            finalStocks.order(
                    market.fdDemand,
                    market.fdOrderable,
                    market.fdFactor,
                    finalDemandRow,
                    t == 0 ? null : xCap,
                    totalDemand);
        }
        if (events.anyRebuilding()) {
            events.fillRebuildDemand(rebuild);
        }
        Arrays.fill(rebuildRow, 0);
        rebuild.addRowSums(rebuildRow);
        inventories.totals(stocksTotal);
    }

    /**
     * Supplier i at the start of the step, given the orders it received: D_tot (4.1), α (4.2,
     * from step 2), capacity and the output it aims for (4.3).
     *
     * @return its capacity ratio, the weight of its share in the orders this step places
     */
    private double capacityRatio(int i, double orders) {
        orderRows[i] = orders;
        totalDemand[i] = orders + finalDemandRow[i] + rebuildRow[i];
        if (t > 1) {
            updateOverproduction(i);
        }
        xCap[i] = m.x0[i] * (1 - delta[i]) * alpha[i];
        if (xCap[i] < 0) {
            throw new IllegalStateException("negative production capacity at industry " + i + ", step " + t);
        }
        xOpt[i] = fmin(totalDemand[i], xCap[i]);
        rNext[i] = m.x0[i] == 0 ? 1 : xCap[i] / m.x0[i];
        return rNext[i];
    }

    /**
     * {@link #capacityRatio}, then supplier i's output (4.5) from its own inventories, exactly as
     * {@link #produce} gives it (an industry with a limiting input makes anyShort true).
     */
    private double capacityAndOutput(int i, double orders) {
        double ratio = capacityRatio(i, orders);
        inventories.constrainBuyer(i, xOpt[i], limiting, minRatio);
        if (substitution != null) {
            substitution.constrainBuyer(i, inventories.stocks, xOpt[i], delta[i], limiting, minRatio, t);
        }
        x[i] = limiting[i] > 0 ? xOpt[i] * minRatio[i] : xOpt[i];
        return ratio;
    }

    /**
     * {@link #capacityAndOutput} of every supplier, for the phased pass ({@link FlowPasses#phased()}),
     * given the orders each received in {@link #orderRows}: one loop per part, each over
     * independent industries, and the substitutable inputs by entry ({@link Substitution#constrain}).
     */
    private void capacityAndOutputs() {
        for (int i = 0; i < p; i++) {
            capacityRatio(i, orderRows[i]);
        }
        for (int i = 0; i < p; i++) {
            inventories.constrainBuyer(i, xOpt[i], limiting, minRatio);
        }
        if (substitution != null) {
            substitution.constrain(inventories.stocks, xOpt, delta, limiting, minRatio, t);
        }
        for (int i = 0; i < p; i++) {
            x[i] = limiting[i] > 0 ? xOpt[i] * minRatio[i] : xOpt[i];
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

    /**
     * 4.2: α moves toward α_max while demand exceeds production, back to α_b only when ζ is
     * exactly 0; a producer with its own spare capacity has its own α_max and rate.
     */
    private void updateOverproduction(int i) {
        double max = m.alphaMaxOf == null ? m.parameters.alphaMax() : m.alphaMaxOf[i];
        double base = m.parameters.alphaBase();
        double rate = m.alphaMaxOf == null ? m.alphaRate : m.alphaRateOf[i];
        double zeta = totalDemand[i] != 0 ? (totalDemand[i] - x[i]) / totalDemand[i] : 0;
        if (Double.isNaN(zeta)) {
            zeta = 0;
        }
        alpha[i] += (max - alpha[i]) * zeta * rate + (base - alpha[i]) * (zeta == 0 ? 1 : 0) * rate;
        alpha[i] = Math.max(alpha[i], 1.0);
    }

    /** 4.5: production limited by inventories below ψ of their target, partly made up by substitutes. */
    private void produce() {
        boolean anyShort = inventories.constrain(xOpt, limiting, minRatio);
        if (substitution != null) {
            anyShort |= substitution.constrain(inventories.stocks, xOpt, delta, limiting, minRatio, t);
        }
        for (int j = 0; j < p; j++) {
            x[j] = anyShort && limiting[j] > 0 ? xOpt[j] * minRatio[j] : xOpt[j];
        }
    }

    /**
     * 4.8: final demand not delivered, per supplier and per final-demand column. Deliveries go to
     * the final demand that can be bought; what is wanted but blocked is unmet too. Final buyers
     * with a stock lose only what it cannot cover ({@link FinalStocks}).
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
                if (finalStocks != null) {
                    gap = finalStocks.gap(k, gap);
                }
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
        inventories.order(targetOutput, x);
        passes.placeOrders(inventories.need, t + 1);
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

    /** The step being run, or the number of steps run once the run stopped. */
    int step() {
        return t;
    }

    /** Computes this step's final-demand gaps (4.8) if not done yet: only listeners use them. */
    void computeGaps() {
        if (gapsPending) {
            finalDemandGaps();
        }
    }

    /** True if capital lost is defined this step (false while only capacity-loss events are active). */
    boolean capitalDefined() {
        return capitalDefined;
    }
}
