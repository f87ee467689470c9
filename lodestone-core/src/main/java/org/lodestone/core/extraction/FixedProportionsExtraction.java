package org.lodestone.core.extraction;

import java.util.ArrayList;
import java.util.Collections;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.lodestone.core.dependency.StackTable;
import org.lodestone.core.mrio.SparseMatrix;
import org.lodestone.core.mrio.SubstitutableInput;

/**
 * Supply-driven hypothetical extraction on a physical table: a shortage travels downstream, each
 * supplier cutting all its buyers in the same proportion, and each buyer producing only as much as
 * its scarcest binding input allows.
 *
 * <p>Method: Ghosh's allocation assumption (a supplier keeps the shares of its sales; Ghosh 1958)
 * with Leontief's fixed-proportions production function (Leontief 1941) in place of Ghosh's sum of
 * input values, which in a physical table would add different units. Buyer j receives of input
 * sector c the fraction {@code 1 − Σ_{i∈c} w_ij δ_i}, with {@code w_ij = z_ij / Σ_{i'∈c} z_i'j} its
 * supplier shares, and loses {@code δ_j = max_c Σ_{i∈c} w_ij δ_i} over its binding input sectors;
 * the cut industry loses at least f. Inputs that recipes mark substitutable bind only when
 * {@code substitutableInputsBind} (the static fixed-coefficients view); otherwise they are taken as
 * replaced, and a pair the table makes partly substitutable ({@link
 * org.lodestone.core.mrio.IoTable#substitutions()}, the dataset's {@code substitution.csv}) passes
 * on {@code 1 − s} of its shortfall: the engine's bound once its substitution ramp is complete. The least fixed point is found by Gauss–Seidel sweeps from {@code δ = f·e_k}; the map is
 * monotone and positively homogeneous, so {@code δ(f) = f·δ(1)} and losses stay in [0, 1].
 *
 * <p>Cost: O(sweeps × nnz(Z)) per cut, sweeps at most the longest supply chain plus one on an
 * acyclic network; O(nnz(Z)) memory for the buyer-wise supplier lists.
 */
public final class FixedProportionsExtraction {

    /** Change in a loss below which sweeps stop. */
    static final double TOLERANCE = 1e-14;
    /** Sweeps after which the propagation stops even on a slowly converging cycle. */
    static final int MAX_SWEEPS = 100_000;

    private final StackTable stack;
    private final int p;
    private final int[] start;
    private final int[] supplier;
    private final int[] sector;
    private final double[] weight;
    /** Per entry: the share of its sector's shortfall that binds the buyer (1 fixed proportions, 0 replaced, 1 − s partly). */
    private final double[] binds;

    /**
     * @param stack                   the table and its essential flags
     * @param substitutableInputsBind true for fixed coefficients on every input; false to let
     *                                inputs marked substitutable be replaced
     */
    public FixedProportionsExtraction(StackTable stack, boolean substitutableInputsBind) {
        this.stack = stack;
        this.p = stack.size();
        SparseMatrix z = stack.table().z();
        List<List<Integer>> byBuyer = new ArrayList<>();
        for (int j = 0; j < p; j++) {
            byBuyer.add(new ArrayList<>());
        }
        for (int i = 0; i < p; i++) {
            for (int e = z.rowStart()[i]; e < z.rowStart()[i + 1]; e++) {
                byBuyer.get(z.columns()[e]).add(e);
            }
        }
        this.start = new int[p + 1];
        this.supplier = new int[z.nonZeros()];
        this.sector = new int[z.nonZeros()];
        this.weight = new double[z.nonZeros()];
        this.binds = new double[z.nonZeros()];
        Map<Long, Double> substitutable = substitutable(stack);
        int[] rowOf = rowOfEntry(z);
        int n = 0;
        for (int j = 0; j < p; j++) {
            List<Integer> entries = byBuyer.get(j);
            entries.sort((a, b) -> Integer.compare(stack.sectorOf(rowOf[a]), stack.sectorOf(rowOf[b])));
            start[j] = n;
            for (int e : entries) {
                supplier[n] = rowOf[e];
                sector[n] = stack.sectorOf(rowOf[e]);
                weight[n] = z.values()[e];
                binds[n] = substitutableInputsBind
                        ? 1
                        : substitutable.getOrDefault(
                                (long) sector[n] * p + j, stack.essential(sector[n], stack.sectorOf(j)) ? 1.0 : 0.0);
                n++;
            }
            normaliseWithinSectors(start[j], n);
        }
        start[p] = n;
    }

