package org.lodestone.core.ario;

import java.util.Arrays;
import java.util.Collections;
import java.util.Comparator;
import java.util.List;
import java.util.TreeSet;
import java.util.stream.IntStream;
import org.lodestone.core.mrio.IoTable;
import org.lodestone.core.mrio.SparseMatrix;

/**
 * The immutable, precomputed part of the ARIO model for one table and one parameter set
 * (ARIO-SPEC section 2): per-step initial output and final demand, technical coefficients
 * aggregated by product, the input mask, inventory durations, restoration rates and capital.
 * One model can be shared by many runs (ensembles) on any number of threads.
 *
 * <p>Product-by-industry arrays ({@code S × P}) are stored row-major as {@code [s * P + j]}.
 * Intermediate flows stay in the table's sparse yearly {@code Z}; per-step flows are
 * {@code Z · σ}, computed where used, so no dense {@code P × P} array is ever held.
 *
 * <p>Memory: the table's CSR (12 bytes per flow) plus about 10 {@code S × P} double arrays, so
 * large sparse networks should keep the number of sectors S modest.
 */
public final class ArioModel {

    /** Inputs whose yearly flow is at most this fraction of the buyer's daily output are ignored (monetary tables). */
    public static final double TECHNOLOGY_THRESHOLD = 1e-5;

    final IoTable table;
    final ArioParameters parameters;
    final int p;
    final int s;
    final int q;
    final double sigma;
    final int[] productOf;
    final int[] zRowStart;
    final int[] zColumns;
    final double[] zValues;
    final double[] x0;
    final SparseMatrix f0;
    final double[] zC;
    final double[] aS;
    final boolean[] isInput;
    final double[] inventoryDuration;
    final double[] constraintDuration;
    final boolean[] infiniteInventory;
    final double[] restorationRate;
    final double[] capital;
    final double psi;
    final double alphaRate;
    final ColumnSplit split;
    /** The industries ordered by product, ascending within a product: the order pass A visits suppliers in. */
    final int[] rowsByProduct;
    /** Entries s · P + j of the (input product, buyer) pairs with a stored flow, ascending. */
    final int[] flowEntries;
    final List<String> regionNames;
    final int regions;
    final int[] regionOf;
    final int[] columnRegionOf;

    private ArioModel(IoTable table, ArioParameters parameters) {
        this.table = table;
        this.parameters = parameters;
        this.p = table.size();
        this.s = table.sectors().size();
        this.q = table.finalDemandColumns().size();
        this.sigma = 1.0 / parameters.yearToStep();
        this.productOf = new int[p];
        for (int i = 0; i < p; i++) {
            productOf[i] = table.productOf(i);
        }
        SparseMatrix z = table.z();
        this.zRowStart = z.rowStart();
        this.zColumns = z.columns();
        this.zValues = z.values();
        double[] x = table.x();
        this.x0 = new double[p];
        for (int i = 0; i < p; i++) {
            x0[i] = sigma * x[i];
        }
        this.f0 = scaled(table.y(), sigma);
        this.zC = aggregate(zValues, false, x);
        this.aS = aggregate(zValues, true, x);
        this.isInput = inputMask(table.units() == IoTable.Units.MONETARY ? TECHNOLOGY_THRESHOLD : 0);
        this.inventoryDuration = durations(parameters);
        this.constraintDuration = Arrays.stream(inventoryDuration).map(d -> Double.isInfinite(d) ? 0 : d).toArray();
        this.infiniteInventory = new boolean[inventoryDuration.length];
        for (int k = 0; k < inventoryDuration.length; k++) {
            infiniteInventory[k] = Double.isInfinite(inventoryDuration[k]);
        }
        this.restorationRate = restorationRates(parameters);
        this.capital = capital(table, x);
        this.psi = parameters.effectivePsi();
        this.alphaRate = 1.0 / parameters.alphaTau();
        this.split = new ColumnSplit(zRowStart, zColumns, p, parameters.threads());
        this.flowEntries = flowEntries();
        this.rowsByProduct = IntStream.range(0, p).boxed().sorted(Comparator.comparingInt((Integer i) -> productOf[i]).thenComparingInt(i -> i))
                .mapToInt(Integer::intValue).toArray();
        TreeSet<String> names = new TreeSet<>(table.regions());
        table.finalDemandColumns().forEach(c -> names.add(c.region()));
        this.regionNames = List.copyOf(names);
        this.regions = regionNames.size();
        this.regionOf = new int[p];
        for (int i = 0; i < p; i++) {
            regionOf[i] = Collections.binarySearch(regionNames, table.industries().get(i).region());
        }
        this.columnRegionOf = new int[q];
        for (int c = 0; c < q; c++) {
            columnRegionOf[c] = Collections.binarySearch(regionNames, table.finalDemandColumns().get(c).region());
        }
    }

