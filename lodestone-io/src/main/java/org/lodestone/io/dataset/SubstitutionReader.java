package org.lodestone.io.dataset;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.OptionalDouble;
import org.lodestone.core.model.CommodityId;
import org.lodestone.core.model.InputSubstitution;
import org.lodestone.core.model.Provenance;
import org.lodestone.core.model.RecipeInput;
import org.lodestone.io.csv.CsvRow;
import org.lodestone.io.problem.Location;

/**
 * Reads the optional {@code substitution.csv} (format version 2): one row per (output, input)
 * pair of {@code recipes.csv} that can partly be made without its input. A row must name a
 * recipe pair, must not contradict its {@code essential} flag (an essential input cannot be fully
 * substitutable) and needs an input that can run short (not {@code inventory_days} {@code inf}).
 */
final class SubstitutionReader {

    static final String FILE = "substitution.csv";
    private static final List<String> REQUIRED =
            List.of("output", "input", "substitutable", "substitution_days", "source", "status");

    private SubstitutionReader() {}

    /**
     * @param format the format version {@code dataset.yaml} declares, if it could be read; a
     *               version-1 dataset holding the file is an error
     */
    static List<InputSubstitution> read(
            Reading reading, Catalog catalog, RecipeReader.Recipes recipes, Optional<Integer> format) {
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
        Map<String, RecipeInput> recipeOf = new HashMap<>();
        recipes.rows()
                .forEach(r -> recipeOf.put(
                        RecipeReader.key(r.output().value(), r.input().value()), r));
        List<InputSubstitution> result = new ArrayList<>();
        Map<String, Integer> seen = new HashMap<>();
        for (CsvRow row : rows) {
            RowFields f = reading.fields();
            Optional<String> output = f.reference(row, "output", catalog.commodities(), "commodity");
            Optional<String> input = f.reference(row, "input", catalog.commodities(), "commodity");
            OptionalDouble share = f.fraction(row, "substitutable");
            OptionalDouble days = f.quantity(row, "substitution_days");
            Optional<Provenance> provenance = f.provenance(row, catalog.sources());
            if (output.isEmpty() || input.isEmpty()) {
                continue;
            }
            String key = RecipeReader.key(output.get(), input.get());
            RecipeInput recipe = recipeOf.get(key);
            if (recipe == null) {
                noRecipe(reading, row, key);
                continue;
            }
            boolean consistent = share.isEmpty() || consistent(reading, row, recipe, share.getAsDouble(), recipes);
            if (consistent
                    && share.isPresent()
                    && days.isPresent()
                    && provenance.isPresent()
                    && reading.unique(seen, key, row, "(output, input)")) {
                result.add(new InputSubstitution(
                        CommodityId.of(output.get()),
                        CommodityId.of(input.get()),
                        share.getAsDouble(),
                        days.getAsDouble(),
                        provenance.get()));
            }
        }
        return result;
    }

    private static void noRecipe(Reading reading, CsvRow row, String key) {
        reading.problems()
                .error(
                        row.at("input"),
                        "input",
                        key,
                        "is not a recipe input: recipes.csv has no row for this (output, input) pair",
                        "an (output, input) pair of recipes.csv",
                        "Maybe the output and input are swapped, or the recipe row is missing");
    }

    /** False, with a problem naming both rows, if the row contradicts its recipe row. */
    private static boolean consistent(
            Reading reading, CsvRow row, RecipeInput recipe, double share, RecipeReader.Recipes recipes) {
        Location recipeAt = recipes.rowOf()
                .get(RecipeReader.key(recipe.output().value(), recipe.input().value()));
        String recipeRow = recipeAt.file() + ":" + recipeAt.line();
        if (recipe.essential() && share >= 1) {
            reading.problems()
                    .error(
                            row.at("substitutable"),
                            "substitutable",
                            row.get("substitutable").trim(),
                            "makes the input fully substitutable, but " + recipeRow + " marks it essential=true",
                            "a share below 1 for an essential input",
                            "Maybe the recipe row should say essential=false");
            return false;
        }
        if (recipe.inventoryDays().isPresent()
                && Double.isInfinite(recipe.inventoryDays().getAsDouble())) {
            reading.problems()
                    .error(
                            row.start(),
                            "",
                            RecipeReader.key(
                                    recipe.output().value(), recipe.input().value()),
                            "can partly do without its input, but " + recipeRow
                                    + " gives it inventory_days inf, so the input never runs short",
                            "a finite inventory_days (or none, for the model's default) in " + recipeRow,
                            "");
            return false;
        }
        return true;
    }
}
