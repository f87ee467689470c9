package org.lodestone.io.dataset;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.OptionalDouble;
import java.util.Set;
import java.util.stream.Collectors;
import org.lodestone.core.model.CommodityId;
import org.lodestone.core.model.Production;
import org.lodestone.core.model.Provenance;
import org.lodestone.core.model.RegionId;
import org.lodestone.core.model.SpareCapacity;
import org.lodestone.core.model.SupplierQualification;
import org.lodestone.core.model.SupplyResponse;
import org.lodestone.io.csv.CsvRow;
import org.lodestone.io.problem.Location;

/**
 * Reads the optional {@code qualification.csv} (one row per commodity: how many days its buyers
 * take to qualify other suppliers) and {@code spare_capacity.csv} (one row per producer: the
 * share it can add above its usual output and the days it takes), both of dataset format version
 * 2. A spare-capacity row must name a (commodity, region) of {@code production.csv}.
 */
final class SupplyResponseReader {

    static final String QUALIFICATION = "qualification.csv";
    static final String SPARE_CAPACITY = "spare_capacity.csv";
    private static final List<String> PROVENANCE = List.of("source", "status");

    private SupplyResponseReader() {}

    /**
     * @param format the format version {@code dataset.yaml} declares, if it could be read; a
     *               version-1 dataset holding either file is an error
     */
    static SupplyResponse read(
            Reading reading, Catalog catalog, List<Production> production, Optional<Integer> format) {
        return new SupplyResponse(
                qualifications(reading, catalog, format), spareCapacities(reading, catalog, production, format));
    }

    private static List<SupplierQualification> qualifications(
            Reading reading, Catalog catalog, Optional<Integer> format) {
        List<CsvRow> rows = rows(reading, QUALIFICATION, List.of("commodity", "switching_days"), format);
        List<SupplierQualification> result = new ArrayList<>();
        Map<String, Integer> seen = new HashMap<>();
        RowFields f = reading.fields();
        for (CsvRow row : rows) {
            Optional<String> commodity = f.reference(row, "commodity", catalog.commodities(), "commodity");
            OptionalDouble days = f.quantity(row, "switching_days");
            Optional<Provenance> provenance = f.provenance(row, catalog.sources());
            if (commodity.isPresent()
                    && days.isPresent()
                    && provenance.isPresent()
                    && reading.unique(seen, commodity.get(), row, "commodity")) {
                result.add(new SupplierQualification(
                        CommodityId.of(commodity.get()), days.getAsDouble(), provenance.get()));
            }
        }
        return result;
    }

    private static List<SpareCapacity> spareCapacities(
            Reading reading, Catalog catalog, List<Production> production, Optional<Integer> format) {
        List<CsvRow> rows =
                rows(reading, SPARE_CAPACITY, List.of("commodity", "region", "spare_share", "ramp_days"), format);
        Set<String> producers = production.stream()
                .map(p -> key(p.commodity().value(), p.region().code()))
                .collect(Collectors.toSet());
        List<SpareCapacity> result = new ArrayList<>();
        Map<String, Integer> seen = new HashMap<>();
        RowFields f = reading.fields();
        for (CsvRow row : rows) {
            Optional<String> commodity = f.reference(row, "commodity", catalog.commodities(), "commodity");
            Optional<String> region = f.reference(row, "region", catalog.regions(), "region");
            OptionalDouble share = f.quantity(row, "spare_share");
            OptionalDouble ramp = atLeastOneDay(reading, row, f.quantity(row, "ramp_days"));
            Optional<Provenance> provenance = f.provenance(row, catalog.sources());
            if (commodity.isEmpty() || region.isEmpty()) {
                continue;
            }
            String key = key(commodity.get(), region.get());
            boolean produced = producers.contains(key) || notProduced(reading, row, key);
            if (produced
                    && share.isPresent()
                    && ramp.isPresent()
                    && provenance.isPresent()
                    && reading.unique(seen, key, row, "(commodity, region)")) {
                result.add(new SpareCapacity(
                        CommodityId.of(commodity.get()),
                        RegionId.of(region.get()),
                        share.getAsDouble(),
                        ramp.getAsDouble(),
                        provenance.get()));
            }
        }
        return result;
    }

    private static String key(String commodity, String region) {
        return commodity + " in " + region;
    }

    /** The rows of a version-2 file (none if absent), with an error if {@code dataset.yaml} declares version 1. */
    private static List<CsvRow> rows(Reading reading, String file, List<String> columns, Optional<Integer> format) {
        List<String> required = new ArrayList<>(columns);
        required.addAll(PROVENANCE);
        List<CsvRow> rows = reading.csv(file, false, required, List.of("note"));
        if (!rows.isEmpty() && format.filter(v -> v < 2).isPresent()) {
            reading.problems()
                    .error(
                            Location.file(reading.source().display(file)),
                            "",
                            file,
                            "is a file of dataset format version 2, but dataset.yaml declares version " + format.get(),
                            "lodestone-dataset: 2 in dataset.yaml",
                            "Maybe declare lodestone-dataset: 2, or remove " + file);
        }
        return rows;
    }

    private static OptionalDouble atLeastOneDay(Reading reading, CsvRow row, OptionalDouble days) {
        if (days.isPresent() && days.getAsDouble() < 1) {
            reading.problems()
                    .error(
                            row.at("ramp_days"),
                            "ramp_days",
                            row.get("ramp_days").trim(),
                            "is below one day",
                            "a number of days >= 1",
                            "One step is one day; 1 lets the producer close its whole gap in one step");
            return OptionalDouble.empty();
        }
        return days;
    }

    /** Always false, after recording that the row names a producer production.csv does not have. */
    private static boolean notProduced(Reading reading, CsvRow row, String key) {
        reading.problems()
                .error(
                        row.start(),
                        "",
                        key,
                        "is not a producer: production.csv has no row for this (commodity, region)",
                        "a (commodity, region) of production.csv",
                        "Maybe the region is misspelt, or the producer is missing from production.csv");
        return false;
    }
}
