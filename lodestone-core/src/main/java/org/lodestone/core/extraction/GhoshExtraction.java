package org.lodestone.core.extraction;

import org.lodestone.core.leontief.LeontiefSolver;
import org.lodestone.core.mrio.IoTable;

/**
 * Supply-driven (Ghosh) hypothetical extraction on a monetary table: what every industry downstream
 * of a cut industry loses when its supply falls and each supplier keeps its sales shares.
 *
 * <p>Method: the Ghosh model {@code xᵀ = vᵀ(I − B)⁻¹} with allocation coefficients
 * {@code B = diag(1/x)·Z} (Ghosh 1958; Miller &amp; Blair 2009, section 12.1), in the mixed form with
 * the cut industry's output fixed at {@code (1 − f)·x_k}: {@code Δx_j = −f·x_k·G_kj / G_kk}. Since
 * {@code G = diag(1/x)·L·diag(x)}, the relative loss is {@code δ_j = f·L_kj / L_kk} (row k of the
 * Leontief inverse), and a target's loss {@code Σ_j t_j δ_j = f·(L·t)_k / L_kk}. The forward
 * (supply-side) extraction of Dietzenbacher &amp; van der Linden (1997). Ghosh adds the value of
 * different inputs, so an input cut costs its buyer its cost share of output (Oosterhaven 1988
 * discusses how plausible that is); in a physical table this sum would add different units, so the
 * model accepts monetary tables only ({@link FixedProportionsExtraction} serves physical ones).
 *
 * <p>Cost: one transposed Leontief solve (row k of L) per cut. {@link #upperBounds} gives
 * {@code (L·t)_k}, an upper bound of every cut's target loss ({@code L_kk ≥ 1}), in one solve.
 */
public final class GhoshExtraction {

    private final LeontiefSolver solver;
    private final int p;

    /** @throws IllegalArgumentException if the table is not monetary */
    public GhoshExtraction(IoTable table, LeontiefSolver solver) {
        if (table.units() != IoTable.Units.MONETARY) {
            throw new IllegalArgumentException(
                    "the Ghosh model adds the value of different inputs and needs a monetary table; "
                            + "use FixedProportionsExtraction for a physical one");
        }
        this.solver = solver;
        this.p = table.size();
    }

    /** Relative output loss of every industry, in [0, 1] for a productive monetary table. */
    public double[] relativeLoss(Cut cut) {
        double[] unit = new double[p];
        unit[cut.industry()] = 1;
        double[] row = solver.solveTransposed(unit);
        double diagonal = row[cut.industry()];
        for (int j = 0; j < p; j++) {
            row[j] *= cut.fraction() / diagonal;
        }
        return row;
    }

    /** {@code (L·t)_k} for every k: the target's loss from removing k, times {@code L_kk ≥ 1}. One solve. */
    public double[] upperBounds(double[] target) {
        return solver.solve(target);
    }

    /** A target's loss from cutting k by {@code fraction}, given its upper bound and {@code L_kk}. */
    public static double targetLoss(double upperBound, double diagonal, double fraction) {
        return fraction * upperBound / diagonal;
    }
}
