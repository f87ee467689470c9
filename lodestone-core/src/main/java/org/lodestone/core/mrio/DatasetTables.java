package org.lodestone.core.mrio;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.Collections;
import java.util.Comparator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.TreeMap;
import org.lodestone.core.model.CommodityId;
import org.lodestone.core.model.Dataset;
import org.lodestone.core.model.FinalStock;
import org.lodestone.core.model.InputSubstitution;
import org.lodestone.core.model.RecipeInput;
import org.lodestone.core.model.SpareCapacity;
import org.lodestone.core.model.SupplierQualification;
import org.lodestone.core.network.Link;
import org.lodestone.core.network.Network;
import org.lodestone.core.network.Node;

/**
 * The physical input-output table of a Lodestone dataset, for the disruption engine: one
 * industry per node (region × commodity, sorted), {@code Z} from node-to-node links, {@code Y}
 * from links into each region's final demand (category {@code final}), and gross output
 * {@code x = Σ Z + Σ Y}, the deliveries the network is built to make, so that a run without
 * shocks stays at its starting point even where the dataset's production and use differ.
 * Target inventories come from the recipes' {@code inventory_days}; an input marked not
 * essential (substitutable) gets an infinite inventory, so its shortage never stops production.
 * A {@code substitution.csv} row makes its pair partly substitutable instead
 * ({@link SubstitutableInput}): the pair keeps a finite inventory (its recipe's
 * {@code inventory_days}, else the model default), and the table's inventory days stay as version
 * 1 gives them, so that readers that do not model substitution (the planner) see no change.
 * {@code qualification.csv} and {@code spare_capacity.csv} rows become the table's
 * {@link SwitchingLag switching lags} and {@link ProducerSpare producer spares}.
 * A {@code final_stocks.csv} row gives the final buyers of a commodity in a region a stock
 * ({@link FinalBuyerStock}); a row of 0 days is the same as none.
 */
public final class DatasetTables {

    /** The final-demand category of every region. */
    public static final String FINAL = "final";

    private DatasetTables() {}

    /** The table of {@code network}, built from {@code dataset}. */
    public static IoTable of(Dataset dataset, Network network) {
        List<Node> nodes = new ArrayList<>(network.nodes());
        nodes.sort(Comparator.comparing((Node n) -> n.region().code())
                .thenComparing(n -> n.commodity().value()));
        int p = nodes.size();
        int[] position = new int[p];
        List<Industry> industries = new ArrayList<>();
        for (int k = 0; k < p; k++) {
            position[nodes.get(k).index()] = k;
            industries.add(new Industry(
                    nodes.get(k).region().code(), nodes.get(k).commodity().value()));
        }
        List<String> fdRegions = network.links().stream()
                .filter(Link::toFinalDemand)
                .map(l -> l.buyerRegion().code())
                .distinct()
                .sorted()
                .toList();
        List<FinalDemandColumn> columns =
                fdRegions.stream().map(r -> new FinalDemandColumn(r, FINAL)).toList();
        Map<String, Integer> column = new TreeMap<>();
        fdRegions.forEach(r -> column.put(r, column.size()));
        List<Map<Integer, Double>> zRows = rows(p);
        List<Map<Integer, Double>> yRows = rows(p);
        for (Link l : network.links()) {
            int supplier = position[l.supplier()];
            if (l.toFinalDemand()) {
                yRows.get(supplier).merge(column.get(l.buyerRegion().code()), l.quantityPerYear(), Double::sum);
            } else {
                zRows.get(supplier).merge(position[l.buyer()], l.quantityPerYear(), Double::sum);
            }
        }
        SparseMatrix z = csr(zRows, p);
        SparseMatrix y = csr(yRows, columns.size());
        double[] x = z.rowSums();
        double[] fd = y.rowSums();
        for (int i = 0; i < p; i++) {
            x[i] += fd[i];
        }
        IoTable table = new IoTable(industries, columns, z, y, x, IoTable.Units.PHYSICAL, 1, Optional.empty());
        return table.withInventoryDays(inventoryDays(table, dataset.recipes()))
                .withSubstitutions(substitutions(table, dataset, Map.of()))
                .withSupplyResponse(switchingLags(table, dataset), producerSpares(table, dataset))
                .withFinalStocks(finalStocks(table, dataset));
    }

    /** One stock per row of the dataset's final stocks whose commodity and region the table has. */
    private static List<FinalBuyerStock> finalStocks(IoTable table, Dataset dataset) {
        List<FinalBuyerStock> stocks = new ArrayList<>();
        for (FinalStock st : dataset.finalStocks()) {
            int s = Collections.binarySearch(table.sectors(), st.commodity().value());
            int c = table.finalDemandColumns()
                    .indexOf(new FinalDemandColumn(st.region().code(), FINAL));
            if (s >= 0 && c >= 0 && st.days() > 0) {
                stocks.add(new FinalBuyerStock(s, c, st.days()));
            }
        }
        return stocks;
    }

    /** One lag per qualification row whose commodity is a product of the table. */
    private static List<SwitchingLag> switchingLags(IoTable table, Dataset dataset) {
        List<SwitchingLag> lags = new ArrayList<>();
        for (SupplierQualification row : dataset.supplyResponse().qualifications()) {
            int s = Collections.binarySearch(table.sectors(), row.commodity().value());
            if (s >= 0) {
                lags.add(new SwitchingLag(s, row.switchingDays()));
            }
        }
        return lags;
    }

