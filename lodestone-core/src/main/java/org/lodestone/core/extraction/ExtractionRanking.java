package org.lodestone.core.extraction;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Set;
import org.lodestone.core.dependency.StackTable;
import org.lodestone.core.leontief.LeontiefSolver;

/**
 * The chokepoint ranking: every industry (region × commodity) ranked by what the target loses when
 * that industry's supply is cut, with the demand-driven view of the same cut alongside.
 *
 * <p>Method: hypothetical extraction of each industry in turn (Dietzenbacher &amp; Lahr 2013). On a
 * physical table every cut is propagated with {@link FixedProportionsExtraction}, once with every
 * input binding and once with substitutable inputs replaced: O(P × sweeps × nnz(Z)). On a monetary
 * table the Ghosh loss of cut k is {@code f·(L·t)_k / L_kk} ({@link GhoshExtraction}): one solve
 * gives the upper bounds {@code f·(L·t)_k / (1 + a_kk)} for all P cuts ({@code L_kk ≥ 1 + a_kk}, as
 * every term of the series is non-negative), then candidates are taken in decreasing
 * bound, {@value #BATCH} at a time, and their exact losses computed from {@code L_kk} (one batched
 * solve per group, which also gives their Leontief losses), until no remaining bound can enter the
 * top N: branch and bound, exact for the rows it returns, with O(N) column solves instead of P.
 */
public final class ExtractionRanking {

    /** Candidate cuts evaluated together on a monetary table. */
    static final int BATCH = 16;
    /** Relative difference below which two upstream losses count as equal. */
    static final double TIE = 1e-9;

    private final StackTable stack;
    private final LeontiefSolver solver;
    private final double[] x;

    public ExtractionRanking(StackTable stack, LeontiefSolver solver) {
        this.stack = stack;
        this.solver = solver;
        this.x = stack.table().x();
    }

    /**
     * The top cuts by target loss, largest first.
     *
     * @param target   output of the target per industry (e.g. the coalition's AI compute nodes), one
     *                 sector only in a physical table
     * @param excluded industries not ranked (the target's own producers)
     * @param fraction share of each industry's output cut, in [0, 1]
     * @param top      how many rows to return; 0 for all
     */
    public List<RankedCut> rank(double[] target, Set<Integer> excluded, double fraction, int top) {
        Cut.requireFraction(fraction);
        List<Integer> candidates = new ArrayList<>();
        for (int k = 0; k < stack.size(); k++) {
            if (!excluded.contains(k)) {
                candidates.add(k);
            }
        }
        int limit = top <= 0 ? candidates.size() : Math.min(top, candidates.size());
        if (limit == 0) {
            return List.of();
        }
        return stack.monetary()
                ? monetary(target, candidates, fraction, limit)
                : physical(target, candidates, fraction, limit);
    }

    /**
     * The target's loss, in its unit, for each of the given cuts (e.g. the rows of a ranking for
     * another coalition's target), with the supply-driven model of the ranking.
     */
    public double[] targetLosses(int[] industries, double[] target, double fraction) {
        Cut.requireFraction(fraction);
        double[] losses = new double[industries.length];
        if (stack.monetary()) {
            double[] bound = new GhoshExtraction(stack.table(), solver).upperBounds(target);
            List<LeontiefExtraction.Result> columns = leontief(industries, fraction);
            for (int c = 0; c < industries.length; c++) {
                losses[c] = GhoshExtraction.targetLoss(
                        bound[industries[c]], columns.get(c).diagonal(), fraction);
            }
            return losses;
        }
        FixedProportionsExtraction all = new FixedProportionsExtraction(stack, true);
        for (int c = 0; c < industries.length; c++) {
            losses[c] = dot(target, all.relativeLoss(new Cut(industries[c], fraction)));
        }
        return losses;
    }

    private List<RankedCut> physical(double[] target, List<Integer> candidates, double fraction, int limit) {
        FixedProportionsExtraction all = new FixedProportionsExtraction(stack, true);
        FixedProportionsExtraction essential = new FixedProportionsExtraction(stack, false);
        double total = sum(target);
        record Scored(int industry, double loss, double essentialLoss) {}
        List<Scored> scored = new ArrayList<>();
        for (int k : candidates) {
            Cut cut = new Cut(k, fraction);
            scored.add(new Scored(k, dot(target, all.relativeLoss(cut)), dot(target, essential.relativeLoss(cut))));
        }
        scored.sort(Comparator.comparingDouble((Scored s) -> -s.loss())
                .thenComparingDouble(s -> -s.essentialLoss())
                .thenComparingDouble(s -> -x[s.industry()])
                .thenComparing(s -> stack.label(s.industry())));
        List<Scored> best = scored.subList(0, limit);
        List<LeontiefExtraction.Result> upstream =
                leontief(best.stream().mapToInt(Scored::industry).toArray(), fraction);
        List<RankedCut> rows = new ArrayList<>();
        for (int r = 0; r < best.size(); r++) {
            Scored s = best.get(r);
            List<Integer> path = s.loss() > 0
                    ? path(s.industry(), fraction, target, s.essentialLoss() >= s.loss() ? essential : all)
                    : List.of();
            rows.add(row(
                    s.industry(), s.loss(), total, total > 0 ? s.essentialLoss() / total : 0, upstream.get(r), path));
        }
        return rows;
    }

