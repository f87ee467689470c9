package org.lodestone.core.parameter;

import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.TreeSet;
import org.lodestone.core.model.Dataset;
import org.lodestone.core.mrio.IoTable;
import org.lodestone.core.shock.EventField;

/**
 * A family of dataset numbers that scenarios may override and {@code uncertainty} blocks vary: the
 * rows of one dataset file, keyed by some of its columns, with some numeric columns. Each family is
 * one entry of {@link DatasetFamilies}; {@code docs/scenario-format.md} lists them.
 *
 * <p>A family says which rows a dataset has (with the values the engine uses where the file has
 * no row, e.g. an essential recipe input is substitutable share 0) and how the table a scenario
 * runs on changes when some rows take other values. It changes the table, never the dataset, so
 * that ensemble members that vary it rebuild only the engine's model, not the network.
 */
public interface DatasetFamily {

    /** The family's name in paths, the stem of its dataset file: {@code substitution}. */
    String name();

    /** The key columns, in the order a path writes them: {@code [output, input]}. */
    List<String> keys();

    /** The numbers a path can set, each with its column name (as {@link EventField#key()}), range and unit. */
    List<EventField> fields();

    /**
     * Every row {@code dataset} has, by its keys, with its values in {@link #fields()} order;
     * rows the dataset implies but its file does not list included (with the values the engine
     * then uses). The map's order is stable.
     */
    Map<List<String>, double[]> rows(Dataset dataset);

    /**
     * {@code table} (built from {@code dataset}) with {@code rows} set: each a complete row (every
     * field) that replaces the dataset's.
     */
    IoTable apply(IoTable table, Dataset dataset, Map<List<String>, double[]> rows);

    /** The field called {@code name}, if the family has it. */
    default Optional<EventField> field(String name) {
        return fields().stream().filter(f -> f.key().equals(name)).findFirst();
    }

    /** The names of the fields, sorted. */
    default Set<String> fieldNames() {
        Set<String> names = new TreeSet<>();
        fields().forEach(f -> names.add(f.key()));
        return names;
    }
}
