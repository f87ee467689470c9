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
    /** The supplier pass of a small table run by one worker, or null ({@link FlowPasses#phased()}). */
    private final PhasedPass phased;
    /** Each supplier's demand, α, capacity and output (4.1–4.5); its arrays are aliased below. */
    private final Production production;

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
        this.phased = passes.phasedPass();
        this.delta = new double[p];
        this.finalDemandRow = new double[p];
        this.finalDemandWanted = new double[p];
        this.rebuildRow = new double[p];
        this.rebuildRowLeft = new double[p];
        this.rebuildDelivered = new double[p];
        this.production = new Production(model, inventories, substitution, delta, finalDemandRow, rebuildRow);
        this.alpha = production.alpha;
        this.x = production.x;
        this.xCap = production.xCap;
        this.xOpt = production.xOpt;
        this.totalDemand = production.totalDemand;
        this.orderRows = production.orderRows;
        this.limiting = production.limiting;
        this.r = new double[p];
        this.rNext = new double[p];
        this.stocksTotal = new double[p];
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
                production.capacityRatio(i, orderRows[i]);
            }
            passes.initialOrderWeights(rNext, market.next);
            production.produce();
        } else if (phased != null) {
            phased.orderSums(r, orderRows, market.current);
            production.capacityAndOutputs();
            phased.weightsAndShortfalls(r, rNext, totalDemand, x, market.current, market.next);
        } else {
            // a supplier's output depends on its own inputs alone: the pass works it out
            passes.ordersWeightsAndShortfalls(
                    r, production::capacityAndOutput, totalDemand, x, market.current, market.next);
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
        production.begin(t, rNext);
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

    /** D_tot = rowsum(O) + rowsum(F) + rowsum(B), with rowsum(B) written to {@code rebuildRows}. */
    private void sumTotalDemand(double[] rebuildRows) {
        Arrays.fill(rebuildRows, 0);
        rebuild.addRowSums(rebuildRows);
        for (int i = 0; i < p; i++) {
            totalDemand[i] = orderRows[i] + finalDemandRow[i] + rebuildRows[i];
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
            fdUndistributed[i] = rowGaps(i, start[i], start[i + 1], cols, orderable, wanted) + 0.0;
        }
        for (int c = 0; c < fdUnmet.length; c++) {
            fdUnmet[c] += 0.0;
        }
    }

    /**
     * The final-demand gaps of industry i's entries {@code from..to}: each added to its column's
     * unmet demand; returns their sum. A method of its own, so C2 compiles it once rather than
     * compiling {@link #finalDemandGaps} on the stack at each of its loops.
     */
    private double rowGaps(int i, int from, int to, int[] cols, double[] orderable, double[] wanted) {
        double sum = 0;
        for (int k = from; k < to; k++) {
            double delivered = totalDemand[i] == 0 ? 0 : orderable[k] / totalDemand[i] * x[i];
            double gap = wanted[k] - delivered;
            if (finalStocks != null) {
                gap = finalStocks.gap(k, gap);
            }
            sum += gap;
            fdUnmet[cols[k]] += gap;
        }
        return sum;
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
            targetOutput[j] = Production.fmin(totalDemand[j], xCap[j]);
        }
        inventories.order(targetOutput, x);
        passes.placeOrders(inventories.need, t + 1);
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
