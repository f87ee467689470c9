package org.lodestone.core.criticality;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.lodestone.core.dependency.StackTable;
import org.lodestone.core.extraction.ExtractionRanking;
import org.lodestone.core.leontief.LeontiefSolver;
import org.lodestone.core.model.RegionId;
import org.lodestone.core.mrio.IoTable;
import org.lodestone.core.mrio.SparseMatrix;
import org.lodestone.core.mrio.SubstitutableInput;

/**
 * Supply risk × importance of every commodity for a coalition, after the EU critical raw materials
 * methodology (European Commission 2017, <i>Methodology for establishing the EU list of critical raw
 * materials</i>; 2023 update) with the data a Lodestone table holds. See {@code docs/methods.md}.
 *
 * <p>Supply risk: {@code SR = (H_world·IR/2 + H_sourcing·(1 − IR/2))·SI}, in [0, 1], where
 * {@code H = Σ_r g_r·s_r²} is a risk-weighted Herfindahl–Hirschman index of world output shares
 * ({@code H_world}) or of the coalition's supplier shares ({@code H_sourcing}), the weight
 * {@code g_r} standing in for the EU's governance indicator: {@value #CONCERN_WEIGHT} for countries
 * of concern, {@value #NON_MEMBER_WEIGHT} for other non-members, {@value #MEMBER_WEIGHT} for members;
 * {@code IR} is the coalition's import reliance (share of its use supplied by non-members, from the
 * network's flows), and {@code SI} the substitution index: the coalition's intermediate use
 * weighted by the share of each use that has no substitute, {@code 1 − s} with s the pair's
 * substitutable share from the dataset's {@code substitution.csv}, else 1 for an essential input
 * and {@value #SUBSTITUTE_FACTOR} for one the recipes mark substitutable (so without that file
 * {@code SI = e + (1 − e)·}{@value #SUBSTITUTE_FACTOR}, e the essential share). A coalition that uses none of a
 * commodity is taken to source the world mix.
 *
 * <p>Importance: the share of the coalition's target output (AI compute) lost when the largest
 * producing country's supply of the commodity is removed, with the supply-driven model of
 * {@link ExtractionRanking#targetLosses}: the downstream importance of hypothetical extraction in place of the EU's
 * value added of end uses.
 *
 * <p>Class: {@link CriticalityClass#CRITICAL} when {@code SR ≥} {@value #SUPPLY_RISK_THRESHOLD} and
 * importance {@code ≥} {@value #IMPORTANCE_THRESHOLD}. Cost: O(nnz(Z) + nnz(Y)) plus one extraction
 * per commodity (batched on a monetary table).
 */
public final class CriticalityAssessment {

    /** Risk weight of a country of concern. */
    public static final double CONCERN_WEIGHT = 1.0;
    /** Risk weight of a country that is neither a member nor of concern. */
    public static final double NON_MEMBER_WEIGHT = 0.5;
    /** Risk weight of a coalition member. */
    public static final double MEMBER_WEIGHT = 0.25;
    /** Substitution index of a commodity all of whose uses can be substituted. */
    public static final double SUBSTITUTE_FACTOR = 0.7;
    /** Supply risk from which a commodity is high-risk. */
    public static final double SUPPLY_RISK_THRESHOLD = 0.3;
    /** Importance from which a commodity is important. */
    public static final double IMPORTANCE_THRESHOLD = 0.5;

    private CriticalityAssessment() {}

    /**
     * One row per sector that has output, in sector order, except the {@code excludedSectors}
     * (the target itself).
     *
     * @param members         coalition member codes
     * @param concern         codes of the countries of concern; empty when none are defined
     * @param concernDefined  whether the dataset defines countries of concern (else concern shares are NaN)
     * @param coalitionTarget the coalition's target output per industry
     * @param excludedSectors sectors left out
     */
    public static List<Criticality> assess(
            StackTable stack,
            LeontiefSolver solver,
            Set<String> members,
            Set<String> concern,
            boolean concernDefined,
            double[] coalitionTarget,
            Set<Integer> excludedSectors) {
        int regions = stack.regions().size();
        int sectors = stack.sectors().size();
        double[][] output = new double[sectors][regions];
        double[] x = stack.table().x();
        for (int i = 0; i < x.length; i++) {
            output[stack.sectorOf(i)][stack.regionOf(i)] += x[i];
        }
        double[][] use = coalitionUse(stack, members);
        double[][] essential = essentialUse(stack, members);
        double[] weight = new double[regions];
        for (int r = 0; r < regions; r++) {
            String code = stack.regions().get(r);
            weight[r] = concern.contains(code)
                    ? CONCERN_WEIGHT
                    : members.contains(code) ? MEMBER_WEIGHT : NON_MEMBER_WEIGHT;
        }
        double targetTotal = 0;
        for (double t : coalitionTarget) {
            targetTotal += t;
        }
        int[] top = new int[sectors];
        List<Integer> cuts = new ArrayList<>();
        for (int c = 0; c < sectors; c++) {
            top[c] = topCountry(stack, output[c]);
            if (top[c] >= 0) {
                cuts.add(stack.table()
                        .indexOf(
                                stack.regions().get(top[c]),
                                stack.table().sectors().get(c)));
            }
        }
        double[] lost = targetTotal > 0
                ? new ExtractionRanking(stack, solver)
                        .targetLosses(cuts.stream().mapToInt(Integer::intValue).toArray(), coalitionTarget, 1)
                : new double[cuts.size()];
        List<Criticality> rows = new ArrayList<>();
        for (int c = 0, cut = 0; c < sectors; c++) {
            double importance = top[c] >= 0 && targetTotal > 0 ? lost[cut] / targetTotal : Double.NaN;
            cut += top[c] >= 0 ? 1 : 0;
            double total = sum(output[c]);
            if (total <= 0 || excludedSectors.contains(c)) {
                continue;
            }
            double[] sourcing = sum(use[c]) > 0 ? use[c] : output[c];
            double importReliance = 0;
            double concernShare = 0;
            for (int r = 0; r < regions; r++) {
                importReliance += members.contains(stack.regions().get(r)) ? 0 : sourcing[r] / sum(sourcing);
                concernShare += concern.contains(stack.regions().get(r)) ? output[c][r] / total : 0;
            }
            double essentialShare = essential[c][1] > 0 ? essential[c][0] / essential[c][1] : 1;
            double substitution = essential[c][1] > 0 ? essential[c][2] / essential[c][1] : 1;
            double risk = (weightedHhi(output[c], weight) * importReliance / 2
                            + weightedHhi(sourcing, weight) * (1 - importReliance / 2))
                    * substitution;
            rows.add(new Criticality(
                    c,
                    10_000 * weightedHhi(output[c], null),
                    concernDefined ? concernShare : Double.NaN,
                    importReliance,
                    10_000 * weightedHhi(sourcing, null),
                    essentialShare,
                    risk,
                    importance,
                    top[c],
                    CriticalityClass.of(
                            risk,
                            Double.isNaN(importance) ? 0 : importance,
                            SUPPLY_RISK_THRESHOLD,
                            IMPORTANCE_THRESHOLD)));
        }
        return rows;
    }

