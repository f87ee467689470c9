package org.lodestone.io.dataset;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.OptionalDouble;
import java.util.OptionalInt;
import org.lodestone.core.model.Commodity;
import org.lodestone.core.model.CommodityId;
import org.lodestone.core.model.Provenance;
import org.lodestone.core.model.RegionId;
import org.lodestone.core.model.UnitValue;
import org.lodestone.io.csv.CsvRow;
import org.lodestone.io.problem.Location;

/**
 * Reads the optional {@code values.csv} (format version 2): the value of one unit of a final
 * measure in US dollars of a price year, and the share of it that is value added where it is made.
 * One row per (commodity, region); an empty region is the value for every region without its own
 * row. The commodity must be a final measure ({@code final_measure=true} in {@code commodities.csv}).
 */
final class ValuesReader {

    static final String FILE = "values.csv";
    private static final List<String> REQUIRED =
            List.of("commodity", "region", "value_per_unit_usd", "value_added_share", "price_year", "source", "status");

    private ValuesReader() {}

    /**
     * @param format the format version {@code dataset.yaml} declares, if it could be read; a
     *               version-1 dataset holding the file is an error
     */
    static List<UnitValue> read(
            Reading reading, Catalog catalog, List<Commodity> commodities, Optional<Integer> format) {
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
        Map<String, Boolean> finalMeasure = new HashMap<>();
        commodities.forEach(c -> finalMeasure.put(c.id().value(), c.finalMeasure()));
        List<UnitValue> result = new ArrayList<>();
        Map<String, Integer> seen = new HashMap<>();
        for (CsvRow row : rows) {
            RowFields f = reading.fields();
            Optional<String> commodity = f.reference(row, "commodity", catalog.commodities(), "commodity")
                    .filter(c -> isFinalMeasure(reading, row, c, finalMeasure));
            String regionText = row.get("region").trim();
            Optional<Optional<RegionId>> region = regionText.isEmpty()
                    ? Optional.of(Optional.empty())
                    : f.reference(row, "region", catalog.regions(), "region").map(r -> Optional.of(RegionId.of(r)));
            OptionalDouble value = f.quantity(row, "value_per_unit_usd");
            OptionalDouble share = f.fraction(row, "value_added_share");
            OptionalInt year = year(reading, row);
            Optional<Provenance> provenance = f.provenance(row, catalog.sources());
            if (commodity.isPresent()
                    && region.isPresent()
                    && value.isPresent()
                    && share.isPresent()
                    && year.isPresent()
                    && provenance.isPresent()
                    && reading.unique(seen, commodity.get() + "," + regionText, row, "(commodity, region)")) {
                result.add(new UnitValue(
                        CommodityId.of(commodity.get()),
                        region.get(),
                        value.getAsDouble(),
                        share.getAsDouble(),
                        year.getAsInt(),
                        provenance.get()));
            }
        }
        return result;
    }

    private static boolean isFinalMeasure(
            Reading reading, CsvRow row, String commodity, Map<String, Boolean> finalMeasure) {
        if (finalMeasure.getOrDefault(commodity, false)) {
            return true;
        }
        reading.problems()
                .error(
                        row.at("commodity"),
                        "commodity",
                        commodity,
                        "is not a final measure, so no value at risk is reported for it",
                        "a commodity with final_measure=true in commodities.csv",
                        "Maybe set final_measure=true for " + commodity + " in commodities.csv");
        return false;
    }

    private static OptionalInt year(Reading reading, CsvRow row) {
        return reading.fields().text(row, "price_year").stream()
                .mapToInt(text -> {
                    if (text.matches("(19|20)\\d{2}")) {
                        return Integer.parseInt(text);
                    }
                    reading.problems()
                            .error(
                                    row.at("price_year"),
                                    "price_year",
                                    text,
                                    "is not a year",
                                    "a year such as 2024",
                                    "");
                    return -1;
                })
                .filter(y -> y > 0)
                .findFirst();
    }
}
