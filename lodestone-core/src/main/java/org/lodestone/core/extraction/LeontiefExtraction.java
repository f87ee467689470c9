package org.lodestone.core.extraction;

import java.util.ArrayList;
import java.util.List;
import org.lodestone.core.leontief.LeontiefSolver;
import org.lodestone.core.mrio.IoTable;

/**
 * Demand-driven (Leontief) hypothetical extraction: what every industry upstream of a cut industry
 * loses when the cut industry's output, and with it its purchases, fall.
 *
 * <p>Method: the mixed exogenous/endogenous Leontief model (Miller &amp; Blair 2009, section 13.2)
 * with the cut industry's output fixed at {@code (1 − f)·x_k}: for the others
 * {@code Δx_{−k} = (I − A_{−k,−k})⁻¹ a_{−k,k} Δx_k}, which by the partitioned inverse is
 * {@code Δx_i = −f·x_k·L_ik / L_kk}; relative to the baseline, {@code δ_i = f·x_k·L_ik / (L_kk·x_i)}
 * and {@code δ_k = f}. This is the backward linkage measured by extraction (Dietzenbacher, van der
 * Linden &amp; Steenge 1993; Dietzenbacher &amp; Lahr 2013). Each δ is unit-free, so the model is
 * valid on physical tables. Downstream buyers of the cut industry keep their output in this model;
 * {@link GhoshExtraction} and {@link FixedProportionsExtraction} measure that side.
 *
 * <p>Cost: one Leontief solve (column k of L) per cut; K cuts batched in one K-right-hand-side solve.
 */
public final class LeontiefExtraction {

    private final LeontiefSolver solver;
    private final double[] x;

    public LeontiefExtraction(IoTable table, LeontiefSolver solver) {
        this.solver = solver;
        this.x = table.x();
    }

    /**
     * The loss of one industry's cut.
     *
     * @param industry     the cut industry k
     * @param diagonal     {@code L_kk ≥ 1}: output of k per unit of its own final delivery, feedback included
     * @param relativeLoss loss of every industry relative to its baseline, in [0, 1]
     */
    public record Result(int industry, double diagonal, double[] relativeLoss) {}

    /** Relative output loss of every industry, in [0, 1], for one cut. */
    public double[] relativeLoss(Cut cut) {
        return cuts(new int[] {cut.industry()}, cut.fraction()).get(0).relativeLoss();
    }

    /** The losses of several industries each cut by {@code fraction}, in one batched solve. */
    public List<Result> cuts(int[] industries, double fraction) {
        Cut.requireFraction(fraction);
        int p = x.length;
        int k = industries.length;
        double[] unit = new double[p * k];
        for (int c = 0; c < k; c++) {
            unit[industries[c] * k + c] = 1;
        }
        double[] columns = solver.solve(unit, k);
        List<Result> results = new ArrayList<>();
        for (int c = 0; c < k; c++) {
            int cut = industries[c];
            double diagonal = columns[cut * k + c];
            double[] loss = new double[p];
            for (int i = 0; i < p; i++) {
                loss[i] = x[i] > 0 ? fraction * x[cut] * columns[i * k + c] / (diagonal * x[i]) : 0;
            }
            loss[cut] = fraction;
            results.add(new Result(cut, diagonal, loss));
        }
        return results;
    }
}
