package org.lodestone.core.binding;

import java.util.Arrays;
import java.util.HashMap;
import java.util.Map;
import org.lodestone.core.mrio.IoTable;

/**
 * The content of an imposer's controlled commodities in every industry's output, for an export
 * control with content reach: θ(j), the share of industry j's output that contains the imposer's
 * controlled commodities through at most {@code depth} recipe tiers.
 *
 * <p>Method: the table's flows are the sourcing shares (for a dataset, the network's
 * {@code SourcingShares}; for an MRIO table, its Z). The imposer's controlled industries have
 * content 1, every other industry starts at 0. One tier:
 * {@code φ(c, j) = Σ_{i makes c} Z[i, j] · θ(i) / Σ_{i makes c} Z[i, j]}, the content of j's
 * supply of input product c (the average of its suppliers', weighted by their shares, so linear in
 * the shares: a producer that buys 60% of its magnets from the imposer has content 0.6), and
 * {@code θ(j) = 1 − Π_c (1 − φ(c, j))} over j's input products (inputs count as independent lots:
 * a good carries the content if any of its inputs does). {@code depth} tiers apply this
 * {@code depth} times, so depth 1 reaches the goods made directly from a controlled commodity and
 * depth 2 the goods made from those.
 *
 * <p>Limits: every unit of a producer's output is assumed to carry the average origin mix of its
 * supply (no segregated lines for target markets, which would lower the block); shares are the
 * baseline ones and do not follow re-sourcing during the run; the content is a share of units, not
 * of value, so no de-minimis threshold by value can be applied (docs/scenario-format.md).
 *
 * <p>Cost: O(depth × flows of Z), with one map entry per (input product, buyer) pair.
 */
final class ContentReach {

    private ContentReach() {}

    /**
     * θ per industry of {@code table}, in [0, 1].
     *
     * @param controlled the imposer's industries of the controlled commodities (content 1)
     * @param depth      recipe tiers (≥ 1)
     */
    static double[] shares(IoTable table, int[] controlled, int depth) {
        int p = table.size();
        double[] theta = new double[p];
        for (int i : controlled) {
            theta[i] = 1;
        }
        Map<Long, Double> supply = pairSums(table, null);
        for (int tier = 0; tier < depth; tier++) {
            Map<Long, Double> content = pairSums(table, theta);
            double[] free = new double[p];
            Arrays.fill(free, 1);
            content.forEach((pair, value) -> {
                int buyer = (int) (pair % p);
                free[buyer] *= 1 - Math.min(1, value / supply.get(pair));
            });
            double[] next = new double[p];
            for (int j = 0; j < p; j++) {
                next[j] = 1 - free[j];
            }
            for (int i : controlled) {
                next[i] = 1;
            }
            theta = next;
        }
        return theta;
    }

    /**
     * Per (input product, buyer) pair with a flow: the sum of the flows, each times the supplier's
     * weight ({@code null}: 1). The key is {@code product · P + buyer}.
     */
    private static Map<Long, Double> pairSums(IoTable table, double[] weight) {
        int p = table.size();
        int[] start = table.z().rowStart();
        int[] columns = table.z().columns();
        double[] values = table.z().values();
        Map<Long, Double> sums = new HashMap<>();
        for (int i = 0; i < p; i++) {
            double w = weight == null ? 1 : weight[i];
            if (w == 0) {
                continue;
            }
            long product = table.productOf(i);
            for (int k = start[i]; k < start[i + 1]; k++) {
                if (values[k] > 0) {
                    sums.merge(product * p + columns[k], values[k] * w, Double::sum);
                }
            }
        }
        return sums;
    }
}
