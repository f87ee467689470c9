package org.lodestone.core.network;

import java.util.HashMap;
import java.util.Map;
import java.util.TreeMap;
import org.lodestone.core.model.RegionId;

/**
 * Shares the producers' residual supply among the importers' unlisted rest by biproportional
 * (RAS) scaling: starting from the synthesis rule's allocation (the seed), it alternately scales
 * each producer's row to its residual supply and each importer's column back to its rest, so that
 * a small producer is not drawn on by every importer at once beyond what it has left. Cells the
 * seed leaves at 0 (a pair with a listed row) stay 0, so the listed flows remain fixed.
 *
 * <p>Method: Stone's RAS (Bacharach, <i>Biproportional Matrices and Input-Output Change</i>, 1970),
 * the usual way to balance trade matrices to known margins. Each round costs O(producers ×
 * importers); it stops when every row is within {@value #TOLERANCE} of its target (relative) or
 * after {@value #MAX_ROUNDS} rounds. It always ends on a column scaling, so every importer keeps
 * exactly its rest even when the margins cannot both be met (then the rows are as close as RAS
 * gets). Rows whose target is 0 are left as the seed has them (a producer with nothing left that
 * the rule still uses, by output, when no other is allowed).
 */
final class ResidualBalancing {

    static final int MAX_ROUNDS = 1000;
    static final double TOLERANCE = 1e-13;

    private ResidualBalancing() {}

    /**
     * @param seed     importer → (producer → quantity): the rest of each importer, allocated by the
     *                 synthesis rule over the producers it may draw on
     * @param residual producer → what it has left after its listed exports, ≥ 0
     * @return the seed rescaled: same importer totals, producer totals as close to {@code residual}
     *     (scaled to the importers' total) as the allowed cells permit
     */
    static Map<RegionId, Map<RegionId, Double>> balance(
            Map<RegionId, Map<RegionId, Double>> seed, Map<RegionId, Double> residual) {
        Map<RegionId, Map<RegionId, Double>> x = new TreeMap<>();
        Map<RegionId, Double> columnTarget = new HashMap<>();
        seed.forEach((buyer, column) -> {
            x.put(buyer, new TreeMap<>(column));
            columnTarget.put(buyer, sum(column));
        });
        Map<RegionId, Double> rowTarget = rowTargets(x, residual, columnTarget);
        for (int round = 0; round < MAX_ROUNDS; round++) {
            Map<RegionId, Double> rows = rowSums(x);
            rows.forEach((s, r) -> {
                double target = rowTarget.getOrDefault(s, 0.0);
                if (target > 0 && r > 0) {
                    x.values().forEach(column -> column.computeIfPresent(s, (k, q) -> q * target / r));
                }
            });
            x.forEach((buyer, column) -> {
                double total = sum(column);
                if (total > 0) {
                    column.replaceAll((s, q) -> q * columnTarget.get(buyer) / total);
                } else {
                    column.putAll(seed.get(buyer));
                }
            });
            if (converged(rowSums(x), rowTarget)) {
                break;
            }
        }
        return x;
    }

    /** Residual supply scaled so that the rows with a positive target add up to what the importers need of them. */
    private static Map<RegionId, Double> rowTargets(
            Map<RegionId, Map<RegionId, Double>> x, Map<RegionId, Double> residual, Map<RegionId, Double> columns) {
        Map<RegionId, Double> rows = rowSums(x);
        double needed =
                columns.values().stream().mapToDouble(Double::doubleValue).sum();
        double available = 0;
        for (Map.Entry<RegionId, Double> row : rows.entrySet()) {
            double left = residual.getOrDefault(row.getKey(), 0.0);
            if (left > 0) {
                available += left;
            } else {
                needed -= row.getValue();
            }
        }
        Map<RegionId, Double> targets = new HashMap<>();
        double scale = available > 0 ? Math.max(0, needed) / available : 0;
        rows.keySet().forEach(s -> targets.put(s, residual.getOrDefault(s, 0.0) * scale));
        return targets;
    }

    private static boolean converged(Map<RegionId, Double> rows, Map<RegionId, Double> targets) {
        for (Map.Entry<RegionId, Double> row : rows.entrySet()) {
            double target = targets.getOrDefault(row.getKey(), 0.0);
            if (target > 0 && Math.abs(row.getValue() - target) > TOLERANCE * target) {
                return false;
            }
        }
        return true;
    }

    private static Map<RegionId, Double> rowSums(Map<RegionId, Map<RegionId, Double>> x) {
        Map<RegionId, Double> rows = new TreeMap<>();
        x.values().forEach(column -> column.forEach((s, q) -> rows.merge(s, q, Double::sum)));
        return rows;
    }

    private static double sum(Map<RegionId, Double> column) {
        return column.values().stream().mapToDouble(Double::doubleValue).sum();
    }
}
