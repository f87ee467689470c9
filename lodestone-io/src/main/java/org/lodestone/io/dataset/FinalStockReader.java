package org.lodestone.io.dataset;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.OptionalDouble;
import java.util.Set;
import org.lodestone.core.model.CommodityId;
import org.lodestone.core.model.FinalDemand;
import org.lodestone.core.model.FinalStock;
import org.lodestone.core.model.Provenance;
import org.lodestone.core.model.RegionId;
import org.lodestone.io.csv.CsvRow;
import org.lodestone.io.problem.Location;

/**
 * Reads the optional {@code final_stocks.csv} (format version 2): one row per (commodity, region)
 * whose final buyers hold a stock, in days of their use ({@code inf} for buyers that never run
 * short). A row must name a pair that {@code final_demand.csv} gives, since a stock nobody uses
 * would never be drawn.
 */
final class FinalStockReader {

    static final String FILE = "final_stocks.csv";
    private static final List<String> REQUIRED = List.of("commodity", "region", "days", "source", "status");

    private FinalStockReader() {}

    /**
     * @param finalDemand the final-demand rows read; a stock needs one for its pair
     * @param format      the format version {@code dataset.yaml} declares, if it could be read;
     *                    a version-1 dataset holding the file is an error
     */
    static List<FinalStock> read(
            Reading reading, Catalog catalog, List<FinalDemand> finalDemand, Optional<Integer> format) {
        List<CsvRow> rows = reading.csv(FILE, false, REQUIRED, List.of("note"));
        if (!rows.isEmpty() && format.filter(v -> v < 2).isPresent()) {
            reading.problems()
                    .error(
                            Location.file(reading.source().display(FILE)),
                            "",
                            FILE,
                            "is a file of dataset format version 2, but dataset.yaml declares version " + format.get(),
                            "lodestone-dataset: 2 in dataset.yaml",
                            "Maybe declare lodestone-dataset: 2, or remove " + FILE);
        }
        Set<String> bought = new HashSet<>();
        finalDemand.forEach(
                d -> bought.add(key(d.commodity().value(), d.region().code())));
        List<FinalStock> result = new ArrayList<>();
        Map<String, Integer> seen = new HashMap<>();
        for (CsvRow row : rows) {
            RowFields f = reading.fields();
            Optional<String> commodity = f.reference(row, "commodity", catalog.commodities(), "commodity");
            Optional<String> region = f.reference(row, "region", catalog.regions(), "region");
            Optional<OptionalDouble> days = days(reading, row);
            Optional<Provenance> provenance = f.provenance(row, catalog.sources());
            if (commodity.isEmpty() || region.isEmpty()) {
                continue;
            }
            String key = key(commodity.get(), region.get());
            if (!bought.contains(key)) {
                notBought(reading, row, key);
                continue;
            }
            if (days.isPresent() && provenance.isPresent() && reading.unique(seen, key, row, "(commodity, region)")) {
                result.add(new FinalStock(
                        CommodityId.of(commodity.get()),
                        RegionId.of(region.get()),
                        days.get().getAsDouble(),
                        provenance.get()));
            }
        }
        return result;
    }

    private static String key(String commodity, String region) {
        return commodity + " in " + region;
    }

    /** The days, {@code inf} included; empty when invalid (a problem is recorded). */
    private static Optional<OptionalDouble> days(Reading reading, CsvRow row) {
        if (row.get("days").trim().equals("inf")) {
            return Optional.of(OptionalDouble.of(Double.POSITIVE_INFINITY));
        }
        OptionalDouble days = reading.fields().quantity(row, "days");
        return days.isPresent() ? Optional.of(days) : Optional.empty();
    }

    private static void notBought(Reading reading, CsvRow row, String key) {
        reading.problems()
                .error(
                        row.at("region"),
                        "region",
                        key,
                        "has no final demand: final_demand.csv has no row for this (commodity, region), so the stock"
                                + " would never be used",
                        "a (commodity, region) pair of final_demand.csv",
                        "Maybe the stock is held by an industry: give it as inventory_days in recipes.csv");
    }
}