    /** Relative output loss of every industry, in [0, 1], for one cut. */
    public double[] relativeLoss(Cut cut) {
        double[] loss = new double[p];
        loss[cut.industry()] = cut.fraction();
        for (int sweep = 0; sweep < MAX_SWEEPS; sweep++) {
            double change = 0;
            for (int j = 0; j < p; j++) {
                double value = Math.max(j == cut.industry() ? cut.fraction() : 0, scarcestInput(j, loss));
                change = Math.max(change, value - loss[j]);
                loss[j] = value;
            }
            if (change <= TOLERANCE) {
                break;
            }
        }
        return loss;
    }

    /**
     * The chain of industries along which the loss of a cut reaches industry {@code to}: at each
     * step the binding input sector with the largest shortfall and, within it, the supplier that
     * contributes most. Starts at the cut industry, ends at {@code to}; just {@code [to]} if no loss reaches it.
     */
    public List<Integer> path(Cut cut, double[] loss, int to) {
        List<Integer> path = new ArrayList<>(List.of(to));
        Set<Integer> seen = new HashSet<>(path);
        int current = to;
        while (current != cut.industry()) {
            int next = largestContributor(current, loss);
            if (next < 0 || !seen.add(next)) {
                break;
            }
            path.add(next);
            current = next;
        }
        Collections.reverse(path);
        return path;
    }

    private double scarcestInput(int j, double[] loss) {
        double worst = 0;
        int e = start[j];
        while (e < start[j + 1]) {
            int c = sector[e];
            double binding = binds[e];
            double shortfall = 0;
            for (; e < start[j + 1] && sector[e] == c; e++) {
                shortfall += weight[e] * loss[supplier[e]];
            }
            if (binding > 0) {
                worst = Math.max(worst, binding == 1 ? shortfall : binding * shortfall);
            }
        }
        return worst;
    }

    private int largestContributor(int j, double[] loss) {
        double worst = 0;
        int best = -1;
        int e = start[j];
        while (e < start[j + 1]) {
            int c = sector[e];
            int first = e;
            double shortfall = 0;
            for (; e < start[j + 1] && sector[e] == c; e++) {
                shortfall += weight[e] * loss[supplier[e]];
            }
            shortfall *= binds[first];
            if (binds[first] > 0 && shortfall > worst) {
                worst = shortfall;
                best = first;
                for (int f = first; f < e; f++) {
                    best = weight[f] * loss[supplier[f]] > weight[best] * loss[supplier[best]] ? f : best;
                }
            }
        }
        return best < 0 ? -1 : supplier[best];
    }

    /** Per (input sector · P + buying industry): 1 − s of the table's partly substitutable pairs. */
    private static Map<Long, Double> substitutable(StackTable stack) {
        Map<Long, Double> bound = new HashMap<>();
        for (SubstitutableInput in : stack.table().substitutions()) {
            bound.put((long) in.sector() * stack.size() + in.industry(), 1 - in.substitutable());
        }
        return bound;
    }

    private void normaliseWithinSectors(int from, int to) {
        int e = from;
        while (e < to) {
            int first = e;
            double total = 0;
            for (; e < to && sector[e] == sector[first]; e++) {
                total += weight[e];
            }
            for (int f = first; f < e; f++) {
                weight[f] /= total;
            }
        }
    }

    private static int[] rowOfEntry(SparseMatrix z) {
        int[] rowOf = new int[z.nonZeros()];
        for (int i = 0; i < z.rows(); i++) {
            for (int e = z.rowStart()[i]; e < z.rowStart()[i + 1]; e++) {
                rowOf[e] = i;
            }
        }
        return rowOf;
    }

    /** The table this model runs on. */
    public StackTable stack() {
        return stack;
    }
}
