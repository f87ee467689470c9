package org.lodestone.planner.supply;

import java.util.ArrayList;
import java.util.Collections;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.TreeMap;
import java.util.TreeSet;
import org.lodestone.core.ario.ArioParameters;
import org.lodestone.core.model.RecipeInput;
import org.lodestone.core.mrio.IoTable;
import org.lodestone.core.mrio.SparseMatrix;
import org.lodestone.core.mrio.SubstitutableInput;
import org.lodestone.core.plan.CapacityOption;

/**
 * The physical table as the linear model reads it, per day: every industry's baseline output
 * X0 = x / 365, every buyer's inputs by product (coefficient a = Σ z / x of the buyer, and the
 * suppliers' daily flows), plus one <em>planned</em> node per capacity option in a region that
 * does not yet make the commodity (no baseline output, inputs from the dataset's recipes).
 * Nodes 0 … P−1 are the table's industries, P … are the planned ones.
 */
public final class SupplyNetwork {

    /** Days per year: tables hold yearly flows, the model works per day. */
    public static final double DAYS_PER_YEAR = 365;

    /** One input product of one buyer. */
    record Input(
            int product,
            double coefficient,
            int[] suppliers,
            double[] dailyFlows,
            boolean recipeEssential,
            double recipeDays) {}

    private final IoTable table;
    private final int p;
    private final List<String> regions = new ArrayList<>();
    private final List<Integer> products = new ArrayList<>();
    private final double[] x0;
    private final List<List<Input>> inputs = new ArrayList<>();
    private final List<String> regionNames;
    private final Map<String, Integer> planned = new LinkedHashMap<>();

    /**
     * @param table    the dataset's physical table
     * @param recipes  the dataset's recipes (inputs of planned nodes)
     * @param capacity capacity options; those in a region without a node of the commodity add a planned node
     * @throws IllegalArgumentException if an option names a commodity that is not a product of the table
     */
    public SupplyNetwork(IoTable table, List<RecipeInput> recipes, List<CapacityOption> capacity) {
        this.table = table;
        this.p = table.size();
        for (int i = 0; i < p; i++) {
            regions.add(table.industries().get(i).region());
            products.add(table.productOf(i));
        }
        for (CapacityOption o : capacity) {
            String key = o.label();
            if (table.indexOf(o.region().code(), o.commodity().value()) < 0 && !planned.containsKey(key)) {
                int product =
                        Collections.binarySearch(table.sectors(), o.commodity().value());
                if (product < 0) {
                    throw new IllegalArgumentException(
                            "capacity option " + key + ": " + o.commodity().value() + " is not a product of the table");
                }
                planned.put(key, p + planned.size());
                regions.add(o.region().code());
                products.add(product);
            }
        }
        this.x0 = new double[regions.size()];
        double[] x = table.x();
        for (int i = 0; i < p; i++) {
            x0[i] = x[i] / DAYS_PER_YEAR;
        }
        TreeSet<String> names = new TreeSet<>(table.regions());
        table.finalDemandColumns().forEach(c -> names.add(c.region()));
        this.regionNames = List.copyOf(names);
        buildInputs(recipes);
    }

    private void buildInputs(List<RecipeInput> recipes) {
        List<Map<Integer, List<double[]>>> byBuyer = new ArrayList<>();
        for (int j = 0; j < p; j++) {
            byBuyer.add(new TreeMap<>());
        }
        SparseMatrix z = table.z();
        for (int i = 0; i < p; i++) {
            for (int e = z.rowStart()[i]; e < z.rowStart()[i + 1]; e++) {
                if (z.values()[e] > 0) {
                    byBuyer.get(z.columns()[e])
                            .computeIfAbsent(products.get(i), c -> new ArrayList<>())
                            .add(new double[] {i, z.values()[e] / DAYS_PER_YEAR});
                }
            }
        }
        for (int j = 0; j < p; j++) {
            List<Input> list = new ArrayList<>();
            for (Map.Entry<Integer, List<double[]>> e : byBuyer.get(j).entrySet()) {
                int[] suppliers =
                        e.getValue().stream().mapToInt(f -> (int) f[0]).toArray();
                double[] flows = e.getValue().stream().mapToDouble(f -> f[1]).toArray();
                double total = 0;
                for (double f : flows) {
                    total += f;
                }
                list.add(new Input(e.getKey(), x0[j] > 0 ? total / x0[j] : 0, suppliers, flows, true, Double.NaN));
            }
            inputs.add(list);
        }
        for (int v = p; v < regions.size(); v++) {
            String output = table.sectors().get(products.get(v));
            List<Input> list = new ArrayList<>();
            for (RecipeInput r : recipes) {
                int product =
                        Collections.binarySearch(table.sectors(), r.input().value());
                if (r.output().value().equals(output) && product >= 0 && r.unitsPerUnitOutput() > 0) {
                    list.add(new Input(
                            product,
                            r.unitsPerUnitOutput(),
                            new int[0],
                            new double[0],
                            r.essential(),
                            r.inventoryDays().orElse(Double.NaN)));
                }
            }
            inputs.add(list);
        }
    }

