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
 * @param supplyResponse supplier qualification and spare capacity (format version 2; may be
 *                       {@link SupplyResponse#NONE})
 * @param values      value per unit of the final measures (format version 2; may be empty)
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
        SupplyResponse supplyResponse,
        List<UnitValue> values,
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
        Objects.requireNonNull(supplyResponse, "supplyResponse");
        values = List.copyOf(values);
        finalStocks = List.copyOf(finalStocks);
    }

    /** A dataset without supplier qualification, spare capacity, values or final-buyer stocks. */
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
                SupplyResponse.NONE,
                List.of(),
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

    /**
     * The value of one unit of {@code commodity} made in {@code region}: the region's own row of
     * {@code values.csv}, else the row for every region, else none.
     */
    public Optional<UnitValue> value(CommodityId commodity, RegionId region) {
        Optional<UnitValue> own = values.stream()
                .filter(v -> v.commodity().equals(commodity) && v.region().equals(Optional.of(region)))
                .findFirst();
        return own.or(() -> values.stream()
                .filter(v -> v.commodity().equals(commodity) && v.region().isEmpty())
                .findFirst());
    }

    /** This dataset with other production rows (a plan's added capacity), everything else kept. */
    public Dataset withProduction(List<Production> otherProduction) {
        return new Dataset(
                info,
                sources,
                regions,
                groups,
                commodities,
                otherProduction,
                recipes,
                finalDemand,
                flows,
                chokepoints,
                routes,
                substitutions,
                supplyResponse,
                values,
                finalStocks);
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
