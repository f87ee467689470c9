package org.lodestone.io.dataset;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.OptionalDouble;
import java.util.Set;
import org.lodestone.core.model.CommodityId;
import org.lodestone.core.model.Provenance;
import org.lodestone.core.model.RecipeInput;
import org.lodestone.core.network.RecipeCycles;
import org.lodestone.io.csv.CsvRow;
import org.lodestone.io.problem.Location;

/**
 * Reads {@code recipes.csv} and rejects recipe cycles that make the network unbuildable (see
 * {@link RecipeCycles}).
 */
final class RecipeReader {

    static final String FILE = "recipes.csv";

    private RecipeReader() {}

    /**
     * The recipe rows that are valid and where each was written.
     *
     * @param rows  the valid rows, in file order
     * @param rowOf where each (output, input) pair was written, keyed {@code "output <- input"}
     */
    record Recipes(List<RecipeInput> rows, Map<String, Location> rowOf) {}

    /** The key of an (output, input) pair in {@link Recipes#rowOf}. */
    static String key(String output, String input) {
        return output + " <- " + input;
    }

    /**
     * @param produced commodities with production; an input outside this set is an error
     */
    static Recipes read(Reading reading, Catalog catalog, Set<String> produced) {
        List<RecipeInput> recipes = new ArrayList<>();
        Map<String, Integer> seen = new HashMap<>();
        Map<String, Location> rowOf = new HashMap<>();
        List<String> required = List.of("output", "input", "quantity", "essential", "source", "status");
        for (CsvRow row : reading.csv(FILE, true, required, List.of("inventory_days", "note"))) {
            RowFields f = reading.fields();
            Optional<String> output = f.reference(row, "output", catalog.commodities(), "commodity");
            Optional<String> input = f.reference(row, "input", catalog.commodities(), "commodity");
            OptionalDouble quantity = f.quantity(row, "quantity");
            Optional<Boolean> essential = f.bool(row, "essential");
            Optional<OptionalDouble> days = inventoryDays(reading, row);
            Optional<Provenance> provenance = f.provenance(row, catalog.sources());
            input.filter(id -> !produced.contains(id))
                    .ifPresent(id -> reading.problems()
                            .error(
                                    row.at("input"),
                                    "input",
                                    id,
                                    "is used as an input but no region produces it",
                                    "a production.csv row for " + id,
                                    ""));
            if (output.isEmpty()
                    || input.isEmpty()
                    || quantity.isEmpty()
                    || essential.isEmpty()
                    || days.isEmpty()
                    || provenance.isEmpty()) {
                continue;
            }
            String key = key(output.get(), input.get());
            if (reading.unique(seen, key, row, "(output, input)")) {
                rowOf.put(key, row.start());
                recipes.add(new RecipeInput(
                        CommodityId.of(output.get()),
                        CommodityId.of(input.get()),
                        quantity.getAsDouble(),
                        essential.get(),
                        days.get(),
                        provenance.get()));
            }
        }
        rejectUnproductiveCycles(reading, recipes, rowOf);
        return new Recipes(recipes, rowOf);
    }

    /** Outer empty: invalid (problem recorded). Inner empty: model default. */
    private static Optional<OptionalDouble> inventoryDays(Reading reading, CsvRow row) {
        String text = row.get("inventory_days").trim();
        if (text.isEmpty()) {
            return Optional.of(OptionalDouble.empty());
        }
        if (text.equals("inf")) {
            return Optional.of(OptionalDouble.of(Double.POSITIVE_INFINITY));
        }
        OptionalDouble days = reading.fields().quantity(row, "inventory_days");
        return days.isPresent() ? Optional.of(days) : Optional.empty();
    }

    private static void rejectUnproductiveCycles(
            Reading reading, List<RecipeInput> recipes, Map<String, Location> rowOf) {
        for (RecipeCycles.Cycle cycle : RecipeCycles.unproductive(recipes)) {
            List<String> members =
                    cycle.commodities().stream().map(CommodityId::value).toList();
            Location at = recipes.stream()
                    .filter(r -> members.contains(r.output().value())
                            && members.contains(r.input().value()))
                    .map(r -> rowOf.get(key(r.output().value(), r.input().value())))
                    .findFirst()
                    .orElse(Location.file(FILE));
            reading.problems()
                    .error(
                            at,
                            "",
                            String.join(", ", members),
                            String.format(
                                    "form a recipe cycle that needs %.3g units of itself per unit produced, so the network cannot be built",
                                    cycle.spectralRadius()),
                            "less than 1 unit around every cycle",
                            "Maybe a coefficient is in the wrong unit or the input and output are swapped");
        }
    }
}
