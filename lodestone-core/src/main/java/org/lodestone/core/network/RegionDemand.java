package org.lodestone.core.network;

import java.util.ArrayList;
import java.util.Collections;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import org.lodestone.core.model.CommodityId;
import org.lodestone.core.model.FinalDemand;
import org.lodestone.core.model.Production;
import org.lodestone.core.model.RecipeInput;
import org.lodestone.core.model.RegionId;

/**
 * A region's annual use of each commodity: the recipe demand of the region's producing nodes
 * (output × recipe coefficient) plus its final demand, in the commodity's unit per year. The
 * sourcing rule needs it to turn a listed flow (a quantity) into a share of the importer's use.
 *
 * <p>Cost: O(production rows × inputs per recipe + final demand rows).
 */
public final class RegionDemand {

    /** No use anywhere: sourcing then ignores listed quantities and falls back to their proportions. */
    public static final RegionDemand NONE = new RegionDemand(Map.of());

    private final Map<CommodityId, Map<RegionId, Double>> use;

    private RegionDemand(Map<CommodityId, Map<RegionId, Double>> use) {
        this.use = use;
    }

    /** Sums recipe demand and final demand by (commodity, region); zero production rows add nothing. */
    public static RegionDemand of(
            List<Production> production, List<RecipeInput> recipes, List<FinalDemand> finalDemand) {
        Map<CommodityId, List<RecipeInput>> byOutput = new HashMap<>();
        recipes.forEach(r ->
                byOutput.computeIfAbsent(r.output(), o -> new ArrayList<>()).add(r));
        Map<CommodityId, Map<RegionId, Double>> use = new HashMap<>();
        for (Production p : production) {
            for (RecipeInput input : byOutput.getOrDefault(p.commodity(), List.of())) {
                add(use, input.input(), p.region(), p.unitsPerYear() * input.unitsPerUnitOutput());
            }
        }
        finalDemand.forEach(f -> add(use, f.commodity(), f.region(), f.unitsPerYear()));
        return new RegionDemand(use);
    }

    private static void add(Map<CommodityId, Map<RegionId, Double>> use, CommodityId c, RegionId r, double q) {
        use.computeIfAbsent(c, k -> new HashMap<>()).merge(r, q, Double::sum);
    }

    /** Region → annual use of {@code commodity} for every region with any, in the commodity's unit per year. */
    public Map<RegionId, Double> byRegion(CommodityId commodity) {
        return Collections.unmodifiableMap(use.getOrDefault(commodity, Map.of()));
    }

    /** Annual use of {@code commodity} in {@code region}, in the commodity's unit per year; 0 if none. */
    public double unitsPerYear(CommodityId commodity, RegionId region) {
        return use.getOrDefault(commodity, Map.of()).getOrDefault(region, 0.0);
    }
}
