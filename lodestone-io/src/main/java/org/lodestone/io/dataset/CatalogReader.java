package org.lodestone.io.dataset;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.OptionalInt;
import java.util.Set;
import java.util.function.Function;
import org.lodestone.core.model.Commodity;
import org.lodestone.core.model.CommodityId;
import org.lodestone.core.model.Layer;
import org.lodestone.core.model.Region;
import org.lodestone.core.model.RegionId;
import org.lodestone.core.model.Source;
import org.lodestone.core.model.SourceId;
import org.lodestone.core.model.Stage;
import org.lodestone.io.csv.CsvRow;
import org.lodestone.io.problem.Location;

/**
 * Reads the id tables every other file refers to: sources, regions and commodities. Each reader
 * adds every well-formed id to {@code declared}, even when another field of its row is wrong, so
 * that one bad row does not also make every reference to it an error.
 */
final class CatalogReader {

    static final String SOURCES = "sources.csv";
    static final String REGIONS = "regions.csv";
    static final String COMMODITIES = "commodities.csv";

    private CatalogReader() {}

    static List<Source> sources(Reading reading, Set<String> declared) {
        List<Source> sources = new ArrayList<>();
        Map<String, Integer> seen = new HashMap<>();
        for (CsvRow row : reading.csv(SOURCES, true, List.of("id", "title", "publisher"), List.of("year", "url"))) {
            RowFields f = reading.fields();
            Optional<String> id =
                    f.id(row, "id", RowFields.SOURCE_ID, "letters, digits, '-', '_' or '.' such as MCS25");
            id.ifPresent(declared::add);
            Optional<String> title = f.text(row, "title");
            Optional<String> publisher = f.text(row, "publisher");
            String year = row.get("year").trim();
            if (!year.isEmpty() && !year.matches("\\d{4}")) {
                reading.problems()
                        .error(row.at("year"), "year", year, "is not a year", "a four-digit year or nothing", "");
                continue;
            }
            if (id.isPresent()
                    && title.isPresent()
                    && publisher.isPresent()
                    && reading.unique(seen, id.get(), row, "source id")) {
                sources.add(new Source(
                        SourceId.of(id.get()),
                        title.get(),
                        publisher.get(),
                        year.isEmpty() ? OptionalInt.empty() : OptionalInt.of(Integer.parseInt(year)),
                        row.get("url").trim()));
            }
        }
        return sources;
    }

    static List<Region> regions(Reading reading, Set<String> declared) {
        List<Region> regions = new ArrayList<>();
        Map<String, Integer> seen = new HashMap<>();
        for (CsvRow row : reading.csv(REGIONS, true, List.of("code", "name"), List.of())) {
            Optional<String> code = reading.fields()
                    .id(
                            row,
                            "code",
                            RowFields.REGION_CODE,
                            "an upper-case ISO 3166 alpha-3 code such as JPN, or ROW, or an X.. aggregate");
            code.ifPresent(declared::add);
            Optional<String> name = reading.fields().text(row, "name");
            if (code.isPresent() && name.isPresent() && reading.unique(seen, code.get(), row, "region code")) {
                regions.add(new Region(RegionId.of(code.get()), name.get()));
            }
        }
        return regions;
    }

    /** @param rows filled with the row of each commodity id, for later problems about it */
    static List<Commodity> commodities(Reading reading, Set<String> declared, Map<String, Location> rows) {
        List<Commodity> commodities = new ArrayList<>();
        Map<String, Integer> seen = new HashMap<>();
        for (CsvRow row : reading.csv(
                COMMODITIES,
                true,
                List.of("id", "name", "layer", "stage", "unit"),
                List.of("tradable", "final_measure"))) {
            RowFields f = reading.fields();
            Optional<String> id = f.id(row, "id", RowFields.KEBAB_ID, "a kebab-case id such as rare-earth-oxide");
            id.ifPresent(declared::add);
            Optional<String> name = f.text(row, "name");
            Optional<Layer> layer = choice(reading, row, "layer", Layer.values(), Layer::key);
            Optional<Stage> stage = choice(reading, row, "stage", Stage.values(), Stage::key);
            Optional<String> unit = f.text(row, "unit");
            Optional<Boolean> tradable = row.get("tradable").isBlank() ? Optional.of(true) : f.bool(row, "tradable");
            Optional<Boolean> finalMeasure =
                    row.get("final_measure").isBlank() ? Optional.of(false) : f.bool(row, "final_measure");
            if (id.isPresent()
                    && name.isPresent()
                    && layer.isPresent()
                    && stage.isPresent()
                    && unit.isPresent()
                    && tradable.isPresent()
                    && finalMeasure.isPresent()
                    && reading.unique(seen, id.get(), row, "commodity id")) {
                rows.put(id.get(), row.start());
                commodities.add(new Commodity(
                        CommodityId.of(id.get()),
                        name.get(),
                        layer.get(),
                        stage.get(),
                        unit.get(),
                        tradable.get(),
                        finalMeasure.get()));
            }
        }
        return commodities;
    }

    private static <E> Optional<E> choice(
            Reading reading, CsvRow row, String column, E[] values, Function<E, String> key) {
        return reading.fields().text(row, column).flatMap(value -> {
            for (E e : values) {
                if (key.apply(e).equals(value)) {
                    return Optional.of(e);
                }
            }
            reading.problems()
                    .error(
                            row.at(column),
                            column,
                            value,
                            "is not a known " + column,
                            "one of "
                                    + String.join(
                                            ", ", Arrays.stream(values).map(key).toList()),
                            "");
            return Optional.empty();
        });
    }
}
