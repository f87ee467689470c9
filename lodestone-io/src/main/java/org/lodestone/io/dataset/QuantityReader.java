package org.lodestone.io.dataset;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.OptionalDouble;
import java.util.Set;
import org.lodestone.core.model.Chokepoint;
import org.lodestone.core.model.CommodityId;
import org.lodestone.core.model.FinalDemand;
import org.lodestone.core.model.Flow;
import org.lodestone.core.model.Production;
import org.lodestone.core.model.Provenance;
import org.lodestone.core.model.RegionId;
import org.lodestone.core.model.Route;
import org.lodestone.io.csv.CsvRow;

/** Reads the files of located quantities: production, final demand, flows, chokepoints and routes. */
final class QuantityReader {

    static final String PRODUCTION = "production.csv";
    static final String FINAL_DEMAND = "final_demand.csv";
    static final String FLOWS = "flows.csv";
    static final String CHOKEPOINTS = "chokepoints.csv";
    static final String ROUTES = "routes.csv";
    private static final List<String> PROVENANCE = List.of("source", "status");
    private static final List<String> NOTE = List.of("note");

    private QuantityReader() {}

    /**
     * @param rows     the valid production rows
     * @param produced commodities with a production row not known to be 0, valid or not, so that a
     *                 bad quantity does not also raise "nobody produces it" errors
     */
    record ProductionTable(List<Production> rows, Set<String> produced) {}

    static ProductionTable production(Reading reading, Catalog catalog) {
        List<Production> rows = new ArrayList<>();
        Set<String> produced = new HashSet<>();
        Map<String, Integer> seen = new HashMap<>();
        for (CsvRow row : reading.csv(PRODUCTION, true, columns("commodity", "region", "quantity"), NOTE)) {
            if (!isZero(row.get("quantity"))) {
                produced.add(row.get("commodity").trim());
            }
            located(reading, row, catalog, "region", seen, "(commodity, region)")
                    .ifPresent(q -> {
                        if (q.quantity() == 0) {
                            reading.problems()
                                    .warning(
                                            row.at("quantity"),
                                            "quantity",
                                            "0",
                                            "produces nothing; the node is left out");
                        }
                        rows.add(new Production(q.commodity(), q.region(), q.quantity(), q.provenance()));
                    });
        }
        return new ProductionTable(rows, produced);
    }

    private static boolean isZero(String quantity) {
        String text = quantity.trim();
        return RowFields.PLAIN_NUMBER.matcher(text).matches() && Double.parseDouble(text) == 0;
    }

    /** @param produced commodities with production; final demand for any other is an error */
    static List<FinalDemand> finalDemand(Reading reading, Catalog catalog, Set<String> produced) {
        List<FinalDemand> rows = new ArrayList<>();
        Map<String, Integer> seen = new HashMap<>();
        for (CsvRow row : reading.csv(FINAL_DEMAND, true, columns("commodity", "region", "quantity"), NOTE)) {
            located(reading, row, catalog, "region", seen, "(commodity, region)")
                    .ifPresent(q -> {
                        if (!produced.contains(q.commodity().value())) {
                            reading.problems()
                                    .error(
                                            row.at("commodity"),
                                            "commodity",
                                            q.commodity().value(),
                                            "has final demand but no region produces it",
                                            "a production.csv row for it",
                                            "");
                        }
                        rows.add(new FinalDemand(q.commodity(), q.region(), q.quantity(), q.provenance()));
                    });
        }
        return rows;
    }

    /** The valid flow rows in file order, each with the CSV row it was read from. */
    record FlowTable(List<Flow> rows, List<CsvRow> read) {}

