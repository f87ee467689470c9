package org.lodestone.core.dependency;

import org.lodestone.core.leontief.LeontiefSolver;

/**
 * Multi-tier dependency of every node by origin region: for node j and region r, the share of
 * j's inputs, across all tiers, produced in r.
 *
 * <p>Method: with the Leontief inverse L of the technical coefficients, {@code (L − I)_ij} is what
 * industry i produces, at every tier, per unit of j's output. Summing it over the industries of an
 * origin key (a region, or a single industry) for every j is {@code Sᵀ} applied on the left,
 * {@code M = S·(L − I)}, computed as {@code K} transposed Leontief solves, one per key, batched
 * ({@link LeontiefSolver#solveTransposed(double[], int)}). Shares are ratios of M.
 *
 * <ul>
 *   <li>{@link #byRegion}: one key per region, the shares over all input sectors together. They add
 *       money to money and are defined for monetary tables only. Cost: O(iterations × nnz(Z) × R)
 *       time, P × R doubles.
 *   <li>{@link #bySector}: one key per industry, so that for every node, input sector and region
 *       the share of that sector's all-tier requirement produced in the region: unit-consistent in
 *       a physical table. Cost: O(iterations × nnz(Z) × P) time, P² doubles; for tables of at most
 *       {@value #MAX_INDUSTRIES_BY_SECTOR} industries.
 * </ul>
 */
public final class OriginShares {

    /** Largest table for which {@link #bySector} keeps the full P × P requirement matrix. */
    public static final int MAX_INDUSTRIES_BY_SECTOR = 5_000;

    private final StackTable stack;
    private final boolean perIndustry;
    private final int keys;
    private final double[] requirement;
    private final double[] totals;

    private OriginShares(StackTable stack, boolean perIndustry, int keys, double[] requirement) {
        this.stack = stack;
        this.perIndustry = perIndustry;
        this.keys = keys;
        this.requirement = requirement;
        int p = stack.size();
        int groups = perIndustry ? stack.sectors().size() : 1;
        this.totals = new double[p * groups];
        for (int j = 0; j < p; j++) {
            for (int key = 0; key < keys; key++) {
                int group = perIndustry ? stack.sectorOf(key) : 0;
                totals[j * groups + group] += requirement[j * keys + key];
            }
        }
    }

    /**
     * Shares by origin region over all input sectors, for every node.
     *
     * @throws IllegalArgumentException for a physical table, whose sectors are in different units
     */
    public static OriginShares byRegion(StackTable stack, LeontiefSolver solver) {
        if (!stack.monetary()) {
            throw new IllegalArgumentException("shares over all sectors add quantities of different units; "
                    + "a physical table needs OriginShares.bySector");
        }
        int r = stack.regions().size();
        double[] indicator = new double[stack.size() * r];
        for (int i = 0; i < stack.size(); i++) {
            indicator[i * r + stack.regionOf(i)] = 1;
        }
        return new OriginShares(stack, false, r, withoutIdentity(solver.solveTransposed(indicator, r), indicator));
    }

    /**
     * Shares by origin region within each input sector, for every node.
     *
     * @throws IllegalArgumentException if the table has more than {@value #MAX_INDUSTRIES_BY_SECTOR} industries
     */
    public static OriginShares bySector(StackTable stack, LeontiefSolver solver) {
        int p = stack.size();
        if (p > MAX_INDUSTRIES_BY_SECTOR) {
            throw new IllegalArgumentException(
                    "per-sector origins of every node need a " + p + " x " + p + " matrix; tables above "
                            + MAX_INDUSTRIES_BY_SECTOR + " industries use OriginShares.byRegion or UpstreamProfile");
        }
        double[] identity = new double[p * p];
        for (int i = 0; i < p; i++) {
            identity[i * p + i] = 1;
        }
        return new OriginShares(stack, true, p, withoutIdentity(solver.solveTransposed(identity, p), identity));
    }

    /**
     * Share of node j's all-tier inputs (all sectors) produced in a region, in [0, 1]; 0 when j
     * uses no inputs. Requires {@link #byRegion}.
     */
    public double share(int node, int region) {
        if (perIndustry) {
            throw new IllegalStateException("shares over all sectors need OriginShares.byRegion");
        }
        double total = totals[node];
        return total > 0 ? requirement[node * keys + region] / total : 0;
    }

    /**
     * Share of node j's all-tier requirement of a sector produced in a region, in [0, 1]; 0 when j
     * does not need the sector. Requires {@link #bySector}.
     */
    public double share(int node, int sector, int region) {
        if (!perIndustry) {
            throw new IllegalStateException("per-sector shares need OriginShares.bySector");
        }
        double total = totals[node * stack.sectors().size() + sector];
        int origin = stack.table()
                .indexOf(stack.regions().get(region), stack.table().sectors().get(sector));
        return total > 0 && origin >= 0 ? requirement[node * keys + origin] / total : 0;
    }

    /** All-tier requirement of node j on an origin key (a region or an industry), per unit of j's output. */
    public double requirement(int node, int key) {
        return requirement[node * keys + key];
    }

    /** {@code S·L − S}: a node's own unit of output is not one of its inputs. */
    private static double[] withoutIdentity(double[] solved, double[] indicator) {
        for (int e = 0; e < solved.length; e++) {
            solved[e] -= indicator[e];
        }
        return solved;
    }
}
