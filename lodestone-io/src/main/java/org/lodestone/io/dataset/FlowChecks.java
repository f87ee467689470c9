package org.lodestone.io.dataset;

import java.math.BigDecimal;
import java.math.MathContext;
import java.util.HashMap;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.lodestone.core.model.Commodity;
import org.lodestone.core.model.CommodityId;
import org.lodestone.core.model.FinalDemand;
import org.lodestone.core.model.Flow;
import org.lodestone.core.model.Production;
import org.lodestone.core.model.RecipeInput;
import org.lodestone.core.model.RegionId;
import org.lodestone.core.network.RegionDemand;
import org.lodestone.io.csv.CsvRow;
import org.lodestone.io.problem.Location;

/**
 * The sums a partial {@code flows.csv} must respect (docs/dataset-format.md): a row's exporter and
 * importer differ, its commodity is tradable, an exporter's listed exports stay within its output,
 * and an importer's listed imports stay within its use. An overrun is reported once, at the row
 * that takes the running sum past the limit.
 */
final class FlowChecks {

    private static final MathContext DIGITS = new MathContext(6);

    private final Reading reading;
    private final Map<CommodityId, Commodity> commodities = new HashMap<>();
    private final Map<List<Object>, Double> output = new HashMap<>();
    private final RegionDemand use;

    private FlowChecks(
            Reading reading,
            List<Commodity> commodities,
            List<Production> production,
            List<RecipeInput> recipes,
            List<FinalDemand> finalDemand) {
        this.reading = reading;
        commodities.forEach(c -> this.commodities.put(c.id(), c));
        production.forEach(p -> output.merge(List.of(p.commodity(), p.region()), p.unitsPerYear(), Double::sum));
        this.use = RegionDemand.of(production, recipes, finalDemand);
    }

    /** Reports every flow row that breaks a rule; {@code rows} as read, each with its CSV row. */
    static void check(
            Reading reading,
            QuantityReader.FlowTable rows,
            List<Commodity> commodities,
            List<Production> production,
            List<RecipeInput> recipes,
            List<FinalDemand> finalDemand) {
        new FlowChecks(reading, commodities, production, recipes, finalDemand).check(rows);
    }

    private void check(QuantityReader.FlowTable table) {
        Map<List<Object>, Double> exported = new HashMap<>();
        Map<List<Object>, Double> imported = new HashMap<>();
        Map<List<Object>, Location> lastRow = new LinkedHashMap<>();
        for (int i = 0; i < table.rows().size(); i++) {
            Flow f = table.rows().get(i);
            CsvRow row = table.read().get(i);
            Location at = row.at("quantity");
            Commodity commodity = commodities.get(f.commodity());
            if (f.exporter().equals(f.importer())) {
                reading.problems()
                        .error(
                                row.at("importer"),
                                "importer",
                                f.importer().code(),
                                "is the exporter too; a region's use of its own output is its production minus its"
                                        + " listed exports",
                                "an importer other than the exporter",
                                "Maybe leave the row out");
            } else if (!commodity.tradable()) {
                reading.problems()
                        .error(
                                row.at("commodity"),
                                "commodity",
                                f.commodity().value(),
                                "is not tradable (commodities.csv), so the flow could never be used",
                                "a tradable commodity",
                                "");
            } else {
                double out = output.getOrDefault(List.of(f.commodity(), f.exporter()), 0.0);
                overrun(at, f, exported, f.exporter(), out, "exports", "output (production.csv)");
                double used = use.unitsPerYear(f.commodity(), f.importer());
                overrun(at, f, imported, f.importer(), used, "imports", "use (recipe inputs plus final_demand.csv)");
                lastRow.put(List.of(f.commodity(), f.importer()), at);
            }
        }
        lastRow.forEach((key, at) ->
                warnIfRestUncovered(table.rows(), exported, (CommodityId) key.get(0), (RegionId) key.get(1), at));
    }

    /**
     * Warns when an importer's use not covered by its rows exceeds what the producers without a row
     * to it have left after their listed exports: the rule still sources the rest from them, so their
     * links exceed their output (customs often counts less than the use, e.g. magnets inside
     * imported parts).
     */
    private void warnIfRestUncovered(
            List<Flow> rows,
            Map<List<Object>, Double> exported,
            CommodityId commodity,
            RegionId importer,
            Location at) {
        Set<RegionId> listed = new HashSet<>();
        double imports = 0;
        for (Flow f : rows) {
            if (f.commodity().equals(commodity)
                    && f.importer().equals(importer)
                    && !f.exporter().equals(importer)) {
                listed.add(f.exporter());
                imports += f.unitsPerYear();
            }
        }
        double rest = use.unitsPerYear(commodity, importer) - imports;
        double left = 0;
        for (Map.Entry<List<Object>, Double> e : output.entrySet()) {
            RegionId producer = (RegionId) e.getKey().get(1);
            if (e.getKey().get(0).equals(commodity) && !listed.contains(producer)) {
                left += Math.max(0, e.getValue() - exported.getOrDefault(List.of(commodity, producer), 0.0));
            }
        }
        if (rest > left * (1 + 1e-9) + 1e-9) {
            String unit = commodities.get(commodity).unit();
            reading.problems()
                    .warning(
                            at,
                            "importer",
                            importer.code(),
                            String.format(
                                    "uses %s %s a year of %s beyond its listed imports, more than the %s %s a year"
                                            + " the producers without a row to it have left after their listed exports;"
                                            + " their links to it will exceed their output",
                                    number(rest), unit, commodity.value(), number(left), unit));
        }
    }

    private void overrun(
            Location at,
            Flow f,
            Map<List<Object>, Double> sums,
            RegionId region,
            double limit,
            String what,
            String limitName) {
        double before = sums.getOrDefault(List.of(f.commodity(), region), 0.0);
        double after = before + f.unitsPerYear();
        sums.put(List.of(f.commodity(), region), after);
        if (after > limit * (1 + 1e-9) && before <= limit * (1 + 1e-9)) {
            String unit = commodities.get(f.commodity()).unit();
            reading.problems()
                    .error(
                            at,
                            "quantity",
                            number(f.unitsPerYear()),
                            String.format(
                                    "takes %s's listed %s of %s to %s %s a year, more than its %s of %s %s a year",
                                    region.code(),
                                    what,
                                    f.commodity().value(),
                                    number(after),
                                    unit,
                                    limitName,
                                    number(limit),
                                    unit),
                            String.format("listed %s of at most %s %s a year", what, number(limit), unit),
                            "Maybe the row is in another unit or year than the dataset, or the "
                                    + (what.equals("exports") ? "exporter's production" : "importer's use")
                                    + " row is missing");
        }
    }

    private static String number(double v) {
        return new BigDecimal(v).round(DIGITS).stripTrailingZeros().toPlainString();
    }
}
