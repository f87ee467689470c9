package org.lodestone.core.ario;

import java.util.Arrays;
import java.util.Comparator;
import java.util.List;
import org.lodestone.core.mrio.IoTable;
import org.lodestone.core.mrio.ProducerSpare;
import org.lodestone.core.mrio.SparseMatrix;
import org.lodestone.core.mrio.SubstitutableInput;
import org.lodestone.core.mrio.SwitchingLag;

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
 * <p>Product-by-industry quantities are kept per {@link InputEntries entry}, the (input product,
 * buyer) pairs with a stored flow, so memory is the table's CSR (12 bytes per flow) plus the
 * entry of each flow (4 bytes) and about 40 bytes per entry, whatever S × P; a nearly dense
 * table adds a dense copy of its dense rows ({@link DenseRows}, 8 bytes per cell).
 */
public final class ArioModel {

    /** Inputs whose yearly flow is at most this fraction of the buyer's daily output are ignored (monetary tables). */
    public static final double TECHNOLOGY_THRESHOLD = 1e-5;

    final IoTable table;
    final ArioParameters parameters;
    /** What the model takes from the table's flows alone, shared with the models of other members. */
    final TableParts parts;

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
    /** The (input product, buyer) pairs with a flow; the per-entry arrays below are indexed by them. */
    final InputEntries entries;
    /** Per entry: yearly flow of the product to the buyer, Agg(Z). */
    final double[] zC;
    /** Per entry: technical coefficient Agg(A). */
    final double[] aS;

    final boolean[] isInput;
    /**
     * Per entry: an input that binds in fixed proportion (ARIO-SPEC 4.5), that is an input
     * without partial substitution; the same array as {@link #isInput} when the table has none.
     */
    final boolean[] fixedInput;
    /** The entries that are partly substitutable ({@link IoTable#substitutions()}), ascending; usually none. */
    final int[] substitutionEntries;
    /** Per substitution entry (index into {@link #substitutionEntries}): the share reached when the ramp is complete. */
    final double[] substitutable;
    /** Per substitution entry: the steps the ramp takes. */
    final double[] substitutionSteps;

    /** The stored entries of {@link #f0} whose final buyers hold a stock ({@link IoTable#finalStocks()}), ascending; usually none. */
    final int[] finalStockEntries;
    /** Per final-stock entry (index into {@link #finalStockEntries}): its supplying industry (the row of F). */
    final int[] finalStockSupplier;
    /** Per final-stock entry: the stock in steps of use, ≥ 0 or +∞. */
    final double[] finalStockDays;

    final double[] inventoryDuration;
    final double[] constraintDuration;
    final boolean[] infiniteInventory;
    /** Per buyer: some input pair without a flow has an infinite inventory target (its inventory is +∞ throughout). */
    final boolean[] idleInfinite;

    final boolean anyIdleInfinite;
    final double[] restorationRate;
    final double[] capital;
    final double psi;
    final double alphaRate;
    /**
     * Per product: the steps buyers take to re-order blocked volume from other suppliers
     * ({@link IoTable#switchingLags()}), NaN for a product without a lag; null when the table
     * gives none (version 1: at once, and final buyers never switch).
     */
    final double[] switchingSteps;
    /** Per industry: α_max (its spare capacity, else the parameters'); null when the table gives no spare capacity. */
    final double[] alphaMaxOf;
    /** Per industry: the overproduction rate 1 / τ_α (its ramp, else the parameters'); null as {@link #alphaMaxOf}. */
    final double[] alphaRateOf;

    /** The number of workers the flow passes and per-entry loops split their work among: the threads, at most P. */
    final int workerParts;
    /** The industries ordered by product, ascending within a product: the order the supplier passes visit them in. */
    final int[] rowsByProduct;
    /** Where each worker's part of {@link #rowsByProduct} starts (and, last, its length): about equal parts, cut between products. */
    final int[] productSplit;
    /** The rows of Z the supplier pass reads dense ({@link DenseRows}); none on small or sparse tables. */
    final DenseRows denseRows;
    /** The flows of the other products by buyer ({@link ProductColumns}); none on small tables. */
    final ProductColumns productColumns;
    /** False for a model whose rows are all read sparse and by row ({@link #sparseRows}). */
    private final boolean layoutsAllowed;

    final List<String> regionNames;
    final int regions;
    final int[] regionOf;
    final int[] columnRegionOf;

