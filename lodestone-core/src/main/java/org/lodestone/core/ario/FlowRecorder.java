package org.lodestone.core.ario;

import java.util.ArrayList;
import java.util.List;
import org.lodestone.core.mrio.SparseMatrix;

/**
 * The flow watches of one run: after the deliveries of each step (4.6), what each watched flow
 * delivered, published once the step completes. Exists only while someone watches, so a run
 * without watches pays nothing; a watch costs a pass over its suppliers' rows a step.
 */
final class FlowRecorder {

    private final ArioModel m;
    private final List<FlowWatch> watches = new ArrayList<>();
    private final List<FlowDelivered.Handler> handlers = new ArrayList<>();
    private final List<Double> baselines = new ArrayList<>();
    private double[] delivered = new double[0];

    FlowRecorder(ArioModel model) {
        this.m = model;
    }

    void add(FlowWatch watch, FlowDelivered.Handler handler) {
        if (watch.buyers().length != m.p || watch.buyerColumns().length != m.q) {
            throw new IllegalArgumentException("the flow watch is for a table of " + watch.buyers().length
                    + " industries and " + watch.buyerColumns().length + " final-demand columns, not " + m.p + " and "
                    + m.q);
        }
        watches.add(watch);
        handlers.add(handler);
        baselines.add(baseline(watch));
        delivered = new double[watches.size()];
    }

    /** Z0 · σ and F0 of the watched pairs: a step's flow in the initial equilibrium. */
    private double baseline(FlowWatch w) {
        double sum = 0;
        SparseMatrix f = m.f0;
        for (int i : w.suppliers()) {
            for (int k = m.zRowStart[i]; k < m.zRowStart[i + 1]; k++) {
                sum += w.buyers()[m.zColumns[k]] ? m.zValues[k] * m.sigma : 0;
            }
            for (int k = f.rowStart()[i]; k < f.rowStart()[i + 1]; k++) {
                sum += w.buyerColumns()[f.columns()[k]] ? f.values()[k] : 0;
            }
        }
        return sum;
    }

    /**
     * Right after 4.6: each watch's deliveries to industries, and its final demand delivered as
     * 4.8 counts it (what was ordered, in proportion to what the supplier made; final buyers
     * with a stock order their use and refill, {@link FinalStocks}).
     *
     * @param finalStocks the run's final stocks, or null
     */
    void record(
            FlowPasses passes,
            boolean initial,
            double[] r,
            double[] totalDemand,
            double[] x,
            Availability now,
            double[] fdOrderable,
            FinalStocks finalStocks) {
        SparseMatrix f = m.f0;
        for (int w = 0; w < watches.size(); w++) {
            FlowWatch watch = watches.get(w);
            double sum = 0;
            for (int i : watch.suppliers()) {
                sum += passes.delivered(i, watch.buyers(), initial, r, totalDemand, x, now);
                double share = totalDemand[i] == 0 ? 0 : x[i] / totalDemand[i];
                for (int k = f.rowStart()[i]; k < f.rowStart()[i + 1]; k++) {
                    if (watch.buyerColumns()[f.columns()[k]]) {
                        sum += (finalStocks == null ? fdOrderable[k] : finalStocks.ordered(k, fdOrderable[k])) * share;
                    }
                }
            }
            delivered[w] = sum;
        }
    }

    /** At the end of step t. */
    void publish(int t) {
        for (int w = 0; w < watches.size(); w++) {
            handlers.get(w).handle(new FlowDelivered(t, watches.get(w), delivered[w], baselines.get(w)));
        }
    }
}