    /** Quantity of each sector the coalition uses (intermediate and final), by supplier region. */
    private static double[][] coalitionUse(StackTable stack, Set<String> members) {
        double[][] use = new double[stack.sectors().size()][stack.regions().size()];
        SparseMatrix z = stack.table().z();
        SparseMatrix y = stack.table().y();
        for (int i = 0; i < stack.size(); i++) {
            double bought = 0;
            for (int e = z.rowStart()[i]; e < z.rowStart()[i + 1]; e++) {
                bought += members.contains(stack.regions().get(stack.regionOf(z.columns()[e]))) ? z.values()[e] : 0;
            }
            for (int e = y.rowStart()[i]; e < y.rowStart()[i + 1]; e++) {
                bought += members.contains(stack.table()
                                .finalDemandColumns()
                                .get(y.columns()[e])
                                .region())
                        ? y.values()[e]
                        : 0;
            }
            use[stack.sectorOf(i)][stack.regionOf(i)] += bought;
        }
        return use;
    }

    /**
     * Per sector: {essential intermediate use, all intermediate use, use that has no substitute} by
     * the coalition, or by the world if the coalition has none. A use's share without substitute
     * is {@code 1 − s} for a pair the table makes partly substitutable ({@link IoTable#substitutions()},
     * the dataset's {@code substitution.csv}), else 1 for an essential input and
     * {@value #SUBSTITUTE_FACTOR} for one the recipes mark substitutable.
     */
    private static double[][] essentialUse(StackTable stack, Set<String> members) {
        double[][] coalition = new double[stack.sectors().size()][3];
        double[][] world = new double[stack.sectors().size()][3];
        Map<Long, Double> substitutable = new HashMap<>();
        long p = stack.size();
        for (SubstitutableInput in : stack.table().substitutions()) {
            substitutable.put(in.sector() * p + in.industry(), in.substitutable());
        }
        SparseMatrix z = stack.table().z();
        for (int i = 0; i < stack.size(); i++) {
            int c = stack.sectorOf(i);
            for (int e = z.rowStart()[i]; e < z.rowStart()[i + 1]; e++) {
                int j = z.columns()[e];
                double v = z.values()[e];
                boolean isEssential = stack.essential(c, stack.sectorOf(j));
                Double s = substitutable.get(c * p + j);
                double without = s != null ? 1 - s : isEssential ? 1 : SUBSTITUTE_FACTOR;
                add(world[c], isEssential ? v : 0, v, v * without);
                if (members.contains(stack.regions().get(stack.regionOf(j)))) {
                    add(coalition[c], isEssential ? v : 0, v, v * without);
                }
            }
        }
        for (int c = 0; c < coalition.length; c++) {
            if (coalition[c][1] <= 0) {
                coalition[c] = world[c];
            }
        }
        return coalition;
    }

    private static void add(double[] sums, double essential, double all, double withoutSubstitute) {
        sums[0] += essential;
        sums[1] += all;
        sums[2] += withoutSubstitute;
    }

    private static int topCountry(StackTable stack, double[] output) {
        int best = -1;
        for (int r = 0; r < output.length; r++) {
            if (!RegionId.of(stack.regions().get(r)).isAggregate()
                    && output[r] > 0
                    && (best < 0 || output[r] > output[best])) {
                best = r;
            }
        }
        return best;
    }

    /** {@code Σ g_r s_r²} with shares of {@code quantities}; unweighted when {@code weight} is null. In [0, 1]. */
    private static double weightedHhi(double[] quantities, double[] weight) {
        double total = sum(quantities);
        double h = 0;
        for (int r = 0; r < quantities.length; r++) {
            double s = total > 0 ? quantities[r] / total : 0;
            h += (weight == null ? 1 : weight[r]) * s * s;
        }
        return h;
    }

    private static double sum(double[] values) {
        double sum = 0;
        for (double v : values) {
            sum += v;
        }
        return sum;
    }
}
