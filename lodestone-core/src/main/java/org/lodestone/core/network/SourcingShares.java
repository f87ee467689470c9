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
 * <p><b>Synthesis rule</b> (a commodity without listed flows): region {@code r} sources from each
 * producer {@code s} in proportion to its world production share {@code w_s}, with home bias
 * {@code h} for a region that produces: {@code share(r ← r) = h + (1 − h) w_r},
 * {@code share(r ← s) = (1 − h) w_s}.
 *
 * <p><b>Partial flows</b>: a listed flow {@code F(s → r)} ({@code s ≠ r}) fixes that pair, so
 * {@code share(r ← s) = F / D_r} with {@code D_r} the region's use ({@link RegionDemand}). The rest
 * of the use, {@code R_r = D_r − Σ F(· → r)}, comes from the producers with no row to {@code r}
 * (always including {@code r} itself): first by the synthesis rule over their residual supply
 * {@code A_s = max(0, P_s − Σ F(s → ·))}, the output left once their listed exports are taken off
 * (by output {@code P_s} if every such residual is 0); then that allocation is balanced by
 * {@link ResidualBalancing} so that each producer's draws over all importers match its residual
 * supply as closely as the allowed pairs permit, every importer keeping exactly {@code R_r}. When
 * no producer is left unlisted, the listed flows are scaled to cover the use ({@code F / Σ F}),
 * and when they are all 0 the synthesis rule applies to the whole use. Listed imports above the
 * use are scaled down to it; the loader reports that, and exports above output, as errors.
 *
 * <p>The shares of one buyer region always sum to 1 when the commodity has any production. A
 * commodity that is not tradable is sourced only at home: {@code share(r ← r) = 1} where {@code r}
 * produces it, and no supplier elsewhere. A commodity without flows costs O(producers) per
 * buyer; one with flows is balanced once for all its buyers, O(rounds × producers × importers ×
 * flows); results are cached per (commodity, region).
 */
public final class SourcingShares {

    private final double homeBias;
    private final Set<CommodityId> nonTradable;
    private final RegionDemand demand;
    private final Map<CommodityId, Map<RegionId, Double>> production = new HashMap<>();
    private final Map<CommodityId, List<Flow>> flows = new HashMap<>();
    private final Map<CommodityId, Map<RegionId, Map<RegionId, Double>>> cache = new HashMap<>();

    /**
     * @param production production rows (zero rows are ignored)
     * @param flows      listed flows; commodities absent here use the synthesis rule
     * @param demand     each region's use, which turns a listed flow into a share
     * @param homeBias   h in [0, 1]
     */
    public SourcingShares(List<Production> production, List<Flow> flows, RegionDemand demand, double homeBias) {
        this(production, flows, demand, homeBias, Set.of());
    }

