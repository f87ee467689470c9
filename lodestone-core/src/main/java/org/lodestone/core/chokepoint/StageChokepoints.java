package org.lodestone.core.chokepoint;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Set;
import java.util.TreeSet;
import org.lodestone.core.dependency.SectorRequirement;
import org.lodestone.core.dependency.StackTable;
import org.lodestone.core.dependency.UpstreamProfile;
import org.lodestone.core.extraction.ExtractionRanking;
import org.lodestone.core.leontief.LeontiefSolver;
import org.lodestone.core.model.RegionId;
import org.lodestone.core.mrio.SparseMatrix;

/**
 * Finds the chokepoint stages of a coalition: sectors in which one country outside the coalition, or
 * one country of concern, produces more than a threshold share of world output, and which lie
 * upstream of the target; with the downstream reach of each.
 *
 * <p>Method: world output shares per sector and region from gross output x (aggregates such as
 * {@code ROW} never count as one country); upstream-ness from the all-tier requirement of the world's
 * target output ({@link UpstreamProfile}); reach by breadth-first search downstream along the
 * non-zeros of Z from the holder's industry; the dependency share from the coalition's upstream
 * profile, and the loss from removing the holder's supply with the supply-driven model of
 * {@link ExtractionRanking#targetLosses}. The screening follows the single-supplier share tests of the EU's
 * strategic-dependency analysis (European Commission 2021, SWD(2021) 352). Cost: two Leontief solves,
 * plus per chokepoint one extraction and O(nnz(Z)) for the search.
 */
public final class StageChokepoints {

    /** Default share of world output above which one country controls a stage. */
    public static final double DEFAULT_THRESHOLD = 0.5;

    private StageChokepoints() {}

    /**
     * The chokepoints, largest coalition loss first.
     *
     * @param members         coalition member codes
     * @param concern         codes of the countries of concern (may be empty)
     * @param coalitionTarget the coalition's target output per industry
     * @param worldTarget     the world's target output per industry
     * @param threshold       share of world output, in (0, 1)
     */
    public static List<StageChokepoint> find(
            StackTable stack,
            LeontiefSolver solver,
            Set<String> members,
            Set<String> concern,
            double[] coalitionTarget,
            double[] worldTarget,
            double threshold) {
        if (!(threshold > 0 && threshold < 1)) {
            throw new IllegalArgumentException("chokepoint threshold must be in (0, 1), was " + threshold);
        }
        UpstreamProfile world = UpstreamProfile.of(stack, solver, worldTarget);
        UpstreamProfile coalition = UpstreamProfile.of(stack, solver, coalitionTarget);
        double coalitionTotal = sum(coalitionTarget);
        double[] x = stack.table().x();
        List<StageChokepoint> found = new ArrayList<>();
        for (SectorRequirement upstream : world.sectors()) {
            int sector = upstream.sector();
            double total = 0;
            for (int i = 0; i < x.length; i++) {
                total += stack.sectorOf(i) == sector ? x[i] : 0;
            }
            for (int i = 0; i < x.length; i++) {
                String region = stack.regions().get(stack.regionOf(i));
                boolean isMember = members.contains(region);
                boolean isConcern = concern.contains(region);
                if (stack.sectorOf(i) != sector
                        || RegionId.of(region).isAggregate()
                        || !(x[i] > threshold * total)
                        || (isMember && !isConcern)) {
                    continue;
                }
                int holder = stack.regionOf(i);
                double dependency =
                        coalition.sector(sector).map(r -> r.share(holder)).orElse(0.0);
                double lost = coalitionTotal > 0
                        ? new ExtractionRanking(stack, solver).targetLosses(new int[] {i}, coalitionTarget, 1)[0]
                                / coalitionTotal
                        : Double.NaN;
                found.add(new StageChokepoint(
                        sector,
                        holder,
                        x[i] / total,
                        isMember,
                        isConcern,
                        downstream(stack, i),
                        coalitionTotal > 0 ? dependency : Double.NaN,
                        lost));
            }
        }
        found.sort(
                Comparator.comparingDouble((StageChokepoint c) -> Double.isNaN(c.targetShare()) ? 0 : -c.targetShare())
                        .thenComparingDouble(c -> -c.share())
                        .thenComparingInt(StageChokepoint::sector));
        return found;
    }

    /** Sectors reached downstream of an industry, in sector order. */
    static List<Integer> downstream(StackTable stack, int industry) {
        SparseMatrix z = stack.table().z();
        boolean[] seen = new boolean[stack.size()];
        List<Integer> queue = new ArrayList<>(List.of(industry));
        seen[industry] = true;
        Set<Integer> sectors = new TreeSet<>();
        for (int head = 0; head < queue.size(); head++) {
            int i = queue.get(head);
            for (int e = z.rowStart()[i]; e < z.rowStart()[i + 1]; e++) {
                int j = z.columns()[e];
                if (!seen[j]) {
                    seen[j] = true;
                    queue.add(j);
                    sectors.add(stack.sectorOf(j));
                }
            }
        }
        sectors.remove(stack.sectorOf(industry));
        return List.copyOf(sectors);
    }

    private static double sum(double[] values) {
        double sum = 0;
        for (double v : values) {
            sum += v;
        }
        return sum;
    }
}
