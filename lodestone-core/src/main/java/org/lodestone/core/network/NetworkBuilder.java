package org.lodestone.core.network;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeMap;
import java.util.TreeSet;
import java.util.stream.Collectors;
import org.lodestone.core.model.Commodity;
import org.lodestone.core.model.CommodityId;
import org.lodestone.core.model.Dataset;
import org.lodestone.core.model.FinalDemand;
import org.lodestone.core.model.Production;
import org.lodestone.core.model.RecipeInput;
import org.lodestone.core.model.RegionId;

/**
 * Builds the {@link Network} of a dataset: one node per producing (region, commodity); each node's
 * demand for an input is its output times the recipe coefficient; each buyer (node or final
 * demand) gets one link per supplier region with {@code demand × share}, shares from
 * {@link SourcingShares} (a listed flow fixes its pair's quantity). Every buyer's links sum to its demand exactly, except demand for a
 * commodity nobody can supply (none produced, or not tradable and not produced in the buyer's
 * region), which gets no links; {@link #unsupplied(Dataset)} lists it.
 *
 * <p>Cost: O(nodes × inputs per recipe × supplier regions).
 */
public final class NetworkBuilder {

    private NetworkBuilder() {}

    /** Builds the network of a validated dataset. */
    public static Network build(Dataset dataset) {
        List<Node> nodes = new ArrayList<>();
        for (Production p : dataset.production()) {
            if (p.unitsPerYear() > 0) {
                nodes.add(new Node(nodes.size(), p.region(), p.commodity(), p.unitsPerYear(), p.provenance()));
            }
        }
        SourcingShares shares = sourcing(dataset);
        Links links = new Links(nodes, shares);
        Map<CommodityId, List<RecipeInput>> recipes = byOutput(dataset.recipes());
        for (Node buyer : nodes) {
            for (RecipeInput input : recipes.getOrDefault(buyer.commodity(), List.of())) {
                links.add(
                        input.input(),
                        buyer.index(),
                        buyer.region(),
                        buyer.outputPerYear() * input.unitsPerUnitOutput());
            }
        }
        for (FinalDemand fd : dataset.finalDemand()) {
            links.add(fd.commodity(), Link.FINAL_DEMAND, fd.region(), fd.unitsPerYear());
        }
        return new Network(nodes, links.all, dataset.recipes());
    }

    /**
     * Buyer regions whose demand for a commodity has no supplier, by commodity: demand for a
     * non-tradable commodity in a region that does not produce it. Such demand gets no links.
     */
    public static Map<CommodityId, Set<RegionId>> unsupplied(Dataset dataset) {
        SourcingShares shares = sourcing(dataset);
        Map<CommodityId, Set<RegionId>> missing = new TreeMap<>();
        Map<CommodityId, List<RecipeInput>> recipes = byOutput(dataset.recipes());
        for (Production p : dataset.production()) {
            for (RecipeInput input :
                    p.unitsPerYear() > 0 ? recipes.getOrDefault(p.commodity(), List.of()) : List.<RecipeInput>of()) {
                if (input.unitsPerUnitOutput() > 0
                        && shares.sharesFor(input.input(), p.region()).isEmpty()) {
                    missing.computeIfAbsent(input.input(), c -> new TreeSet<>()).add(p.region());
                }
            }
        }
        for (FinalDemand fd : dataset.finalDemand()) {
            if (fd.unitsPerYear() > 0
                    && shares.sharesFor(fd.commodity(), fd.region()).isEmpty()) {
                missing.computeIfAbsent(fd.commodity(), c -> new TreeSet<>()).add(fd.region());
            }
        }
        return missing;
    }

    private static SourcingShares sourcing(Dataset dataset) {
        Set<CommodityId> nonTradable = dataset.commodities().stream()
                .filter(c -> !c.tradable())
                .map(Commodity::id)
                .collect(Collectors.toSet());
        return new SourcingShares(
                dataset.production(),
                dataset.flows(),
                RegionDemand.of(dataset.production(), dataset.recipes(), dataset.finalDemand()),
                dataset.info().homeBias(),
                nonTradable);
    }

    private static Map<CommodityId, List<RecipeInput>> byOutput(List<RecipeInput> recipes) {
        Map<CommodityId, List<RecipeInput>> byOutput = new HashMap<>();
        recipes.forEach(r ->
                byOutput.computeIfAbsent(r.output(), o -> new ArrayList<>()).add(r));
        return byOutput;
    }

    /** World supply and use of every commodity of the dataset, in dataset order. O(rows). */
    public static List<CommodityBalance> balances(Dataset dataset) {
        Map<CommodityId, Double> supply = new HashMap<>();
        dataset.production().forEach(p -> supply.merge(p.commodity(), p.unitsPerYear(), Double::sum));
        Map<CommodityId, Double> finalUse = new HashMap<>();
        dataset.finalDemand().forEach(f -> finalUse.merge(f.commodity(), f.unitsPerYear(), Double::sum));
        Map<CommodityId, Double> intermediate = new HashMap<>();
        for (RecipeInput r : dataset.recipes()) {
            intermediate.merge(r.input(), r.unitsPerUnitOutput() * supply.getOrDefault(r.output(), 0.0), Double::sum);
        }
        List<CommodityBalance> balances = new ArrayList<>();
        for (var commodity : dataset.commodities()) {
            CommodityId id = commodity.id();
            balances.add(new CommodityBalance(
                    id,
                    supply.getOrDefault(id, 0.0),
                    intermediate.getOrDefault(id, 0.0),
                    finalUse.getOrDefault(id, 0.0)));
        }
        return balances;
    }

    private static final class Links {
        private final List<Link> all = new ArrayList<>();
        private final Map<RegionId, Map<CommodityId, Integer>> nodeIndex = new HashMap<>();
        private final SourcingShares shares;

        Links(List<Node> nodes, SourcingShares shares) {
            this.shares = shares;
            nodes.forEach(n ->
                    nodeIndex.computeIfAbsent(n.region(), r -> new HashMap<>()).put(n.commodity(), n.index()));
        }

        void add(CommodityId commodity, int buyer, RegionId buyerRegion, double demand) {
            if (demand <= 0) {
                return;
            }
            shares.sharesFor(commodity, buyerRegion).forEach((supplierRegion, share) -> {
                int supplier = nodeIndex.get(supplierRegion).get(commodity);
                all.add(new Link(supplier, buyer, buyerRegion, commodity, demand * share));
            });
        }
    }
}
