package org.lodestone.core.parameter;

import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.OptionalDouble;
import java.util.Set;
import java.util.TreeSet;
import org.lodestone.core.model.Dataset;
import org.lodestone.core.mrio.IoTable;
import org.lodestone.core.shock.EventField;

/**
 * The families of dataset numbers that scenarios override and {@code uncertainty} blocks vary, and
 * what a set of path values does to a dataset's table. Adding a family is one entry in
 * {@link #FAMILIES} (a {@link DatasetFamily} for the dataset file); the scenario reader, the
 * binder, the ensembles (local and Spark), sensitivity and reverse tests then take its paths.
 */
public final class DatasetFamilies {

    /** The families, by name. Add a family here. */
    private static final List<DatasetFamily> FAMILIES = List.of(
            new ProductionFamily(),
            new SubstitutionFamily(),
            new QualificationFamily(),
            new SpareCapacityFamily(),
            new FinalStocksFamily());

    private DatasetFamilies() {}

    /** The family called {@code name}, if there is one. */
    public static Optional<DatasetFamily> find(String name) {
        return FAMILIES.stream().filter(f -> f.name().equals(name)).findFirst();
    }

    /** The families' names, sorted. */
    public static Set<String> names() {
        Set<String> names = new TreeSet<>();
        FAMILIES.forEach(f -> names.add(f.name()));
        return names;
    }

    /**
     * The number {@code path} names: its range and unit (the family's field).
     *
     * @throws DatasetPath.Invalid if the path is malformed or names no family or field
     */
    public static EventField field(String path) {
        DatasetPath p = DatasetPath.parse(path);
        return find(p.family()).flatMap(f -> f.field(p.field())).orElseThrow();
    }

    /**
     * Checks that {@code path} names a row of {@code dataset}: the first key that matches no row
     * (given the keys before it) is reported, with the values it could take.
     *
     * @throws DatasetPath.Invalid if it does not
     */
    public static void checkRow(Dataset dataset, String path) {
        checkRow(new DatasetRows(dataset), path);
    }

    /**
     * {@link #checkRow(Dataset, String)} on rows already read.
     *
     * @throws DatasetPath.Invalid if the path names no row
     */
    public static void checkRow(DatasetRows dataRows, String path) {
        DatasetPath p = DatasetPath.parse(path);
        DatasetFamily family = find(p.family()).orElseThrow();
        Set<List<String>> rows = dataRows.of(family).keySet();
        if (rows.contains(p.keys())) {
            return;
        }
        Dataset dataset = dataRows.dataset();
        for (int k = 0; k < p.keys().size(); k++) {
            List<String> before = p.keys().subList(0, k);
            Set<String> valid = new TreeSet<>();
            for (List<String> row : rows) {
                if (row.subList(0, k).equals(before)) {
                    valid.add(row.get(k));
                }
            }
            String value = p.keys().get(k);
            if (!valid.contains(value)) {
                String where = k == 0 ? "" : " with " + describe(family, before);
                throw new DatasetPath.Invalid(
                        "names no row of " + family.name() + ": no "
                                + family.keys().get(k) + " " + value + where + " in dataset "
                                + dataset.info().id(),
                        valid.isEmpty() ? "a row of the dataset" : "one of " + String.join(", ", valid),
                        value,
                        valid);
            }
        }
    }

    /** The dataset's value at {@code path}; empty if it names no row. */
    public static OptionalDouble value(Dataset dataset, String path) {
        DatasetPath p = DatasetPath.parse(path);
        DatasetFamily family = find(p.family()).orElseThrow();
        double[] row = family.rows(dataset).get(p.keys());
        return row == null ? OptionalDouble.empty() : OptionalDouble.of(row[index(family, p.field())]);
    }

    /**
     * {@code table} (built from {@code dataset}) with the dataset numbers at {@code values}' paths
     * set to its values; the table itself when {@code values} is empty.
     *
     * @throws DatasetPath.Invalid if a path names no row of the dataset
     * @throws IllegalArgumentException if a value is outside its field's range
     */
    public static IoTable apply(IoTable table, Dataset dataset, Map<String, Double> values) {
        return apply(table, new DatasetRows(dataset), values);
    }

    /**
     * {@link #apply(IoTable, Dataset, Map)} with the dataset's rows already read.
     *
     * @throws DatasetPath.Invalid if a path names no row of the dataset
     * @throws IllegalArgumentException if a value is outside its field's range
     */
    public static IoTable apply(IoTable table, DatasetRows dataRows, Map<String, Double> values) {
        Map<String, Map<List<String>, double[]>> byFamily = new LinkedHashMap<>();
        for (Map.Entry<String, Double> e : values.entrySet()) {
            checkRow(dataRows, e.getKey());
            DatasetPath p = DatasetPath.parse(e.getKey());
            DatasetFamily family = find(p.family()).orElseThrow();
            family.field(p.field()).orElseThrow().check(e.getValue());
            byFamily.computeIfAbsent(p.family(), n -> new LinkedHashMap<>())
                            .computeIfAbsent(
                                    p.keys(), k -> dataRows.of(family).get(k).clone())[index(family, p.field())] =
                    e.getValue();
        }
        // in FAMILIES order: production rebuilds the table from the dataset, so it comes first
        IoTable result = table;
        for (DatasetFamily family : FAMILIES) {
            Map<List<String>, double[]> rows = byFamily.get(family.name());
            if (rows != null) {
                result = family.apply(result, dataRows.dataset(), rows);
            }
        }
        return result;
    }

    private static int index(DatasetFamily family, String field) {
        for (int k = 0; k < family.fields().size(); k++) {
            if (family.fields().get(k).key().equals(field)) {
                return k;
            }
        }
        throw new IllegalArgumentException(family.name() + " has no field " + field);
    }

    private static String describe(DatasetFamily family, List<String> keys) {
        StringBuilder text = new StringBuilder();
        for (int k = 0; k < keys.size(); k++) {
            text.append(k == 0 ? "" : ", ")
                    .append(family.keys().get(k))
                    .append(' ')
                    .append(keys.get(k));
        }
        return text.toString();
    }
}
