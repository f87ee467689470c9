package org.lodestone.core.ario;

import java.util.Arrays;

/**
 * Each supplier's side of a step (ARIO-SPEC 4.1–4.5): its total demand, given the orders it
 * received, its overproduction α, its capacity, the output it aims for and the output its
 * inventories allow (an industry's inventory constraint reads its own inputs alone). The arrays
 * are the run's ({@link ArioRun}, which its view exposes); a run is used by one thread at a time.
 */
final class Production {

    private final ArioModel m;
    private final Inventories inventories;
    /** Partial substitution of inputs, or null when the model has none. */
    private final Substitution substitution;
    /** The run's capacity loss Δ, final demand and rebuild demand per industry, read here. */
    private final double[] delta;

    private final double[] finalDemandRow;
    private final double[] rebuildRow;

    final double[] alpha;
    final double[] x;
    final double[] xCap;
    final double[] xOpt;
    final double[] totalDemand;
    /** Orders each supplier received this step (placed at the end of the last one). */
    final double[] orderRows;

    final int[] limiting;
    final double[] minRatio;

    private int t;
    /** This step's capacity ratios, the weights of the orders it places. */
    private double[] rNext;

    Production(
            ArioModel model,
            Inventories inventories,
            Substitution substitution,
            double[] delta,
            double[] finalDemandRow,
            double[] rebuildRow) {
        this.m = model;
        this.inventories = inventories;
        this.substitution = substitution;
        this.delta = delta;
        this.finalDemandRow = finalDemandRow;
        this.rebuildRow = rebuildRow;
        int p = model.p;
        this.alpha = new double[p];
        Arrays.fill(alpha, model.parameters.alphaBase());
        this.x = model.x0.clone();
        this.xCap = new double[p];
        this.xOpt = new double[p];
        this.totalDemand = new double[p];
        this.orderRows = model.table.z().rowSums();
        for (int i = 0; i < p; i++) {
            orderRows[i] = orderRows[i] * model.sigma;
        }
        this.limiting = new int[p];
        this.minRatio = new double[p];
    }

    /** Step {@code t} starts; its capacity ratios go to {@code rNext}. */
    void begin(int step, double[] ratios) {
        this.t = step;
        this.rNext = ratios;
    }

    /**
     * Supplier i at the start of the step, given the orders it received: D_tot (4.1), α (4.2,
     * from step 2), capacity and the output it aims for (4.3).
     *
     * @return its capacity ratio, the weight of its share in the orders this step places
     */
    double capacityRatio(int i, double orders) {
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
    double capacityAndOutput(int i, double orders) {
        double ratio = capacityRatio(i, orders);
        inventories.constrainBuyer(i, xOpt[i], limiting, minRatio);
        if (substitution != null) {
            substitution.constrainBuyer(i, inventories.stocks, xOpt[i], delta[i], limiting, minRatio, t);
        }
        x[i] = limiting[i] > 0 ? xOpt[i] * minRatio[i] : xOpt[i];
        return ratio;
    }

    /**
     * {@link #capacityAndOutput} of every supplier, for the {@link PhasedPass}, given the orders
     * each received in {@link #orderRows}: one loop per part, each over independent industries,
     * and the substitutable inputs by entry ({@link Substitution#constrain}).
     */
    void capacityAndOutputs() {
        int p = x.length;
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
    void produce() {
        boolean anyShort = inventories.constrain(xOpt, limiting, minRatio);
        if (substitution != null) {
            anyShort |= substitution.constrain(inventories.stocks, xOpt, delta, limiting, minRatio, t);
        }
        for (int j = 0; j < x.length; j++) {
            x[j] = anyShort && limiting[j] > 0 ? xOpt[j] * minRatio[j] : xOpt[j];
        }
    }

    /** NumPy fmin: the smaller, ignoring a NaN. */
    static double fmin(double a, double b) {
        if (Double.isNaN(a)) {
            return b;
        }
        if (Double.isNaN(b)) {
            return a;
        }
        return Math.min(a, b);
    }
}
