package org.lodestone.core.parameter;

import java.util.ArrayList;
import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.lodestone.core.model.Dataset;
import org.lodestone.core.model.Production;
import org.lodestone.core.model.SupplierQualification;
import org.lodestone.core.mrio.IoTable;
import org.lodestone.core.mrio.SwitchingLag;
import org.lodestone.core.shock.EventField;

/**
 * {@code dataset.qualification[COMMODITY].switching_days}: how long buyers of a commodity take to
 * qualify other suppliers ({@code qualification.csv}, docs/engine.md). Every commodity that
 * {@code production.csv} makes is a row: one {@code qualification.csv} does not list reads 0 days,
 * as industries then re-order at once. Setting it gives the commodity a lag as a file row would,
 * so its final buyers switch too (along the lag); without a row they never switch.
 */
final class QualificationFamily implements DatasetFamily {

    /** Days from the first blocked step until the whole blocked volume can be re-ordered elsewhere. */
    static final EventField SWITCHING_DAYS =
            new EventField("switching_days", false, 0, false, Double.POSITIVE_INFINITY, "days");

    @Override
    public String name() {
        return "qualification";
    }

    @Override
    public List<String> keys() {
        return List.of("commodity");
    }

    @Override
    public List<EventField> fields() {
        return List.of(SWITCHING_DAYS);
    }

    @Override
    public Map<List<String>, double[]> rows(Dataset dataset) {
        Map<List<String>, double[]> rows = new LinkedHashMap<>();
        for (Production p : dataset.production()) {
            rows.putIfAbsent(List.of(p.commodity().value()), new double[] {0});
        }
        for (SupplierQualification q : dataset.supplyResponse().qualifications()) {
            rows.put(List.of(q.commodity().value()), new double[] {q.switchingDays()});
        }
        return rows;
    }

    @Override
    public IoTable apply(IoTable table, Dataset dataset, Map<List<String>, double[]> rows) {
        Map<Integer, SwitchingLag> lags = new LinkedHashMap<>();
        table.switchingLags().forEach(lag -> lags.put(lag.sector(), lag));
        rows.forEach((keys, values) -> {
            int s = Collections.binarySearch(table.sectors(), keys.get(0));
            if (s >= 0) {
                lags.put(s, new SwitchingLag(s, values[0]));
            }
        });
        return table.withSupplyResponse(new ArrayList<>(lags.values()), table.producerSpares());
    }
}
