package org.lodestone.core.ario;

import java.util.Collections;
import java.util.Comparator;
import java.util.List;
import java.util.TreeSet;
import java.util.stream.IntStream;
import org.lodestone.core.mrio.IoTable;
import org.lodestone.core.mrio.SparseMatrix;

/**
 * What an {@link ArioModel} takes from its table's flows alone (industries, final-demand columns,
 * Z, x and capital), whatever the parameters and the table's substitutions, qualification lags,
 * spare capacity, final stocks and inventory days: the input entries, Agg(Z) and Agg(A) per
 * entry, the supplier order of the passes, the regions and the capital. Ensemble members that
 * vary only parameters or those per-pair numbers ({@link IoTable#sharesFlows}) share one, so a
 * member's model does not redo them (about 0.3 ms of its 0.8 ms binding on the bundled dataset).
 * Immutable: nothing writes into its arrays after construction.
 */
final class TableParts {

    final IoTable table;
    final int p;
    final int s;
    final int q;
    final int[] productOf;
    final int[] zRowStart;
    final int[] zColumns;
    final double[] zValues;
    /** Yearly gross output (the table's, copied once). */
    final double[] x;

    final InputEntries entries;
    /** Per entry: yearly flow of the product to the buyer, Agg(Z). */
    final double[] zC;
    /** Per entry: technical coefficient Agg(A). */
    final double[] aS;
    /** The industries ordered by product, ascending within a product. */
    final int[] rowsByProduct;

    final List<String> regionNames;
    final int[] regionOf;
    final int[] columnRegionOf;
    /** K per industry, or null when capital events are refused. */
    final double[] capital;

    private TableParts(IoTable table) {
        this.table = table;
        this.p = table.size();
        this.s = table.sectors().size();
        this.q = table.finalDemandColumns().size();
        this.productOf = productOf(table);
        SparseMatrix z = table.z();
        this.zRowStart = z.rowStart();
        this.zColumns = z.columns();
        this.zValues = z.values();
        this.x = table.x();
        this.entries = InputEntries.of(productOf, zRowStart, zColumns, p, s);
        this.zC = aggregate(false);
        this.aS = aggregate(true);
        this.rowsByProduct = IntStream.range(0, p)
                .boxed()
                .sorted(Comparator.comparingInt((Integer i) -> productOf[i]).thenComparingInt(i -> i))
                .mapToInt(Integer::intValue)
                .toArray();
        TreeSet<String> names = new TreeSet<>(table.regions());
        table.finalDemandColumns().forEach(c -> names.add(c.region()));
        this.regionNames = List.copyOf(names);
        this.regionOf = regionOf(table, regionNames);
        this.columnRegionOf = columnRegionOf(table, regionNames);
        this.capital = capital(table, x);
    }

    /** The parts of {@code table}: {@code like}'s when it was built from a table with the same flows, else new ones. */
    static TableParts of(IoTable table, TableParts like) {
        return like != null && like.table.sharesFlows(table) ? like : new TableParts(table);
    }

    private static int[] productOf(IoTable table) {
        int[] productOf = new int[table.size()];
        for (int i = 0; i < productOf.length; i++) {
            productOf[i] = table.productOf(i);
        }
        return productOf;
    }

    /** Agg(Z) (yearly) or Agg(A) with A = Z · (1/x), reciprocals of 0 taken as 0, per entry. */
    private double[] aggregate(boolean coefficients) {
        double[] reciprocal = new double[p];
        for (int j = 0; j < p; j++) {
            reciprocal[j] = x[j] == 0 ? 0 : 1 / x[j];
        }
        double[] agg = new double[entries.count];
        for (int i = 0; i < p; i++) {
            for (int k = zRowStart[i]; k < zRowStart[i + 1]; k++) {
                agg[entries.ofFlow[k]] += coefficients ? zValues[k] * reciprocal[zColumns[k]] : zValues[k];
            }
        }
        return agg;
    }

    private static int[] regionOf(IoTable table, List<String> regionNames) {
        int[] regionOf = new int[table.size()];
        for (int i = 0; i < regionOf.length; i++) {
            regionOf[i] = Collections.binarySearch(
                    regionNames, table.industries().get(i).region());
        }
        return regionOf;
    }

    private static int[] columnRegionOf(IoTable table, List<String> regionNames) {
        int[] columnRegionOf = new int[table.finalDemandColumns().size()];
        for (int c = 0; c < columnRegionOf.length; c++) {
            columnRegionOf[c] = Collections.binarySearch(
                    regionNames, table.finalDemandColumns().get(c).region());
        }
        return columnRegionOf;
    }

    /** K from the table, else 4 × value added for a monetary table, else null (capital events refused). */
    private static double[] capital(IoTable table, double[] x) {
        if (table.capital().isPresent()) {
            return table.capital().get();
        }
        if (table.units() != IoTable.Units.MONETARY) {
            return null;
        }
        double[] colSums = table.z().columnSums();
        double[] k = new double[x.length];
        for (int j = 0; j < k.length; j++) {
            k[j] = 4 * Math.max(0, x[j] - colSums[j]);
        }
        return k;
    }
}