    private ArioModel(IoTable table, ArioParameters parameters, boolean layoutsAllowed, ArioModel like) {
        this.table = table;
        this.parameters = parameters;
        this.parts = TableParts.of(table, like == null ? null : like.parts);
        this.p = parts.p;
        this.s = parts.s;
        this.q = parts.q;
        this.sigma = 1.0 / parameters.yearToStep();
        this.productOf = parts.productOf;
        this.zRowStart = parts.zRowStart;
        this.zColumns = parts.zColumns;
        this.zValues = parts.zValues;
        this.entries = parts.entries;
        this.zC = parts.zC;
        this.aS = parts.aS;
        boolean sameSteps = like != null && like.parts == parts && Double.compare(like.sigma, sigma) == 0;
        this.x0 = sameSteps ? like.x0 : scaled(parts.x, sigma);
        this.f0 = sameSteps ? like.f0 : scaled(table.y(), sigma);
        this.isInput = sameSteps
                ? like.isInput
                : inputMask(table.units() == IoTable.Units.MONETARY ? TECHNOLOGY_THRESHOLD : 0);
        FinalStockEntries stocked = FinalStockEntries.of(table, f0, productOf);
        this.finalStockEntries = stocked.entries();
        this.finalStockSupplier = stocked.suppliers();
        this.finalStockDays = stocked.days();
        InventoryDurations durations = new InventoryDurations(table, parameters);
        this.inventoryDuration = durations.perEntry(entries);
        List<SubstitutableInput> substitutions = substitutionsWithFlow(table);
        this.substitutionEntries = new int[substitutions.size()];
        this.substitutable = new double[substitutions.size()];
        this.substitutionSteps = new double[substitutions.size()];
        substitutions(substitutions, durations);
        this.constraintDuration = InventoryDurations.constraintDurations(inventoryDuration);
        this.infiniteInventory = InventoryDurations.infinite(inventoryDuration);
        this.fixedInput = fixedInputs();
        this.restorationRate = restorationRates(parameters);
        this.capital = parts.capital;
        this.psi = parameters.effectivePsi();
        this.alphaRate = 1.0 / parameters.alphaTau();
        this.switchingSteps = switchingSteps(table);
        this.alphaMaxOf = table.producerSpares().isEmpty() ? null : new double[p];
        this.alphaRateOf = table.producerSpares().isEmpty() ? null : new double[p];
        if (alphaMaxOf != null) {
            spareCapacity(table);
        }
        this.workerParts = Math.max(1, Math.min(parameters.threads(), p));
        this.idleInfinite = durations.idleInfinite(entries, s);
        this.anyIdleInfinite = any(idleInfinite);
        this.rowsByProduct = parts.rowsByProduct;
        this.productSplit = productSplit(workerParts);
        this.layoutsAllowed = layoutsAllowed;
        // both layouts depend on the table's flows alone, so a model with the same parts shares them
        boolean shareLayouts = like != null && like.parts == parts && like.layoutsAllowed;
        this.denseRows = !layoutsAllowed ? DenseRows.none() : shareLayouts ? like.denseRows : DenseRows.of(this);
        this.productColumns =
                !layoutsAllowed ? ProductColumns.none() : shareLayouts ? like.productColumns : ProductColumns.of(this);
        this.regionNames = parts.regionNames;
        this.regions = regionNames.size();
        this.regionOf = parts.regionOf;
        this.columnRegionOf = parts.columnRegionOf;
    }

    /**
     * Precomputes the model of {@code table} under {@code parameters}.
     *
     * @throws IllegalArgumentException if a per-sector parameter names an unknown sector
     */
    public static ArioModel of(IoTable table, ArioParameters parameters) {
        return of(table, parameters, null);
    }

    /**
     * As {@link #of(IoTable, ArioParameters)}, sharing with {@code like} what depends only on the
     * table's flows ({@link TableParts}) when {@code table} has the same flows as its table
     * ({@link IoTable#sharesFlows}): an ensemble member's model built from the scenario's. The
     * result is the same as without {@code like}.
     *
     * @param like a model to share with, or null
     * @throws IllegalArgumentException if a per-sector parameter names an unknown sector
     */
    public static ArioModel of(IoTable table, ArioParameters parameters, ArioModel like) {
        List<String> sectors = table.sectors();
        for (String sector : parameters.inventoryDaysBySector().keySet()) {
            requireSector(sectors, sector, "inventory");
        }
        for (String sector : parameters.restorationTauBySector().keySet()) {
            requireSector(sectors, sector, "inventory-restoration-tau");
        }
        return new ArioModel(table, parameters, true, like);
    }