    /**
     * Precomputes the model of {@code table} under {@code parameters}.
     *
     * @throws IllegalArgumentException if a per-sector parameter names an unknown sector
     */
    public static ArioModel of(IoTable table, ArioParameters parameters) {
        List<String> sectors = table.sectors();
        for (String sector : parameters.inventoryDaysBySector().keySet()) {
            requireSector(sectors, sector, "inventory");
        }
        for (String sector : parameters.restorationTauBySector().keySet()) {
            requireSector(sectors, sector, "inventory-restoration-tau");
        }
        return new ArioModel(table, parameters);
    }

    public IoTable table() {
        return table;
    }

    public ArioParameters parameters() {
        return parameters;
    }

    /** Initial per-step output X0 of an industry. */
    public double initialOutput(int industry) {
        return x0[industry];
    }

    /**
     * Regions of the table's industries and final-demand columns, sorted: the index space of
     * {@link org.lodestone.core.shock.Event.LogisticsDisruption#routeShare()}.
     */
    public List<String> regionNames() {
        return regionNames;
    }

    /** Productive capital of an industry (yearly table units), or NaN when the table gives none. */
    public double capital(int industry) {
        return capital == null ? Double.NaN : capital[industry];
    }

    private static void requireSector(List<String> sectors, String sector, String what) {
        if (!sectors.contains(sector)) {
            throw new IllegalArgumentException(what + " names sector '" + sector + "', which the table does not have; sectors are "
                    + String.join(", ", sectors.subList(0, Math.min(20, sectors.size()))) + (sectors.size() > 20 ? ", ..." : ""));
        }
    }

    private static SparseMatrix scaled(SparseMatrix m, double factor) {
        double[] values = m.values().clone();
        for (int k = 0; k < values.length; k++) {
            values[k] = factor * values[k];
        }
        return new SparseMatrix(m.rows(), m.cols(), m.rowStart().clone(), m.columns().clone(), values);
    }

    /** Agg(Z) (yearly) or Agg(A) with A = Z · (1/x), reciprocals of 0 taken as 0. */
    private double[] aggregate(double[] values, boolean coefficients, double[] x) {
        double[] reciprocal = new double[p];
        for (int j = 0; j < p; j++) {
            reciprocal[j] = x[j] == 0 ? 0 : 1 / x[j];
        }
        double[] agg = new double[s * p];
        for (int i = 0; i < p; i++) {
            int row = productOf[i] * p;
            for (int k = zRowStart[i]; k < zRowStart[i + 1]; k++) {
                int j = zColumns[k];
                agg[row + j] += coefficients ? values[k] * reciprocal[j] : values[k];
            }
        }
        return agg;
    }

    private int[] flowEntries() {
        boolean[] stored = new boolean[s * p];
        for (int i = 0; i < p; i++) {
            for (int k = zRowStart[i]; k < zRowStart[i + 1]; k++) {
                stored[productOf[i] * p + zColumns[k]] = true;
            }
        }
        return IntStream.range(0, s * p).filter(sj -> stored[sj]).toArray();
    }

    private boolean[] inputMask(double threshold) {
        boolean[] mask = new boolean[s * p];
        for (int sp = 0; sp < s; sp++) {
            for (int j = 0; j < p; j++) {
                mask[sp * p + j] = zC[sp * p + j] > threshold * x0[j];
            }
        }
        return mask;
    }

    /**
     * Inventory target in steps per (input product, buying industry): the scenario's per-sector
     * value, else the table's per-input value, else the scenario's default; values ≤ 1 become 2.
     */
    private double[] durations(ArioParameters parameters) {
        double[] fromTable = table.inventoryDays().orElse(null);
        double[] days = new double[s * p];
        for (int sp = 0; sp < s; sp++) {
            Double bySector = parameters.inventoryDaysBySector().get(table.sectors().get(sp));
            for (int j = 0; j < p; j++) {
                double d = bySector != null ? bySector
                        : fromTable != null && !Double.isNaN(fromTable[sp * p + j]) ? fromTable[sp * p + j] : parameters.inventoryDays();
                days[sp * p + j] = d <= 1 ? 2 : d;
            }
        }
        return days;
    }

    private double[] restorationRates(ArioParameters parameters) {
        double[] rates = new double[s];
        for (int sp = 0; sp < s; sp++) {
            double tau = parameters.restorationTauBySector().getOrDefault(table.sectors().get(sp), parameters.inventoryRestorationTau());
            rates[sp] = parameters.kind() == ArioParameters.Kind.BASE ? 1 : 1 / tau;
        }
        return rates;
    }

    /** K from the table, else 4 × value added for a monetary table, else null (capital events refused). */
    private double[] capital(IoTable table, double[] x) {
        if (table.capital().isPresent()) {
            return table.capital().get();
        }
        if (table.units() != IoTable.Units.MONETARY) {
            return null;
        }
        double[] colSums = table.z().columnSums();
        double[] k = new double[p];
        for (int j = 0; j < p; j++) {
            k[j] = 4 * Math.max(0, x[j] - colSums[j]);
        }
        return k;
    }
}
