package org.lodestone.core.model;

import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;
import java.util.function.Function;
import org.lodestone.core.coalition.Group;

/**
 * Everything a dataset folder holds, validated and immutable: the identity, the cited sources,
 * regions, groups, commodities and the quantities that make the network.
 *
 * @param info        identity and defaults
 * @param sources     cited sources
 * @param regions     countries and aggregates
 * @param groups      named groups with dated membership
 * @param commodities goods and services
 * @param production  one row per producing (commodity, region)
 * @param recipes     inputs per unit of output
 * @param finalDemand final use per (commodity, region)
 * @param flows       observed bilateral trade (may be empty)
 * @param chokepoints logistics chokepoints (may be empty)
 * @param routes      chokepoint passage shares (may be empty)
 * @param substitutions partial substitution of recipe inputs (format version 2; may be empty)
 * @param finalStocks stocks held by final buyers (format version 2; may be empty: no stocks)
 */
public record Dataset(
        DatasetInfo info,
        List<Source> sources,
        List<Region> regions,
        List<Group> groups,
        List<Commodity> commodities,
        List<Production> production,
        List<RecipeInput> recipes,
        List<FinalDemand> finalDemand,
        List<Flow> flows,
        List<Chokepoint> chokepoints,
        List<Route> routes,
        List<InputSubstitution> substitutions,
        List<FinalStock> finalStocks) {

    public Dataset {
        Objects.requireNonNull(info, "info");
        sources = List.copyOf(sources);
        regions = List.copyOf(regions);
        groups = List.copyOf(groups);
        commodities = List.copyOf(commodities);
        production = List.copyOf(production);
        recipes = List.copyOf(recipes);
        finalDemand = List.copyOf(finalDemand);
        flows = List.copyOf(flows);
        chokepoints = List.copyOf(chokepoints);
        routes = List.copyOf(routes);
        substitutions = List.copyOf(substitutions);
        finalStocks = List.copyOf(finalStocks);
    }

    /** A dataset whose final buyers hold no stocks. */
    public Dataset(
            DatasetInfo info,
            List<Source> sources,
            List<Region> regions,
            List<Group> groups,
            List<Commodity> commodities,
            List<Production> production,
            List<RecipeInput> recipes,
            List<FinalDemand> finalDemand,
            List<Flow> flows,
            List<Chokepoint> chokepoints,
            List<Route> routes,
            List<InputSubstitution> substitutions) {
        this(
                info,
                sources,
                regions,
                groups,
                commodities,
                production,
                recipes,
                finalDemand,
                flows,
                chokepoints,
                routes,
                substitutions,
                List.of());
    }

    /** A dataset of format version 1: no partial substitution. */
    public Dataset(
            DatasetInfo info,
            List<Source> sources,
            List<Region> regions,
            List<Group> groups,
            List<Commodity> commodities,
            List<Production> production,
            List<RecipeInput> recipes,
            List<FinalDemand> finalDemand,
            List<Flow> flows,
            List<Chokepoint> chokepoints,
            List<Route> routes) {
        this(
                info,
                sources,
                regions,
                groups,
                commodities,
                production,
                recipes,
                finalDemand,
                flows,
                chokepoints,
                routes,
                List.of());
    }

    /** The commodity with this id, if the dataset has it. */
    public Optional<Commodity> commodity(CommodityId id) {
        return commodities.stream().filter(c -> c.id().equals(id)).findFirst();
    }

    /** The region with this code, if the dataset has it. */
    public Optional<Region> region(RegionId id) {
        return regions.stream().filter(r -> r.id().equals(id)).findFirst();
    }

    /** The group with this id, if the dataset has it. */
    public Optional<Group> group(String id) {
        return groups.stream().filter(g -> g.id().equals(id)).findFirst();
    }

    /** Commodities keyed by id, in file order. */
    public Map<CommodityId, Commodity> commoditiesById() {
        return index(commodities, Commodity::id);
    }

    private static <K, V> Map<K, V> index(List<V> values, Function<V, K> key) {
        Map<K, V> map = new LinkedHashMap<>();
        values.forEach(v -> map.put(key.apply(v), v));
        return map;
    }
}
