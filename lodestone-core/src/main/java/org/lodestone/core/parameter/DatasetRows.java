package org.lodestone.core.parameter;

import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.concurrent.ConcurrentHashMap;
import org.lodestone.core.model.Dataset;

/**
 * The rows of one dataset's families ({@link DatasetFamily#rows}), each family's read when first
 * asked for and then kept: what {@link DatasetFamilies#checkRow} and {@link DatasetFamilies#apply}
 * look up. Binders that apply many sets of values to one dataset (ensemble, sensitivity and
 * reverse-test members) keep one, so that a member no longer rebuilds the rows of every family it
 * varies from the dataset. The row arrays are shared: a caller copies one before changing it.
 * Thread-safe.
 */
public final class DatasetRows {

    private final Dataset dataset;
    private final Map<String, Map<List<String>, double[]>> byFamily = new ConcurrentHashMap<>();

    public DatasetRows(Dataset dataset) {
        this.dataset = Objects.requireNonNull(dataset, "dataset");
    }

    /** The dataset the rows are read from. */
    public Dataset dataset() {
        return dataset;
    }

    /** {@code family.rows(dataset())}, read once. */
    Map<List<String>, double[]> of(DatasetFamily family) {
        return byFamily.computeIfAbsent(family.name(), name -> family.rows(dataset));
    }
}
