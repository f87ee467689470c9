package org.lodestone.core.ario;

import java.util.Arrays;

/**
 * The input inventories of a run, one per (input product, buyer) entry of the model
 * ({@link InputEntries}), and the per-entry parts of a step: the production constraint (ARIO-SPEC
 * 4.5), the inventory update (4.7) and the orders (4.10). Loops that compute each entry alone run
 * on the workers of {@link EntryParts}; the per-buyer sums on one thread, in entry order, except
 * the stock totals, which several workers take buyer by buyer in the same order.
 *
 * <p>A stock release into a pair without a flow gets a slot after the entries: such an inventory
 * is never used or refilled, but counts in the buyer's total. A pair without a flow and without
 * a release holds 0, or +∞ when its target is infinite ({@link ArioModel#idleInfinite}).
 */
final class Inventories {

    private static final double RTOL = 1e-5;
    private static final double ATOL = 1e-8;
    /**
     * The relative margin by which output must stay below a buyer's {@link #cover} for
     * {@link #constrainBuyer} to skip its entries: far above the few roundings that separate
     * {@code stock / (ψ · a · d)} from the test {@code stock < ψ · xOpt · a · d}, so skipping
     * gives exactly the result of the test.
     */
    private static final double COVER_MARGIN = 1e-9;

    private final ArioModel m;
    private final InputEntries entries;
    /** Number of entries; slots from here on hold the stock released into pairs without a flow. */
    private final int n;

    private final int[] idleSlotBuyer;
    /** The split of the entries among workers, and each part's result of the last split loop. */
    private final EntryParts workers;
    /** Per worker part of the buyers, their entries' ranges ({@link #totals}); null on one worker. */
    private final BuyerSegments segments;

    private final int[] partFirstBad;
    private final boolean[] partFlag;
    /**
     * Per buyer, from {@link #totals}: the smallest {@code stock / (ψ · a · d)} over its
     * fixed-proportion inputs, +∞ without one: below it (by {@link #COVER_MARGIN}) no input limits.
     */
    private final double[] cover;
    /** Where each buyer's fixed-proportion inputs start in {@link #fixedEntry} (and, last, their number). */
    private final int[] fixedStart;
    /** The fixed-proportion entries grouped by buyer, ascending within a buyer, and their a and d, read in that order. */
    private final int[] fixedEntry;

    private final double[] fixedA;
    private final double[] fixedDays;
    /** Inventory per entry, then per idle slot. */
    final double[] stocks;
    /** What each buyer received of each input product this step (4.6), per entry; written by {@link FlowPasses#deliveries}. */
    final double[] received;
    /** What each buyer orders of each input product, placed this step (4.10), per entry. */
    final double[] need;

    /** @param idleSlotBuyer the buyer of each slot after the entries ({@link MarketConditions#bindReleaseSlots}) */
    Inventories(ArioModel model, int[] idleSlotBuyer) {
        this.m = model;
        this.entries = model.entries;
        this.n = entries.count;
        this.idleSlotBuyer = idleSlotBuyer;
        this.workers = new EntryParts(n, model.workerParts);
        this.segments = workers.parts > 1 ? BuyerSegments.of(entries, model.p, workers.parts) : null;
        this.partFirstBad = new int[workers.parts];
        this.partFlag = new boolean[workers.parts];
        this.stocks = new double[n + idleSlotBuyer.length];
        for (int e = 0; e < n; e++) {
            double v = model.inventoryDuration[e] * model.x0[entries.buyer[e]] * model.aS[e];
            stocks[e] = Double.isNaN(v) ? Double.POSITIVE_INFINITY : v;
        }
        this.cover = new double[model.p];
        this.fixedStart = new int[model.p + 1];
        int fixed = 0;
        for (int j = 0; j < model.p; j++) {
            for (int b = entries.byBuyerStart[j]; b < entries.byBuyerStart[j + 1]; b++) {
                fixed += model.fixedInput[entries.byBuyer[b]] ? 1 : 0;
            }
            fixedStart[j + 1] = fixed;
        }
        this.fixedEntry = new int[fixed];
        this.fixedA = new double[fixed];
        this.fixedDays = new double[fixed];
        fixed = 0;
        for (int e : entries.byBuyer) {
            if (model.fixedInput[e]) {
                fixedEntry[fixed] = e;
                fixedA[fixed] = model.aS[e];
                fixedDays[fixed++] = model.constraintDuration[e];
            }
        }
        this.received = new double[n];
        this.need = new double[n];
    }

    /**
     * Sum of the inventories each buyer holds, into {@code byBuyer}; in the same loop, each buyer's
     * {@link #cover}, the output its fixed-proportion stocks allow before one limits it.
     */
    void totals(double[] byBuyer) {
        if (workers.parts > 1) {
            buyerParts(byBuyer.length, (part, from, to) -> totalsOfBuyers(part, from, to, byBuyer));
        } else {
            Arrays.fill(byBuyer, 0);
            Arrays.fill(cover, Double.POSITIVE_INFINITY);
            addTotals(0, n, byBuyer);
        }
        for (int slot = 0; slot < idleSlotBuyer.length; slot++) {
            byBuyer[idleSlotBuyer[slot]] += stocks[n + slot];
        }
        if (m.anyIdleInfinite) {
            for (int j = 0; j < byBuyer.length; j++) {
                byBuyer[j] += m.idleInfinite[j] ? Double.POSITIVE_INFINITY : 0;
            }
        }
    }