    /** The chain to the target industry that loses most; through essential inputs when the loss survives substitution. */
    private static List<Integer> path(
            int industry, double fraction, double[] target, FixedProportionsExtraction model) {
        Cut cut = new Cut(industry, fraction);
        double[] relative = model.relativeLoss(cut);
        return model.path(cut, relative, argmaxTimes(target, relative));
    }

    private List<RankedCut> monetary(double[] target, List<Integer> candidates, double fraction, int limit) {
        double[] supplied = new GhoshExtraction(stack.table(), solver).upperBounds(target);
        double[] bound = new double[supplied.length];
        for (int k = 0; k < bound.length; k++) {
            bound[k] = supplied[k] / (1 + solver.coefficient(k, k));
        }
        double total = sum(target);
        candidates.sort(Comparator.comparingDouble((Integer k) -> -bound[k]).thenComparing(stack::label));
        List<RankedCut> best = new ArrayList<>();
        Comparator<RankedCut> order = Comparator.comparingDouble((RankedCut c) -> -c.targetLoss())
                .thenComparing(c -> stack.label(c.industry()));
        for (int next = 0; next < candidates.size(); next += BATCH) {
            if (best.size() >= limit
                    && fraction * bound[candidates.get(next)]
                            <= best.get(limit - 1).targetLoss()) {
                break;
            }
            int[] batch = candidates.subList(next, Math.min(candidates.size(), next + BATCH)).stream()
                    .mapToInt(Integer::intValue)
                    .toArray();
            for (LeontiefExtraction.Result result : leontief(batch, fraction)) {
                int k = result.industry();
                best.add(row(
                        k,
                        GhoshExtraction.targetLoss(supplied[k], result.diagonal(), fraction),
                        total,
                        Double.NaN,
                        result,
                        List.of()));
            }
            best.sort(order);
            if (best.size() > limit) {
                best.subList(limit, best.size()).clear();
            }
        }
        return best;
    }

    private RankedCut row(
            int k,
            double loss,
            double total,
            double essentialShare,
            LeontiefExtraction.Result upstream,
            List<Integer> path) {
        double[] relative = upstream.relativeLoss();
        int worst = -1;
        double moneyLost = 0;
        for (int i = 0; i < relative.length; i++) {
            if (i != k && relative[i] > 0 && (worst < 0 || hitHarder(i, worst, k, relative))) {
                worst = i;
            }
            moneyLost += i != k ? relative[i] * x[i] : 0;
        }
        return new RankedCut(
                k,
                loss,
                total > 0 ? loss / total : 0,
                stack.monetary() ? Double.NaN : essentialShare,
                worst,
                worst < 0 ? 0 : relative[worst],
                stack.monetary() ? moneyLost : Double.NaN,
                path);
    }

    /** Larger relative loss; among equal ones (world-mix sourcing), the cut's own region, then the larger producer. */
    private boolean hitHarder(int i, int worst, int cut, double[] relative) {
        if (Math.abs(relative[i] - relative[worst]) > TIE * relative[worst]) {
            return relative[i] > relative[worst];
        }
        boolean home = stack.regionOf(i) == stack.regionOf(cut);
        boolean worstHome = stack.regionOf(worst) == stack.regionOf(cut);
        return home != worstHome ? home : x[i] > x[worst];
    }

    private List<LeontiefExtraction.Result> leontief(int[] industries, double fraction) {
        return industries.length == 0
                ? List.of()
                : new LeontiefExtraction(stack.table(), solver).cuts(industries, fraction);
    }

    private static int argmaxTimes(double[] target, double[] relative) {
        int best = -1;
        for (int j = 0; j < target.length; j++) {
            if (target[j] * relative[j] > 0 && (best < 0 || target[j] * relative[j] > target[best] * relative[best])) {
                best = j;
            }
        }
        return best;
    }

    private static double dot(double[] a, double[] b) {
        double sum = 0;
        for (int i = 0; i < a.length; i++) {
            sum += a[i] * b[i];
        }
        return sum;
    }

    private static double sum(double[] values) {
        double sum = 0;
        for (double v : values) {
            sum += v;
        }
        return sum;
    }
}
