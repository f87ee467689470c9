package org.lodestone.core.parameter;

import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.lodestone.core.model.Dataset;
import org.lodestone.core.model.InputSubstitution;
import org.lodestone.core.model.RecipeInput;
import org.lodestone.core.mrio.DatasetTables;
import org.lodestone.core.mrio.IoTable;
import org.lodestone.core.shock.EventField;

/**
 * {@code dataset.substitution[OUTPUT,INPUT].substitutable} and {@code .substitution_days}: the
 * partial substitution of a recipe input ({@code substitution.csv}, docs/engine.md). Every pair of
 * {@code recipes.csv} is a row: a pair {@code substitution.csv} does not list has the values its
 * {@code essential} flag means, substitutable 0 (essential) or 1 (not essential), at once (0 days).
 */
final class SubstitutionFamily implements DatasetFamily {

    /** Share of the output that can be made without the input once the ramp is complete. */
    static final EventField SUBSTITUTABLE = new EventField("substitutable", false, 0, false, 1, "share");
    /** Days from the input's first shortfall until that share is reached. */
    static final EventField SUBSTITUTION_DAYS =
            new EventField("substitution_days", false, 0, false, Double.POSITIVE_INFINITY, "days");

    @Override
    public String name() {
        return "substitution";
    }

    @Override
    public List<String> keys() {
        return List.of("output", "input");
    }

    @Override
    public List<EventField> fields() {
        return List.of(SUBSTITUTABLE, SUBSTITUTION_DAYS);
    }

    @Override
    public Map<List<String>, double[]> rows(Dataset dataset) {
        Map<List<String>, double[]> rows = new LinkedHashMap<>();
        for (RecipeInput r : dataset.recipes()) {
            rows.put(key(r.output().value(), r.input().value()), new double[] {r.essential() ? 0 : 1, 0});
        }
        for (InputSubstitution s : dataset.substitutions()) {
            rows.put(
                    key(s.output().value(), s.input().value()), new double[] {s.substitutable(), s.substitutionDays()});
        }
        return rows;
    }

    @Override
    public IoTable apply(IoTable table, Dataset dataset, Map<List<String>, double[]> rows) {
        Map<List<String>, double[]> pairs = new LinkedHashMap<>();
        rows.forEach((keys, values) -> pairs.put(keys, values.clone()));
        return DatasetTables.withSubstitutions(table, dataset, pairs);
    }

    private static List<String> key(String output, String input) {
        return List.of(output, input);
    }
}