    static FlowTable flows(Reading reading, Catalog catalog) {
        List<Flow> rows = new ArrayList<>();
        List<CsvRow> read = new ArrayList<>();
        Map<String, Integer> seen = new HashMap<>();
        for (CsvRow row : reading.csv(FLOWS, false, columns("commodity", "exporter", "importer", "quantity"), NOTE)) {
            Optional<String> importer = reading.fields().reference(row, "importer", catalog.regions(), "region");
            located(reading, row, catalog, "exporter", seen, null)
                    .ifPresent(q -> importer.ifPresent(to -> {
                        if (reading.unique(
                                seen,
                                q.commodity() + ", " + q.region() + ", " + to,
                                row,
                                "(commodity, exporter, importer)")) {
                            rows.add(
                                    new Flow(q.commodity(), q.region(), RegionId.of(to), q.quantity(), q.provenance()));
                            read.add(row);
                        }
                    }));
        }
        return new FlowTable(rows, read);
    }

    static List<Chokepoint> chokepoints(Reading reading, Catalog catalog) {
        List<Chokepoint> rows = new ArrayList<>();
        Map<String, Integer> seen = new HashMap<>();
        for (CsvRow row : reading.csv(CHOKEPOINTS, false, columns("id", "name"), NOTE)) {
            Optional<String> id = reading.fields().id(row, "id", RowFields.KEBAB_ID, "a kebab-case id such as malacca");
            Optional<String> name = reading.fields().text(row, "name");
            Optional<Provenance> provenance = reading.fields().provenance(row, catalog.sources());
            if (id.isPresent()
                    && name.isPresent()
                    && provenance.isPresent()
                    && reading.unique(seen, id.get(), row, "chokepoint id")) {
                rows.add(new Chokepoint(id.get(), name.get(), provenance.get()));
            }
        }
        return rows;
    }

    static List<Route> routes(Reading reading, Catalog catalog, Set<String> chokepoints) {
        List<Route> rows = new ArrayList<>();
        Map<String, Integer> seen = new HashMap<>();
        for (CsvRow row : reading.csv(ROUTES, false, columns("chokepoint", "exporter", "importer", "share"), NOTE)) {
            RowFields f = reading.fields();
            Optional<String> chokepoint = f.reference(row, "chokepoint", chokepoints, "chokepoint");
            Optional<String> from = f.reference(row, "exporter", catalog.regions(), "region");
            Optional<String> to = f.reference(row, "importer", catalog.regions(), "region");
            OptionalDouble share = f.fraction(row, "share");
            Optional<Provenance> provenance = f.provenance(row, catalog.sources());
            if (chokepoint.isPresent()
                    && from.isPresent()
                    && to.isPresent()
                    && share.isPresent()
                    && provenance.isPresent()
                    && reading.unique(
                            seen,
                            chokepoint.get() + ", " + from.get() + ", " + to.get(),
                            row,
                            "(chokepoint, exporter, importer)")) {
                rows.add(new Route(
                        chokepoint.get(),
                        RegionId.of(from.get()),
                        RegionId.of(to.get()),
                        share.getAsDouble(),
                        provenance.get()));
            }
        }
        return rows;
    }

    private static List<String> columns(String... leading) {
        List<String> columns = new ArrayList<>(List.of(leading));
        columns.addAll(PROVENANCE);
        return columns;
    }

    /** The common columns of a located quantity; {@code uniqueKey} null when the caller checks duplicates itself. */
    private static Optional<Located> located(
            Reading reading,
            CsvRow row,
            Catalog catalog,
            String regionColumn,
            Map<String, Integer> seen,
            String uniqueKey) {
        RowFields f = reading.fields();
        Optional<String> commodity = f.reference(row, "commodity", catalog.commodities(), "commodity");
        Optional<String> region = f.reference(row, regionColumn, catalog.regions(), "region");
        OptionalDouble quantity = f.quantity(row, "quantity");
        Optional<Provenance> provenance = f.provenance(row, catalog.sources());
        if (commodity.isEmpty() || region.isEmpty() || quantity.isEmpty() || provenance.isEmpty()) {
            return Optional.empty();
        }
        if (uniqueKey != null && !reading.unique(seen, commodity.get() + ", " + region.get(), row, uniqueKey)) {
            return Optional.empty();
        }
        return Optional.of(new Located(
                CommodityId.of(commodity.get()), RegionId.of(region.get()), quantity.getAsDouble(), provenance.get()));
    }

    private record Located(CommodityId commodity, RegionId region, double quantity, Provenance provenance) {}
}