    /**
     * {@link #totals} for the buyers {@code [from, to)} of worker part {@code part}: their entries
     * product after product ({@link BuyerSegments}), so each buyer's entries in ascending order, the
     * order the one-thread loop adds them in: each total is bit for bit that loop's whatever the split.
     */
    private void totalsOfBuyers(int part, int from, int to, double[] byBuyer) {
        Arrays.fill(byBuyer, from, to, 0);
        Arrays.fill(cover, from, to, Double.POSITIVE_INFINITY);
        int[] ranges = segments.of(part);
        for (int k = 0; k < ranges.length; k += 2) {
            addTotals(ranges[k], ranges[k + 1], byBuyer);
        }
    }

    /** Adds entries {@code [from, to)} to their buyers' stock totals and covers ({@link #totals}). */
    private void addTotals(int from, int to, double[] byBuyer) {
        for (int e = from; e < to; e++) {
            int j = entries.buyer[e];
            byBuyer[j] += stocks[e];
            if (m.fixedInput[e]) {
                cover[j] = Math.min(cover[j], stocks[e] / (m.psi * m.aS[e] * m.constraintDuration[e]));
            }
        }
    }

    /** Runs {@code work} on the buyers split among the workers of the per-entry loops. */
    private void buyerParts(int buyers, EntryParts.Work work) {
        EntryParts.split(buyers, workers.parts, work);
    }

    /**
     * 4.5: per buyer, how many fixed-proportion inputs are below ψ of their target for output
     * {@code xOpt} and the smallest ratio of stock to that constraint ({@link Substitution} adds
     * the partly substitutable ones).
     *
     * @return true if some input is short
     */
    boolean constrain(double[] xOpt, int[] limiting, double[] minRatio) {
        Arrays.fill(limiting, 0);
        Arrays.fill(minRatio, 1);
        boolean anyShort = false;
        for (int e = 0; e < n; e++) {
            if (!m.fixedInput[e]) {
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
        return anyShort;
    }

    /**
     * {@link #constrain} for buyer j alone, visiting its entries in the same order, so the supplier
     * pass can work out j's production while j's row is in cache ({@code anyShort} is true whenever
     * some buyer has a limiting input, so j's output depends on j's inputs alone).
     */
    void constrainBuyer(int j, double xOptJ, int[] limiting, double[] minRatio) {
        if (xOptJ <= cover[j] * (1 - COVER_MARGIN)) {
            // no stock can be below its constraint (false whenever the cover is NaN)
            limiting[j] = 0;
            minRatio[j] = 1;
            return;
        }
        int count = 0;
        double min = 1;
        for (int b = fixedStart[j]; b < fixedStart[j + 1]; b++) {
            int e = fixedEntry[b];
            double constraint = m.psi * xOptJ * fixedA[b] * fixedDays[b];
            if (stocks[e] < constraint) {
                count++;
                min = Math.min(min, Math.min(stocks[e] / constraint, 1));
            }
        }
        limiting[j] = count;
        minRatio[j] = min;
    }

    /**
     * 4.7: stocks += received − used, unless every element is within allclose tolerance.
     *
     * @return a crash reason, or null; a run that crashes here ends, and entries after the bad one
     *         may already be updated
     */
    String update(double[] x, int t) {
        workers.run((part, from, to) -> {
            int bad = -1;
            boolean allClose = true;
            for (int e = from; e < to; e++) {
                double use = x[entries.buyer[e]] * m.aS[e];
                if (use < 0 || received[e] < 0) {
                    bad = e;
                    break;
                }
                allClose &= Math.abs(received[e] - use) <= ATOL + RTOL * Math.abs(use);
            }
            partFirstBad[part] = bad;
            partFlag[part] = allClose;
        });
        int bad = firstOfParts();
        if (bad >= 0) {
            boolean useNegative = x[entries.buyer[bad]] * m.aS[bad] < 0;
            return "negative " + (useNegative ? "use" : "delivery") + " of product " + entries.product[bad]
                    + " at industry " + entries.buyer[bad] + ", step " + t;
        }
        if (allOfParts()) {
            return null;
        }
        workers.run((part, from, to) -> {
            int first = -1;
            for (int e = from; e < to; e++) {
                double updated = stocks[e] - x[entries.buyer[e]] * m.aS[e] + received[e];
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
            double updated = stocks[bad] - x[entries.buyer[bad]] * m.aS[bad] + received[bad];
            return "inventory of product " + entries.product[bad] + " at industry " + entries.buyer[bad] + " became "
                    + updated + " at step " + t;
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

    /** 4.10: {@link #need}, from the inventory gaps to the targets for {@code targetOutput} and the inputs used at {@code x}. */
    void order(double[] targetOutput, double[] x) {
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
    }

    /** NumPy isclose(a, b): |a − b| ≤ atol + rtol·|b|; equal infinities are close, NaN never. */
    private static boolean isClose(double a, double b) {
        if (Double.isInfinite(a) || Double.isInfinite(b)) {
            return a == b;
        }
        return Math.abs(a - b) <= ATOL + RTOL * Math.abs(b);
    }
}
