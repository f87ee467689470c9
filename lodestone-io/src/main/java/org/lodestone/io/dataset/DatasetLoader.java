package org.lodestone.io.dataset;

import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.TreeSet;
import java.util.function.Function;
import java.util.stream.Collectors;
import org.lodestone.core.binding.Suggestions;
import org.lodestone.core.model.Chokepoint;
import org.lodestone.core.model.Commodity;
import org.lodestone.core.model.Dataset;
import org.lodestone.core.model.DatasetInfo;
import org.lodestone.core.model.FinalDemand;
import org.lodestone.core.model.FinalStock;
import org.lodestone.core.model.Flow;
import org.lodestone.core.model.InputSubstitution;
import org.lodestone.core.model.Production;
import org.lodestone.core.model.RecipeInput;
import org.lodestone.core.model.Region;
import org.lodestone.core.model.RegionId;
import org.lodestone.core.model.Route;
import org.lodestone.core.model.Source;
import org.lodestone.core.model.SupplyResponse;
import org.lodestone.core.model.UnitValue;
import org.lodestone.core.network.NetworkBuilder;
import org.lodestone.io.problem.InputException;
import org.lodestone.io.problem.Location;
import org.lodestone.io.problem.Problems;

/**
 * Loads a dataset folder (format versions 1 and 2, {@code docs/dataset-format.md}) or a bundled dataset:
 * parses every file, checks every row and every cross-reference in one pass, then builds the
 * immutable {@link Dataset} and its {@link org.lodestone.core.network.Network}.
 */
public final class DatasetLoader {

    private DatasetLoader() {}

    /**
     * Loads {@code builtin:NAME} or a dataset folder.
     *
     * @throws InputException with every problem found, if any is an error
     */
    public static LoadedDataset load(String reference) {
        return load(reference, DatasetSource.resolve(reference));
    }

    /**
     * Loads a dataset from a source.
     *
     * @param reference how the user named the dataset, kept for reports
     * @throws InputException with every problem found, if any is an error
     */
    public static LoadedDataset load(String reference, DatasetSource source) {
        Reading reading = new Reading(source);
        Problems problems = reading.problems();
        Optional<DatasetYamlReader.Header> header = DatasetYamlReader.read(reading);
        Set<String> sourceIds = new TreeSet<>();
        Set<String> regionCodes = new TreeSet<>();
        Set<String> commodityIds = new TreeSet<>();
        Map<String, Location> commodityRows = new HashMap<>();
        List<Source> sources = CatalogReader.sources(reading, sourceIds);
        List<Region> regions = CatalogReader.regions(reading, regionCodes);
        List<Commodity> commodities = CatalogReader.commodities(reading, commodityIds, commodityRows);
        reading.stopIfUnreadable();
        Catalog catalog = new Catalog(sourceIds, regionCodes, commodityIds);
        GroupsReader.Result groups = GroupsReader.read(reading, catalog.regions(), catalog.sources());
        QuantityReader.ProductionTable productionTable = QuantityReader.production(reading, catalog);
        reading.stopIfUnreadable();
        List<Production> production = productionTable.rows();
        Set<String> produced = productionTable.produced();
        RecipeReader.Recipes recipeRows = RecipeReader.read(reading, catalog, produced);
        List<RecipeInput> recipes = recipeRows.rows();
        List<InputSubstitution> substitutions =
                SubstitutionReader.read(reading, catalog, recipeRows, header.map(DatasetYamlReader.Header::format));
        SupplyResponse supplyResponse =
                SupplyResponseReader.read(reading, catalog, production, header.map(DatasetYamlReader.Header::format));
        List<FinalDemand> finalDemand = QuantityReader.finalDemand(reading, catalog, produced);
        List<UnitValue> values =
                ValuesReader.read(reading, catalog, commodities, header.map(DatasetYamlReader.Header::format));
        List<FinalStock> finalStocks =
                FinalStockReader.read(reading, catalog, finalDemand, header.map(DatasetYamlReader.Header::format));
        QuantityReader.FlowTable flowTable = QuantityReader.flows(reading, catalog);
        FlowChecks.check(reading, flowTable, commodities, production, recipes, finalDemand);
        List<Flow> flows = flowTable.rows();
        List<Chokepoint> chokepoints = QuantityReader.chokepoints(reading, catalog);
        reading.stopIfUnreadable();
        List<Route> routes = QuantityReader.routes(reading, catalog, ids(chokepoints, Chokepoint::id));
        header.ifPresent(h -> checkDefaultCoalition(reading, h, groups.declared()));
        problems.throwIfErrors();
        Dataset dataset = new Dataset(
                header.orElseThrow().info(),
                sources,
                regions,
                groups.groups(),
                commodities,
                production,
                recipes,
                finalDemand,
                flows,
                chokepoints,
                routes,
                substitutions,
                supplyResponse,
                values,
                finalStocks);
        NetworkBuilder.unsupplied(dataset)
                .forEach((commodity, users) -> problems.warning(
                        commodityRows.get(commodity.value()),
                        "commodity",
                        commodity.value(),
                        "is not tradable but is used in "
                                + String.join(
                                        " ", users.stream().map(RegionId::code).toList())
                                + " without being produced there; that demand has no supplier"));
        return new LoadedDataset(
                reference,
                dataset,
                NetworkBuilder.build(dataset),
                NetworkBuilder.balances(dataset),
                problems.warnings());
    }

    private static void checkDefaultCoalition(Reading reading, DatasetYamlReader.Header header, Set<String> groups) {
        Set<String> ids = new TreeSet<>(groups);
        DatasetInfo info = header.info();
        if (!ids.contains(info.defaultCoalition())) {
            reading.problems()
                    .error(
                            header.coalitionAt(),
                            "default-coalition",
                            info.defaultCoalition(),
                            "is not a group of groups.yaml",
                            "one of " + String.join(", ", ids),
                            Suggestions.hint(info.defaultCoalition(), ids));
        }
    }

    private static <T> Set<String> ids(List<T> values, Function<T, String> id) {
        return values.stream().map(id).collect(Collectors.toCollection(TreeSet::new));
    }
}
