package org.lodestone.core.ario;

import java.util.Arrays;

/**
 * Partial substitution of recipe inputs in a run: the production constraint (ARIO-SPEC 4.5) of
 * the model's {@link ArioModel#substitutionEntries substitutable entries}, and the part of their
 * use that substitutes cover. Entries without substitution are left to {@link Inventories}, so
 * this costs nothing per step for them, and a model without substitutable entries has none.
 *
 * <p>An entry <em>falls short</em> at the first step whose production its stock constrains: the
 * stock at the start of the step is below ψ × planned output × coefficient × inventory days
 * (4.5), the test {@link StockOut} reports. From that step t₀ the share of output that can be
 * made without the input is {@code s(t) = s_max · min(1, (t − t₀) / days)} (s_max at once when
 * days = 0). While the stock is short the entry bounds output at
 * {@code min(xOpt, s · X0 · (1 − Δ) + (1 − s) · r · xOpt)}, r = stock / constraint, instead of
 * {@code r · xOpt}: the substitute allows a share s of the industry's capacity before
 * overproduction, whatever its demand, as the stock allows {@code r · xOpt = stock / (ψ · a · d)}
 * whatever its demand. (A share of {@code xOpt} instead would shrink with the orders of buyers
 * that the shortage already cut, and a chain would spiral down to the buyers' restoration rate.)
 * The ramp's clock never stops: once begun, the substitute (a qualified alternative, a re-design)
 * stays available, so after the input recovers s keeps ramping to s_max and a later shortfall
 * meets it at once.
 *
 * <p>Output made with the substitute does not use the input: of the output x the buyer makes, at
 * most {@code (1 − s) · r · xOpt} uses it (the input goes first to the output it allows), so the
 * stock falls by {@code a · min(x, (1 − s) · r · xOpt)}. The buyer's orders are unchanged (4.10):
 * it still orders the input its recipe would use, and returns to the recipe as the input comes
 * back. Cost per step: one pass over the substitutable entries.
 */
final class Substitution {

    private final ArioModel m;
    private final int[] entry;
    /** Per substitutable entry: the step it first fell short, or −1. */
    private final int[] shortSince;
    /** Per substitutable entry, this step: stock / constraint while short, 1 otherwise. */
    private final double[] ratio;
    /** Per substitutable entry, this step: the share s(t) while short. */
    private final double[] share;
    /** Where each buyer's substitutable entries start in {@link #byBuyer} (and, last, their number). */
    private final int[] byBuyerStart;
    /** The substitutable entries (indices into {@link #entry}) grouped by buyer, ascending within a buyer. */
    private final int[] byBuyer;

    Substitution(ArioModel model) {
        this.m = model;
        this.entry = model.substitutionEntries;
        this.shortSince = new int[entry.length];
        Arrays.fill(shortSince, -1);
        this.ratio = new double[entry.length];
        this.share = new double[entry.length];
        this.byBuyerStart = new int[model.p + 1];
        for (int e : entry) {
            byBuyerStart[model.entries.buyer[e] + 1]++;
        }
        for (int j = 0; j < model.p; j++) {
            byBuyerStart[j + 1] += byBuyerStart[j];
        }
        this.byBuyer = new int[entry.length];
        int[] next = Arrays.copyOf(byBuyerStart, model.p);
        for (int k = 0; k < entry.length; k++) {
            byBuyer[next[model.entries.buyer[entry[k]]]++] = k;
        }
    }

    /**
     * 4.5 for the substitutable entries, after {@link Inventories#constrain}: an entry whose bound
     * is below {@code xOpt} counts in {@code limiting} and lowers {@code minRatio} to its bound
     * over {@code xOpt}.
     *
     * @param delta the share of each industry's capacity lost this step (Δ)
     * @return true if some substitutable entry limits output
     */
    boolean constrain(double[] stocks, double[] xOpt, double[] delta, int[] limiting, double[] minRatio, int t) {
        boolean anyShort = false;
        for (int k = 0; k < entry.length; k++) {
            int j = m.entries.buyer[entry[k]];
            anyShort |= constrainEntry(k, j, stocks, xOpt[j], delta[j], limiting, minRatio, t);
        }
        return anyShort;
    }

    /**
     * {@link #constrain} for buyer j's substitutable entries alone, after
     * {@link Inventories#constrainBuyer}: the supplier pass works out j's output with it. The
     * smallest ratio and the count do not depend on the order of the entries, so the result is
     * the same as the whole-table loop's.
     */
    void constrainBuyer(int j, double[] stocks, double xOptJ, double deltaJ, int[] limiting, double[] minRatio, int t) {
        for (int b = byBuyerStart[j]; b < byBuyerStart[j + 1]; b++) {
            constrainEntry(byBuyer[b], j, stocks, xOptJ, deltaJ, limiting, minRatio, t);
        }
    }

    /** Substitutable entry k of buyer j at step t; true if its bound limits j's output. */
    private boolean constrainEntry(
            int k, int j, double[] stocks, double xOptJ, double deltaJ, int[] limiting, double[] minRatio, int t) {
        int e = entry[k];
        double constraint = m.psi * xOptJ * m.aS[e] * m.constraintDuration[e];
        ratio[k] = 1;
        if (!m.isInput[e] || !(stocks[e] < constraint)) {
            return false;
        }
        if (shortSince[k] < 0) {
            shortSince[k] = t;
        }
        ratio[k] = stocks[e] / constraint;
        share[k] = shareAt(k, t);
        double allowed = share[k] * m.x0[j] * (1 - deltaJ) / xOptJ + (1 - share[k]) * ratio[k];
        if (allowed < 1) {
            limiting[j]++;
            minRatio[j] = Math.min(minRatio[j], allowed);
            return true;
        }
        return false;
    }

    /** s(t) of substitutable entry k, which has fallen short. */
    private double shareAt(int k, int t) {
        double steps = m.substitutionSteps[k];
        double full = m.substitutable[k];
        return steps == 0 ? full : full * Math.min(1, (t - shortSince[k]) / steps);
    }

    /**
     * Adds to {@code received} the part of each short entry's recipe use ({@code x · a}) that the
     * substitute covered, so that the inventory update (4.7) takes from the stock only what the
     * output made with the input used. Call after the deliveries, before the update.
     */
    void cover(double[] x, double[] xOpt, double[] received) {
        for (int k = 0; k < entry.length; k++) {
            if (ratio[k] >= 1) {
                continue;
            }
            int e = entry[k];
            int j = m.entries.buyer[e];
            double recipeUse = x[j] * m.aS[e];
            double withInput = (1 - share[k]) * ratio[k] * xOpt[j] * m.aS[e];
            if (recipeUse > withInput) {
                received[e] += recipeUse - withInput;
            }
        }
    }
}
