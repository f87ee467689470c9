package org.lodestone.core.network;

import java.util.ArrayList;
import java.util.Collections;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeMap;
import org.lodestone.core.model.CommodityId;
import org.lodestone.core.model.Flow;
import org.lodestone.core.model.Production;
import org.lodestone.core.model.RegionId;

/**
 * Where each region sources each commodity: the fraction of a buyer region's demand served by each
 * supplier region.
 *
 * <p>For a commodity with observed flows, region {@code r} sources from exporter {@code s ≠ r} in
 * proportion to the flow {@code s → r}, and from itself in proportion to its production minus its
 * recorded exports (never below 0). Otherwise, and for a region with neither imports nor
 * production, the synthesis rule applies: {@code r} sources from each producer {@code s} in
 * proportion to its world production share {@code w_s}, with home bias {@code h} for a region that
 * produces: {@code share(r ← r) = h + (1 − h) w_r}, {@code share(r ← s) = (1 − h) w_s}. The shares
 * of one buyer region always sum to 1 when the commodity has any production. A commodity that is
 * not tradable is sourced only at home: {@code share(r ← r) = 1} where {@code r} produces it, and
 * no supplier elsewhere.
 *
 * <p>Each call costs O(producers + flows of the commodity); results are cached per (commodity, region).
 */
public final class SourcingShares {

    private final double homeBias;
    private final Set<CommodityId> nonTradable;
    private final Map<CommodityId, Map<RegionId, Double>> production = new HashMap<>();
    private final Map<CommodityId, List<Flow>> flows = new HashMap<>();
    private final Map<CommodityId, Map<RegionId, Map<RegionId, Double>>> cache = new HashMap<>();

    /**
     * @param production production rows (zero rows are ignored)
     * @param flows      observed flows; commodities absent here use the synthesis rule
     * @param homeBias   h in [0, 1]
     */
    public SourcingShares(List<Production> production, List<Flow> flows, double homeBias) {
        this(production, flows, homeBias, Set.of());
    }

    /**
     * @param production  production rows (zero rows are ignored)
     * @param flows       observed flows; commodities absent here use the synthesis rule
     * @param homeBias    h in [0, 1]
     * @param nonTradable commodities used only in the region that produces them
     */
    public SourcingShares(
            List<Production> production, List<Flow> flows, double homeBias, Set<CommodityId> nonTradable) {
        this.nonTradable = Set.copyOf(nonTradable);
        if (!(homeBias >= 0 && homeBias <= 1)) {
            throw new IllegalArgumentException("home bias must be in [0, 1], was " + homeBias);
        }
        this.homeBias = homeBias;
        for (Production p : production) {
            if (p.unitsPerYear() > 0) {
                this.production
                        .computeIfAbsent(p.commodity(), c -> new TreeMap<>())
                        .merge(p.region(), p.unitsPerYear(), Double::sum);
            }
        }
        for (Flow f : flows) {
            this.flows.computeIfAbsent(f.commodity(), c -> new ArrayList<>()).add(f);
        }
    }

    /** Supplier region → share of {@code buyer}'s demand for {@code commodity}; empty if nobody produces it. */
    public Map<RegionId, Double> sharesFor(CommodityId commodity, RegionId buyer) {
        return cache.computeIfAbsent(commodity, c -> new HashMap<>())
                .computeIfAbsent(buyer, b -> Collections.unmodifiableMap(compute(commodity, b)));
    }

    private Map<RegionId, Double> compute(CommodityId commodity, RegionId buyer) {
        Map<RegionId, Double> producers = production.getOrDefault(commodity, Map.of());
        if (nonTradable.contains(commodity)) {
            return producers.containsKey(buyer) ? Map.of(buyer, 1.0) : Map.of();
        }
        List<Flow> observed = flows.get(commodity);
        if (observed != null) {
            Map<RegionId, Double> fromFlows = fromFlows(producers, observed, buyer);
            if (!fromFlows.isEmpty()) {
                return fromFlows;
            }
        }
        return synthesised(producers, buyer);
    }

    private Map<RegionId, Double> fromFlows(Map<RegionId, Double> producers, List<Flow> observed, RegionId buyer) {
        Map<RegionId, Double> weights = new TreeMap<>();
        double exportsOfBuyer = 0;
        for (Flow f : observed) {
            if (f.exporter().equals(buyer) && !f.importer().equals(buyer)) {
                exportsOfBuyer += f.unitsPerYear();
            } else if (f.importer().equals(buyer)
                    && !f.exporter().equals(buyer)
                    && producers.containsKey(f.exporter())) {
                weights.merge(f.exporter(), f.unitsPerYear(), Double::sum);
            }
        }
        double domestic = Math.max(0, producers.getOrDefault(buyer, 0.0) - exportsOfBuyer);
        if (domestic > 0) {
            weights.put(buyer, domestic);
        }
        return normalised(weights);
    }

    private Map<RegionId, Double> synthesised(Map<RegionId, Double> producers, RegionId buyer) {
        Map<RegionId, Double> shares = normalised(producers);
        if (homeBias == 0 || !shares.containsKey(buyer)) {
            return shares;
        }
        Map<RegionId, Double> biased = new TreeMap<>();
        shares.forEach((region, w) -> biased.put(region, (1 - homeBias) * w + (region.equals(buyer) ? homeBias : 0)));
        return biased;
    }

    private static Map<RegionId, Double> normalised(Map<RegionId, Double> weights) {
        double total =
                weights.values().stream().mapToDouble(Double::doubleValue).sum();
        Map<RegionId, Double> shares = new TreeMap<>();
        if (total > 0) {
            weights.forEach((region, w) -> shares.put(region, w / total));
        }
        return shares;
    }
}