    /**
     * The model with every row of Z read sparse, row by row, as on a small table (no dense rows,
     * no flows by buyer): what tests compare those layouts with.
     */
    static ArioModel sparseRows(IoTable table, ArioParameters parameters) {
        return new ArioModel(table, parameters, false, null);
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

    /**
     * Whether the step reads the industry's row of Z dense, a value for every buyer and no column
     * indices (a nearly dense table's rows; see docs/engine.md, "Why it is fast"), rather than
     * sparse, a value and an input entry per flow.
     */
    public boolean readsRowDense(int industry) {
        return denseRows.isDense(industry);
    }

    /**
     * Whether the step reads the industry's flows from a copy of its product's flows in buyer
     * order (a value, an input entry and a supplier slot per flow; large sparse tables), rather
     * than row by row, while none of the product's suppliers is restricted.
     */
    public boolean readsRowByBuyer(int industry) {
        return productColumns.keeps(productOf[industry]);
    }

    /** Productive capital of an industry (yearly table units), or NaN when the table gives none. */
    public double capital(int industry) {
        return capital == null ? Double.NaN : capital[industry];
    }

    private static void requireSector(List<String> sectors, String sector, String what) {
        if (!sectors.contains(sector)) {
            throw new IllegalArgumentException(what + " names sector '" + sector
                    + "', which the table does not have; sectors are "
                    + String.join(", ", sectors.subList(0, Math.min(20, sectors.size())))
                    + (sectors.size() > 20 ? ", ..." : ""));
        }
    }

    private static SparseMatrix scaled(SparseMatrix m, double factor) {
        double[] values = m.values().clone();
        for (int k = 0; k < values.length; k++) {
            values[k] = factor * values[k];
        }
        return new SparseMatrix(
                m.rows(), m.cols(), m.rowStart().clone(), m.columns().clone(), values);
    }

    private int[] productSplit(int parts) {
        int[] bounds = new int[parts + 1];
        for (int t = 1; t < parts; t++) {
            int at = Math.max(bounds[t - 1], (int) ((long) p * t / parts));
            while (at > bounds[t - 1] && at < p && productOf[rowsByProduct[at]] == productOf[rowsByProduct[at - 1]]) {
                at--;
            }
            bounds[t] = at;
        }
        bounds[parts] = p;
        return bounds;
    }

    /** Agg(Z) at (product, buyer): the yearly flow of the product to the buyer, 0 without one. */
    double zC(int product, int buyer) {
        int e = entries.find(product, buyer);
        return e < 0 ? 0 : zC[e];
    }

    /** Agg(A) at (product, buyer), 0 without a flow. */
    double aS(int product, int buyer) {
        int e = entries.find(product, buyer);
        return e < 0 ? 0 : aS[e];
    }

    private boolean[] inputMask(double threshold) {
        boolean[] mask = new boolean[entries.count];
        for (int e = 0; e < entries.count; e++) {
            mask[e] = zC[e] > threshold * x0[entries.buyer[e]];
        }
        return mask;
    }

    /** The table's substitutable pairs that have a flow, in entry order: a pair without one never binds. */
    private List<SubstitutableInput> substitutionsWithFlow(IoTable table) {
        return table.substitutions().stream()
                .filter(in -> entries.find(in.sector(), in.industry()) >= 0)
                .sorted(Comparator.comparingInt(in -> entries.find(in.sector(), in.industry())))
                .toList();
    }

    private double[] switchingSteps(IoTable table) {
        if (table.switchingLags().isEmpty()) {
            return null;
        }
        double[] steps = new double[s];
        Arrays.fill(steps, Double.NaN);
        for (SwitchingLag lag : table.switchingLags()) {
            steps[lag.sector()] = lag.days();
        }
        return steps;
    }

    /** α_max = max(α_b, 1 + spare share) and rate 1 / ramp days where the table gives them, the parameters' elsewhere. */
    private void spareCapacity(IoTable table) {
        Arrays.fill(alphaMaxOf, parameters.alphaMax());
        Arrays.fill(alphaRateOf, alphaRate);
        for (ProducerSpare spare : table.producerSpares()) {
            alphaMaxOf[spare.industry()] = Math.max(parameters.alphaBase(), 1 + spare.spareShare());
            alphaRateOf[spare.industry()] = 1.0 / spare.rampDays();
        }
    }

    /** {@link #isInput} without the substitutable entries, which bind by their own rule. */
    private boolean[] fixedInputs() {
        if (substitutionEntries.length == 0) {
            return isInput;
        }
        boolean[] fixed = isInput.clone();
        for (int e : substitutionEntries) {
            fixed[e] = false;
        }
        return fixed;
    }

    private double[] restorationRates(ArioParameters parameters) {
        double[] rates = new double[s];
        for (int sp = 0; sp < s; sp++) {
            double tau = parameters
                    .restorationTauBySector()
                    .getOrDefault(table.sectors().get(sp), parameters.inventoryRestorationTau());
            rates[sp] = parameters.kind() == ArioParameters.Kind.BASE ? 1 : 1 / tau;
        }
        return rates;
    }

    /** x · σ: the yearly outputs per step. */
    private static double[] scaled(double[] x, double sigma) {
        double[] x0 = new double[x.length];
        for (int i = 0; i < x.length; i++) {
            x0[i] = sigma * x[i];
        }
        return x0;
    }

    /** Fills the substitution arrays from the pairs with a flow (entry order); their inventory targets are their own. */
    private void substitutions(List<SubstitutableInput> substitutions, InventoryDurations durations) {
        for (int k = 0; k < substitutions.size(); k++) {
            SubstitutableInput in = substitutions.get(k);
            int e = entries.find(in.sector(), in.industry());
            substitutionEntries[k] = e;
            substitutable[k] = in.substitutable();
            substitutionSteps[k] = in.days();
            inventoryDuration[e] = durations.substitutable(in);
        }
    }

    private static boolean any(boolean[] flags) {
        boolean any = false;
        for (boolean b : flags) {
            any |= b;
        }
        return any;
    }
}