    /** One spare capacity per spare-capacity row whose producer is a node of the table. */
    private static List<ProducerSpare> producerSpares(IoTable table, Dataset dataset) {
        List<ProducerSpare> spares = new ArrayList<>();
        for (SpareCapacity row : dataset.supplyResponse().spareCapacities()) {
            int i = table.industries()
                    .indexOf(new Industry(row.region().code(), row.commodity().value()));
            if (i >= 0) {
                spares.add(new ProducerSpare(i, row.spareShare(), row.rampDays()));
            }
        }
        return spares;
    }

    /**
     * {@code table} (built from {@code dataset}) with the partial substitution of the dataset's
     * {@code substitution.csv} rows, except that each pair {@code overrides} names (key
     * {@code [output, input]}, value {@code [substitutable, substitution days]}) takes those values:
     * what a scenario's {@code dataset.substitution[OUTPUT,INPUT]} paths set. A pair the dataset
     * does not list keeps its recipe's inventory days (else the model default).
     *
     * @throws IllegalArgumentException if a value is out of range
     */
    public static IoTable withSubstitutions(IoTable table, Dataset dataset, Map<List<String>, double[]> overrides) {
        return table.withSubstitutions(substitutions(table, dataset, overrides));
    }

    /** One pair per substitution row (or override) and node that makes its output, with the recipe's inventory days (NaN: the default). */
    private static List<SubstitutableInput> substitutions(
            IoTable table, Dataset dataset, Map<List<String>, double[]> overrides) {
        Map<List<String>, double[]> rows = new LinkedHashMap<>();
        for (InputSubstitution sub : dataset.substitutions()) {
            rows.put(
                    List.of(sub.output().value(), sub.input().value()),
                    new double[] {sub.substitutable(), sub.substitutionDays()});
        }
        rows.putAll(overrides);
        List<SubstitutableInput> pairs = new ArrayList<>();
        for (Map.Entry<List<String>, double[]> row : rows.entrySet()) {
            String output = row.getKey().get(0);
            String input = row.getKey().get(1);
            int s = Collections.binarySearch(table.sectors(), input);
            double days = recipeDays(dataset, output, input);
            if (s < 0) {
                continue;
            }
            addPairs(table, output, s, row.getValue(), Double.isInfinite(days) ? Double.NaN : days, pairs);
        }
        return pairs;
    }

    /** The inventory days of the first recipe of {@code output} from {@code input}; NaN when none or unset. */
    private static double recipeDays(Dataset dataset, String output, String input) {
        // loops, not streams: this runs for each member of an ensemble that varies substitution
        for (RecipeInput r : dataset.recipes()) {
            if (r.output().value().equals(output) && r.input().value().equals(input)) {
                return r.inventoryDays().orElse(Double.NaN);
            }
        }
        return Double.NaN;
    }

    /** One pair per node that makes {@code output}, for input sector s. */
    private static void addPairs(
            IoTable table, String output, int s, double[] values, double days, List<SubstitutableInput> pairs) {
        for (int j = 0; j < table.size(); j++) {
            if (table.industries().get(j).sector().equals(output)) {
                pairs.add(new SubstitutableInput(s, j, values[0], values[1], days));
            }
        }
    }

    private static List<Map<Integer, Double>> rows(int n) {
        List<Map<Integer, Double>> rows = new ArrayList<>(n);
        for (int i = 0; i < n; i++) {
            rows.add(new TreeMap<>());
        }
        return rows;
    }

    private static SparseMatrix csr(List<Map<Integer, Double>> rows, int cols) {
        SparseMatrix.Builder builder = new SparseMatrix.Builder(rows.size(), cols);
        for (int i = 0; i < rows.size(); i++) {
            for (Map.Entry<Integer, Double> e : rows.get(i).entrySet()) {
                builder.add(i, e.getKey(), e.getValue());
            }
        }
        return builder.build();
    }

    /** Days per (input commodity, buying node) from the recipes: +∞ for non-essential inputs, NaN for the model default. */
    private static double[] inventoryDays(IoTable table, List<RecipeInput> recipes) {
        int p = table.size();
        double[] days = new double[table.sectors().size() * p];
        Arrays.fill(days, Double.NaN);
        Map<CommodityId, List<RecipeInput>> byOutput = new TreeMap<>();
        recipes.forEach(r ->
                byOutput.computeIfAbsent(r.output(), o -> new ArrayList<>()).add(r));
        for (int j = 0; j < p; j++) {
            for (RecipeInput r : byOutput.getOrDefault(
                    CommodityId.of(table.industries().get(j).sector()), List.of())) {
                int s = Collections.binarySearch(table.sectors(), r.input().value());
                if (s >= 0 && !r.essential()) {
                    days[s * p + j] = Double.POSITIVE_INFINITY;
                } else if (s >= 0 && r.inventoryDays().isPresent()) {
                    days[s * p + j] = r.inventoryDays().getAsDouble();
                }
            }
        }
        return days;
    }
}