    /** Key of a (node, product) pair in maps. */
    static long key(int node, int product) {
        return (long) node << 20 | product;
    }

    /** Nodes: the table's industries, then the planned ones. */
    public int nodes() {
        return regions.size();
    }

    /** The table's industries. */
    public int tableNodes() {
        return p;
    }

    public IoTable table() {
        return table;
    }

    public String region(int node) {
        return regions.get(node);
    }

    public int product(int node) {
        return products.get(node);
    }

    /** Baseline output per day (0 for planned nodes). */
    public double x0(int node) {
        return x0[node];
    }

    List<Input> inputs(int node) {
        return inputs.get(node);
    }

    /** The node of {@code option}: the table's industry, or the planned node. */
    public int nodeOf(CapacityOption option) {
        int i = table.indexOf(option.region().code(), option.commodity().value());
        return i >= 0 ? i : planned.get(option.label());
    }

    /** Index of the node's region in the sorted list of the table's regions (logistics route shares). */
    int regionIndex(int node) {
        return Collections.binarySearch(regionNames, regions.get(node));
    }

    /** Index of final-demand column q's region in the same sorted list as {@link #regionIndex}. */
    int columnRegionIndex(int column) {
        return Collections.binarySearch(
                regionNames, table.finalDemandColumns().get(column).region());
    }

    /** Daily baseline sales of a table node to other industries (0 for a planned node). */
    double intermediateSales(int node) {
        if (node >= p) {
            return 0;
        }
        SparseMatrix z = table.z();
        double sum = 0;
        for (int e = z.rowStart()[node]; e < z.rowStart()[node + 1]; e++) {
            sum += z.values()[e];
        }
        return sum / DAYS_PER_YEAR;
    }

    /** True if an event's per-industry target flags hit {@code buyer}; a planned node is hit when its region's industries are. */
    boolean targeted(boolean[] targetBuyers, int buyer) {
        if (buyer < p) {
            return targetBuyers[buyer];
        }
        for (int i = 0; i < p; i++) {
            if (targetBuyers[i] && regions.get(i).equals(regions.get(buyer))) {
                return true;
            }
        }
        return false;
    }

    /** Daily baseline use of {@code product} by {@code node}. */
    double baselineUse(int node, int product) {
        for (Input in : inputs.get(node)) {
            if (in.product() == product) {
                return in.coefficient() * x0[node];
            }
        }
        return 0;
    }

    /** {@code pairs} (partly substitutable inputs of the table's industries) by {@link #key(int, int)} of (industry, product). */
    static Map<Long, SubstitutableInput> byPair(List<SubstitutableInput> pairs) {
        Map<Long, SubstitutableInput> map = new HashMap<>();
        pairs.forEach(in -> map.put(key(in.industry(), in.sector()), in));
        return map;
    }

    /** The partial substitution of the input at a table node among {@code pairs} ({@link #byPair}), if any. */
    Optional<SubstitutableInput> substitution(int node, Input input, Map<Long, SubstitutableInput> pairs) {
        return node < p ? Optional.ofNullable(pairs.get(key(node, input.product()))) : Optional.empty();
    }

    /** The rate 1 / τ at which the engine refills a gap in stocks of {@code product} (1 for the reference's {@code BASE} kind). */
    double restorationRate(int product, ArioParameters parameters) {
        if (parameters.kind() == ArioParameters.Kind.BASE) {
            return 1;
        }
        return 1
                / parameters
                        .restorationTauBySector()
                        .getOrDefault(table.sectors().get(product), parameters.inventoryRestorationTau());
    }

    /**
     * Target inventory of an input in days of use under {@code parameters}, as the engine sets it:
     * the scenario's per-product value, else a partly substitutable pair's own (else the
     * scenario's default), else the table's (recipes: +∞ for a substitutable input), else the
     * scenario's default; values ≤ 1 become 2. +∞ means the input never limits output.
     */
    double inventoryDays(int node, Input input, ArioParameters parameters, Map<Long, SubstitutableInput> pairs) {
        Double bySector = parameters.inventoryDaysBySector().get(table.sectors().get(input.product()));
        Optional<SubstitutableInput> pair = substitution(node, input, pairs);
        double days;
        if (bySector != null) {
            days = bySector;
        } else if (pair.isPresent()) {
            days = Double.isNaN(pair.get().inventoryDays())
                    ? parameters.inventoryDays()
                    : pair.get().inventoryDays();
        } else if (node < p) {
            double fromTable = table.inventoryDays()
                    .map(d -> d[input.product() * p + node])
                    .orElse(Double.NaN);
            days = Double.isNaN(fromTable) ? parameters.inventoryDays() : fromTable;
        } else {
            days = !input.recipeEssential()
                    ? Double.POSITIVE_INFINITY
                    : Double.isNaN(input.recipeDays()) ? parameters.inventoryDays() : input.recipeDays();
        }
        return days <= 1 ? 2 : days;
    }
}
