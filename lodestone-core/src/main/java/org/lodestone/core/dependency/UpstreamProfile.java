package org.lodestone.core.dependency;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Optional;
import org.lodestone.core.leontief.LeontiefSolver;
import org.lodestone.core.mrio.SparseMatrix;

/**
 * Multi-tier (upstream) dependency of a group of buyers by origin: for every upstream sector, what
 * the buyers' output needs of it across all tiers, and which regions produce that.
 *
 * <p>Method: the all-tier requirement of industry i for the buyers' output w is
 * {@code r = (L − I)·w}, with L the Leontief inverse of the technical coefficients
 * {@code A = Z·diag(1/x)}, which embed each buyer's supplier shares (Leontief 1936; Miller &amp;
 * Blair 2009, <i>Input-Output Analysis</i>, ch. 2 and 6). Grouped by sector, {@code r} splits each
 * sector's requirement by the region that produces it; within a sector units agree, so the shares
 * are unit-free even in a physical table. The direct (first-tier) requirement is {@code A·w}. The
 * tier of a sector is its shortest supply-chain distance from the buyers, by breadth-first search on
 * the non-zeros of Z.
 *
 * <p>Cost: one Leontief solve ({@link LeontiefSolver}) plus O(tiers × nnz(Z)) for the search.
 *
 * @param sectors   one entry per upstream sector the buyers need, in sector order
 * @param allSectors the sum over sectors, by region: present for monetary tables only
 */
public record UpstreamProfile(List<SectorRequirement> sectors, Optional<SectorRequirement> allSectors) {

    public UpstreamProfile {
        sectors = List.copyOf(sectors);
    }

    /**
     * The profile of buyers with output {@code buyerOutput} (per industry, in each industry's unit).
     *
     * @throws IllegalArgumentException if {@code buyerOutput} does not have one entry per industry
     */
    public static UpstreamProfile of(StackTable stack, LeontiefSolver solver, double[] buyerOutput) {
        int p = stack.size();
        if (buyerOutput.length != p) {
            throw new IllegalArgumentException("buyer output needs " + p + " entries, not " + buyerOutput.length);
        }
        double[] all = solver.solve(buyerOutput);
        double[] direct = direct(stack, buyerOutput);
        for (int i = 0; i < p; i++) {
            all[i] -= buyerOutput[i];
        }
        int[] tiers = tiers(stack.table().z(), buyerOutput);
        int s = stack.sectors().size();
        int regions = stack.regions().size();
        double[][] byRegion = new double[s][regions];
        double[][] directByRegion = new double[s][regions];
        int[] tier = new int[s];
        Arrays.fill(tier, Integer.MAX_VALUE);
        double[] allByRegion = new double[regions];
        double[] allDirect = new double[regions];
        for (int i = 0; i < p; i++) {
            if (all[i] > 0) {
                int c = stack.sectorOf(i);
                int r = stack.regionOf(i);
                byRegion[c][r] += all[i];
                directByRegion[c][r] += direct[i];
                allByRegion[r] += all[i];
                allDirect[r] += direct[i];
                tier[c] = Math.min(tier[c], tiers[i]);
            }
        }
        List<SectorRequirement> sectors = new ArrayList<>();
        int minTier = Integer.MAX_VALUE;
        for (int c = 0; c < s; c++) {
            if (tier[c] != Integer.MAX_VALUE) {
                sectors.add(new SectorRequirement(c, tier[c], byRegion[c], directByRegion[c]));
                minTier = Math.min(minTier, tier[c]);
            }
        }
        Optional<SectorRequirement> sum = stack.monetary() && !sectors.isEmpty()
                ? Optional.of(new SectorRequirement(-1, minTier, allByRegion, allDirect))
                : Optional.empty();
        return new UpstreamProfile(sectors, sum);
    }

    /** The requirement of one sector, if the buyers need it. */
    public Optional<SectorRequirement> sector(int sector) {
        return sectors.stream().filter(r -> r.sector() == sector).findFirst();
    }

    /** {@code A·w}: the first-tier requirement. */
    private static double[] direct(StackTable stack, double[] w) {
        SparseMatrix z = stack.table().z();
        double[] x = stack.table().x();
        double[] direct = new double[w.length];
        for (int i = 0; i < w.length; i++) {
            for (int e = z.rowStart()[i]; e < z.rowStart()[i + 1]; e++) {
                int j = z.columns()[e];
                if (w[j] != 0 && x[j] > 0) {
                    direct[i] += z.values()[e] * w[j] / x[j];
                }
            }
        }
        return direct;
    }

    /** Shortest distance from the buyers (w > 0) to every supplier, upstream along Z; MAX_VALUE if unreachable. */
    static int[] tiers(SparseMatrix z, double[] buyers) {
        int p = buyers.length;
        int[] tier = new int[p];
        Arrays.fill(tier, Integer.MAX_VALUE);
        boolean[] frontier = new boolean[p];
        for (int j = 0; j < p; j++) {
            frontier[j] = buyers[j] > 0;
        }
        for (int level = 1; level <= p; level++) {
            boolean[] next = new boolean[p];
            boolean any = false;
            for (int i = 0; i < p; i++) {
                for (int e = z.rowStart()[i]; e < z.rowStart()[i + 1] && !next[i]; e++) {
                    next[i] = frontier[z.columns()[e]];
                }
                if (next[i] && tier[i] == Integer.MAX_VALUE) {
                    tier[i] = level;
                    any = true;
                } else {
                    next[i] = false;
                }
            }
            if (!any) {
                break;
            }
            frontier = next;
        }
        return tier;
    }
}
