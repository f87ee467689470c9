package org.lodestone.core.parameter;

import java.util.ArrayList;
import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.lodestone.core.model.Dataset;
import org.lodestone.core.model.FinalDemand;
import org.lodestone.core.model.FinalStock;
import org.lodestone.core.mrio.DatasetTables;
import org.lodestone.core.mrio.FinalBuyerStock;
import org.lodestone.core.mrio.FinalDemandColumn;
import org.lodestone.core.mrio.IoTable;
import org.lodestone.core.shock.EventField;

/**
 * {@code dataset.final_stocks[COMMODITY,REGION].days}: the stock final buyers of a commodity in a
 * region hold, in days of their use ({@code final_stocks.csv}, docs/engine.md). Every pair of
 * {@code final_demand.csv} is a row: a pair {@code final_stocks.csv} does not list holds none
 * (0 days), and setting 0 days is the same as no stock.
 */
final class FinalStocksFamily implements DatasetFamily {

    /** The stock in days of the final buyers' use. */
    static final EventField DAYS = new EventField("days", false, 0, false, Double.POSITIVE_INFINITY, "days of use");

    @Override
    public String name() {
        return "final_stocks";
    }

    @Override
    public List<String> keys() {
        return List.of("commodity", "region");
    }

    @Override
    public List<EventField> fields() {
        return List.of(DAYS);
    }

    @Override
    public Map<List<String>, double[]> rows(Dataset dataset) {
        Map<List<String>, double[]> rows = new LinkedHashMap<>();
        for (FinalDemand d : dataset.finalDemand()) {
            rows.putIfAbsent(List.of(d.commodity().value(), d.region().code()), new double[] {0});
        }
        for (FinalStock s : dataset.finalStocks()) {
            rows.put(List.of(s.commodity().value(), s.region().code()), new double[] {s.days()});
        }
        return rows;
    }

    @Override
    public IoTable apply(IoTable table, Dataset dataset, Map<List<String>, double[]> rows) {
        Map<List<Integer>, FinalBuyerStock> stocks = new LinkedHashMap<>();
        table.finalStocks().forEach(st -> stocks.put(List.of(st.sector(), st.column()), st));
        rows.forEach((keys, values) -> {
            int s = Collections.binarySearch(table.sectors(), keys.get(0));
            int c = table.finalDemandColumns().indexOf(new FinalDemandColumn(keys.get(1), DatasetTables.FINAL));
            if (s >= 0 && c >= 0 && values[0] > 0) {
                stocks.put(List.of(s, c), new FinalBuyerStock(s, c, values[0]));
            } else if (s >= 0 && c >= 0) {
                stocks.remove(List.of(s, c));
            }
        });
        return table.withFinalStocks(new ArrayList<>(stocks.values()));
    }
}
