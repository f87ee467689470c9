package org.lodestone.core.model;

import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.OptionalDouble;
import java.util.OptionalInt;
import java.util.Set;
import java.util.TreeSet;
import org.lodestone.core.coalition.Group;

/**
 * Builds small hand-made datasets for tests: every number cites the one source {@code TEST},
 * regions are collected from the rows that mention them.
 */
public final class DatasetFixture {

    public static final Provenance SOURCE = Provenance.observed("TEST");

    private final List<Commodity> commodities = new ArrayList<>();
    private final List<Group> groups = new ArrayList<>();
    private final List<Production> production = new ArrayList<>();
    private final List<RecipeInput> recipes = new ArrayList<>();
    private final List<FinalDemand> finalDemand = new ArrayList<>();
    private final List<Flow> flows = new ArrayList<>();
    private final List<Chokepoint> chokepoints = new ArrayList<>();
    private final List<Route> routes = new ArrayList<>();
    private final List<UnitValue> values = new ArrayList<>();
    private final Set<RegionId> regions = new TreeSet<>();
    private double homeBias;

    private DatasetFixture() {}

    public static DatasetFixture dataset(String... commodityIds) {
        DatasetFixture fixture = new DatasetFixture();
        for (String id : commodityIds) {
            fixture.commodity(id);
        }
        return fixture;
    }

    public DatasetFixture commodity(String id) {
        commodities.add(new Commodity(CommodityId.of(id), id, Layer.MATERIALS, Stage.REFINING, "t"));
        return this;
    }

    /** Makes an already listed commodity a final measure (reported per member, valued). */
    public DatasetFixture finalMeasure(String id) {
        commodities.replaceAll(c -> c.id().value().equals(id)
                ? new Commodity(c.id(), c.name(), c.layer(), c.stage(), c.unit(), c.tradable(), true)
                : c);
        return this;
    }

    /** A row of values.csv: USD (2024) per unit of {@code commodity} made in {@code region}, and its value-added share. */
    public DatasetFixture value(String commodity, String region, double usdPerUnit, double valueAddedShare) {
        values.add(new UnitValue(
                CommodityId.of(commodity), Optional.of(region(region)), usdPerUnit, valueAddedShare, 2024, SOURCE));
        return this;
    }

    public DatasetFixture homeBias(double h) {
        homeBias = h;
        return this;
    }

    public DatasetFixture group(Group group) {
        groups.add(group);
        return this;
    }

    public DatasetFixture produce(String commodity, String region, double unitsPerYear) {
        production.add(new Production(CommodityId.of(commodity), region(region), unitsPerYear, SOURCE));
        return this;
    }

    public DatasetFixture recipe(String output, String input, double unitsPerUnitOutput) {
        return recipe(output, input, unitsPerUnitOutput, true);
    }

    public DatasetFixture recipe(String output, String input, double unitsPerUnitOutput, boolean essential) {
        recipes.add(new RecipeInput(
                CommodityId.of(output),
                CommodityId.of(input),
                unitsPerUnitOutput,
                essential,
                OptionalDouble.empty(),
                SOURCE));
        return this;
    }

    public DatasetFixture finalDemand(String commodity, String region, double unitsPerYear) {
        finalDemand.add(new FinalDemand(CommodityId.of(commodity), region(region), unitsPerYear, SOURCE));
        return this;
    }

    public DatasetFixture flow(String commodity, String exporter, String importer, double unitsPerYear) {
        flows.add(new Flow(CommodityId.of(commodity), region(exporter), region(importer), unitsPerYear, SOURCE));
        return this;
    }

    /** A chokepoint, and the share of each listed flow crossing it: {@code exporter, importer, share, ...}. */
    public DatasetFixture chokepoint(String id, Object... routeTriples) {
        chokepoints.add(new Chokepoint(id, id, SOURCE));
        for (int n = 0; n < routeTriples.length; n += 3) {
            routes.add(new Route(
                    id,
                    region((String) routeTriples[n]),
                    region((String) routeTriples[n + 1]),
                    ((Number) routeTriples[n + 2]).doubleValue(),
                    SOURCE));
        }
        return this;
    }

    public Dataset build() {
        DatasetInfo info = new DatasetInfo("test", "Test dataset", "1", 2024, "alliance", "", homeBias);
        Source source = new Source(SourceId.of("TEST"), "Hand-made test numbers", "Lodestone", OptionalInt.empty(), "");
        List<Region> regionRows =
                regions.stream().map(r -> new Region(r, r.code())).toList();
        return new Dataset(
                info,
                List.of(source),
                regionRows,
                groups,
                commodities,
                production,
                recipes,
                finalDemand,
                flows,
                chokepoints,
                routes,
                List.of(),
                SupplyResponse.NONE,
                values,
                List.of());
    }

    private RegionId region(String code) {
        RegionId id = RegionId.of(code);
        regions.add(id);
        return id;
    }
}