    /**
     * @param production  production rows (zero rows are ignored)
     * @param flows       listed flows; commodities absent here use the synthesis rule
     * @param demand      each region's use, which turns a listed flow into a share
     * @param homeBias    h in [0, 1]
     * @param nonTradable commodities used only in the region that produces them
     */
    public SourcingShares(
            List<Production> production,
            List<Flow> flows,
            RegionDemand demand,
            double homeBias,
            Set<CommodityId> nonTradable) {
        this.nonTradable = Set.copyOf(nonTradable);
        this.demand = demand;
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
            if (!f.exporter().equals(f.importer())) {
                this.flows
                        .computeIfAbsent(f.commodity(), c -> new ArrayList<>())
                        .add(f);
            }
        }
    }

    /** Supplier region → share of {@code buyer}'s demand for {@code commodity}; empty if nobody produces it. */
    public Map<RegionId, Double> sharesFor(CommodityId commodity, RegionId buyer) {
        return cache.computeIfAbsent(commodity, this::balanced)
                .computeIfAbsent(buyer, b -> Collections.unmodifiableMap(compute(commodity, b)));
    }

    private Map<RegionId, Double> compute(CommodityId commodity, RegionId buyer) {
        Map<RegionId, Double> producers = production.getOrDefault(commodity, Map.of());
        if (nonTradable.contains(commodity)) {
            return producers.containsKey(buyer) ? Map.of(buyer, 1.0) : Map.of();
        }
        List<Flow> listed = flows.get(commodity);
        if (listed == null || producers.isEmpty()) {
            return synthesised(producers, buyer);
        }
        return split(producers, listed, buyer, demand.unitsPerYear(commodity, buyer))
                .merged();
    }

    /**
     * With listed flows, the shares of every region that uses the commodity, the unlisted rest
     * balanced against the producers' residual supply ({@link ResidualBalancing}); otherwise empty,
     * filled on demand.
     */
    private Map<RegionId, Map<RegionId, Double>> balanced(CommodityId commodity) {
        Map<RegionId, Map<RegionId, Double>> shares = new HashMap<>();
        Map<RegionId, Double> producers = production.getOrDefault(commodity, Map.of());
        List<Flow> listed = flows.get(commodity);
        if (listed == null || producers.isEmpty() || nonTradable.contains(commodity)) {
            return shares;
        }
        Map<RegionId, Split> splits = new TreeMap<>();
        Map<RegionId, Map<RegionId, Double>> seed = new TreeMap<>();
        demand.byRegion(commodity).forEach((buyer, use) -> {
            if (use > 0) {
                Split split = split(producers, listed, buyer, use);
                splits.put(buyer, split);
                Map<RegionId, Double> rest = new TreeMap<>();
                split.rest().forEach((s, share) -> rest.put(s, share * use));
                seed.put(buyer, rest);
            }
        });
        Map<RegionId, Map<RegionId, Double>> rest = ResidualBalancing.balance(seed, residual(producers, listed));
        splits.forEach((buyer, split) -> {
            double use = demand.unitsPerYear(commodity, buyer);
            Map<RegionId, Double> merged = new TreeMap<>(split.fixed());
            rest.get(buyer).forEach((s, q) -> merged.merge(s, q / use, Double::sum));
            shares.put(buyer, Collections.unmodifiableMap(merged));
        });
        return shares;
    }

    /** A buyer's shares in two parts: fixed by listed rows (or a fallback), and the rest by the synthesis rule. */
    private record Split(Map<RegionId, Double> fixed, Map<RegionId, Double> rest) {

        Map<RegionId, Double> merged() {
            Map<RegionId, Double> all = new TreeMap<>(fixed);
            rest.forEach((s, share) -> all.merge(s, share, Double::sum));
            return all;
        }
    }

    private static Map<RegionId, Double> residual(Map<RegionId, Double> producers, List<Flow> listed) {
        Map<RegionId, Double> residual = new TreeMap<>(producers);
        for (Flow f : listed) {
            residual.computeIfPresent(f.exporter(), (s, a) -> a - f.unitsPerYear());
        }
        residual.replaceAll((s, a) -> Math.max(0, a));
        return residual;
    }

    private Split split(Map<RegionId, Double> producers, List<Flow> listed, RegionId buyer, double use) {
        Map<RegionId, Double> imports = new TreeMap<>();
        for (Flow f : listed) {
            if (f.importer().equals(buyer) && producers.containsKey(f.exporter())) {
                imports.merge(f.exporter(), f.unitsPerYear(), Double::sum);
            }
        }
        double imported =
                imports.values().stream().mapToDouble(Double::doubleValue).sum();
        Map<RegionId, Double> unlisted = new TreeMap<>(producers);
        unlisted.keySet().removeAll(imports.keySet());
        if (unlisted.isEmpty() || imported >= use) {
            return new Split(imported > 0 ? normalised(imports) : synthesised(producers, buyer), Map.of());
        }
        Map<RegionId, Double> fixed = new TreeMap<>();
        imports.forEach((s, f) -> {
            if (f > 0) {
                fixed.put(s, f / use);
            }
        });
        double restShare = (use - imported) / use;
        Map<RegionId, Double> rest = synthesised(residualWeights(unlisted, residual(producers, listed)), buyer);
        rest.replaceAll((s, w) -> restShare * w);
        return new Split(fixed, rest);
    }

    /** The unlisted producers' residual supply, or their output when every residual is 0. */
    private static Map<RegionId, Double> residualWeights(
            Map<RegionId, Double> unlisted, Map<RegionId, Double> residual) {
        Map<RegionId, Double> left = new TreeMap<>();
        unlisted.keySet().forEach(s -> {
            if (residual.get(s) > 0) {
                left.put(s, residual.get(s));
            }
        });
        return left.isEmpty() ? unlisted : left;
    }

    private Map<RegionId, Double> synthesised(Map<RegionId, Double> weights, RegionId buyer) {
        Map<RegionId, Double> shares = normalised(weights);
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
