package org.lodestone.core.parameter;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.lodestone.core.ario.ArioParameters;
import org.lodestone.core.model.Dataset;
import org.lodestone.core.model.Production;
import org.lodestone.core.model.SpareCapacity;
import org.lodestone.core.mrio.Industry;
import org.lodestone.core.mrio.IoTable;
import org.lodestone.core.mrio.ProducerSpare;
import org.lodestone.core.shock.EventField;

/**
 * {@code dataset.spare_capacity[COMMODITY,REGION].spare_share} and {@code .ramp_days}: how much a
 * producer can add above its usual output, and how fast ({@code spare_capacity.csv},
 * docs/engine.md). Every producer of {@code production.csv} is a row: one
 * {@code spare_capacity.csv} does not list reads the default model's equivalents, spare share
 * {@code alpha-max − 1} (0.25) over {@code alpha-tau} (365 days), the values it runs with unless
 * the scenario's {@code model} block changes them. Setting one field of such a producer gives it
 * its own spare capacity, with the other field at that default.
 */
final class SpareCapacityFamily implements DatasetFamily {

    /** Output a producer can add above its usual output, as a share of it. */
    static final EventField SPARE_SHARE =
            new EventField("spare_share", false, 0, false, Double.POSITIVE_INFINITY, "share of usual output");
    /** Adjustment time of its overproduction. */
    static final EventField RAMP_DAYS = new EventField("ramp_days", false, 1, false, Double.POSITIVE_INFINITY, "days");

    @Override
    public String name() {
        return "spare_capacity";
    }

    @Override
    public List<String> keys() {
        return List.of("commodity", "region");
    }

    @Override
    public List<EventField> fields() {
        return List.of(SPARE_SHARE, RAMP_DAYS);
    }

    @Override
    public Map<List<String>, double[]> rows(Dataset dataset) {
        ArioParameters model = ArioParameters.defaults();
        Map<List<String>, double[]> rows = new LinkedHashMap<>();
        for (Production p : dataset.production()) {
            rows.putIfAbsent(
                    List.of(p.commodity().value(), p.region().code()),
                    new double[] {model.alphaMax() - 1, model.alphaTau()});
        }
        for (SpareCapacity s : dataset.supplyResponse().spareCapacities()) {
            rows.put(List.of(s.commodity().value(), s.region().code()), new double[] {s.spareShare(), s.rampDays()});
        }
        return rows;
    }

    @Override
    public IoTable apply(IoTable table, Dataset dataset, Map<List<String>, double[]> rows) {
        Map<Integer, ProducerSpare> spares = new LinkedHashMap<>();
        table.producerSpares().forEach(spare -> spares.put(spare.industry(), spare));
        rows.forEach((keys, values) -> {
            int i = table.industries().indexOf(new Industry(keys.get(1), keys.get(0)));
            if (i >= 0) {
                spares.put(i, new ProducerSpare(i, values[0], values[1]));
            }
        });
        return table.withSupplyResponse(table.switchingLags(), new ArrayList<>(spares.values()));
    }
}
