package org.lodestone.core.concentration;

import java.util.Collection;
import java.util.Collections;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.TreeMap;
import org.lodestone.core.model.Production;
import org.lodestone.core.model.RegionId;

/**
 * The shares of world production of one commodity held by each producing region, and the
 * concentration measures built on them.
 *
 * <p>The Herfindahl–Hirschman index is {@code HHI = Σ (100 · s_i)²} over producers, on the usual
 * 0–10,000 scale (US DOJ/FTC Horizontal Merger Guidelines, 2023: above 1,800 is "highly
 * concentrated"). An aggregate region ({@code ROW}, {@code X..}) counts as one producer, which
 * overstates the index slightly; aggregates are never the top producer. Cost: O(producers).
 */
public final class ProducerShares {

    private final Map<RegionId, Double> quantities;
    private final double total;

    private ProducerShares(Map<RegionId, Double> quantities) {
        this.quantities = Collections.unmodifiableMap(quantities);
        this.total =
                quantities.values().stream().mapToDouble(Double::doubleValue).sum();
    }

    /** Shares from the production rows of one commodity (rows of the same region are added up). */
    public static ProducerShares of(Collection<Production> rows) {
        Map<RegionId, Double> quantities = new TreeMap<>();
        rows.forEach(p -> quantities.merge(p.region(), p.unitsPerYear(), Double::sum));
        return new ProducerShares(quantities);
    }

    /** Shares from region → quantity. */
    public static ProducerShares of(Map<RegionId, Double> quantities) {
        return new ProducerShares(new TreeMap<>(quantities));
    }

    /** World production: the sum over all regions, in the commodity's unit per year. */
    public double total() {
        return total;
    }

    /** Share of world production held by {@code region}, in [0, 1]; 0 when nobody produces. */
    public double share(RegionId region) {
        return total == 0 ? 0 : quantities.getOrDefault(region, 0.0) / total;
    }

    /** Combined share of the given regions, in [0, 1]. */
    public double shareOf(Set<RegionId> regions) {
        return regions.stream().mapToDouble(this::share).sum();
    }

    /** Herfindahl–Hirschman index on the 0–10,000 scale; 0 when nobody produces. */
    public double hhi() {
        double sum = 0;
        for (RegionId region : quantities.keySet()) {
            double percent = 100 * share(region);
            sum += percent * percent;
        }
        return sum;
    }

    /** The country with the largest share (aggregates excluded); ties go to the first code. */
    public Optional<RegionId> topProducer() {
        RegionId best = null;
        for (Map.Entry<RegionId, Double> e : quantities.entrySet()) {
            if (!e.getKey().isAggregate()
                    && e.getValue() > 0
                    && (best == null || e.getValue() > quantities.get(best))) {
                best = e.getKey();
            }
        }
        return Optional.ofNullable(best);
    }
}
