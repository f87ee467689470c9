package org.lodestone.core.parameter;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.lodestone.core.model.Dataset;
import org.lodestone.core.model.Production;
import org.lodestone.core.mrio.DatasetTables;
import org.lodestone.core.mrio.IoTable;
import org.lodestone.core.network.NetworkBuilder;
import org.lodestone.core.shock.EventField;

/**
 * {@code dataset.production[COMMODITY,REGION].quantity}: a producer's output a year, in the
 * commodity's unit ({@code production.csv}); a backtest episode states its year's capacities this
 * way. Every row of {@code production.csv} is a row. A quantity must stay above 0, so the network
 * keeps its nodes (events and metrics name them by index).
 *
 * <p>Unlike the other families, output shapes the whole network (sourcing shares, flows), so
 * {@link #apply} rebuilds the table from the dataset with those rows ({@link NetworkBuilder},
 * {@link DatasetTables}), as a plan's added capacity does. It therefore runs first
 * ({@link DatasetFamilies}), and an ensemble that varies it rebuilds the network per member.
 */
final class ProductionFamily implements DatasetFamily {

    /** Output a year, in the commodity's unit. */
    static final EventField QUANTITY =
            new EventField("quantity", false, 0, true, Double.POSITIVE_INFINITY, "commodity units per year");

    @Override
    public String name() {
        return "production";
    }

    @Override
    public List<String> keys() {
        return List.of("commodity", "region");
    }

    @Override
    public List<EventField> fields() {
        return List.of(QUANTITY);
    }

    @Override
    public Map<List<String>, double[]> rows(Dataset dataset) {
        Map<List<String>, double[]> rows = new LinkedHashMap<>();
        for (Production p : dataset.production()) {
            rows.put(List.of(p.commodity().value(), p.region().code()), new double[] {p.unitsPerYear()});
        }
        return rows;
    }

    @Override
    public IoTable apply(IoTable table, Dataset dataset, Map<List<String>, double[]> rows) {
        List<Production> production = new ArrayList<>();
        for (Production p : dataset.production()) {
            double[] set = rows.get(List.of(p.commodity().value(), p.region().code()));
            production.add(set == null ? p : new Production(p.commodity(), p.region(), set[0], p.provenance()));
        }
        Dataset year = dataset.withProduction(production);
        return DatasetTables.of(year, NetworkBuilder.build(year));
    }
}
