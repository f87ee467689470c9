package org.lodestone.core.ario;

import org.lodestone.core.mrio.IoTable;
import org.lodestone.core.mrio.SubstitutableInput;

/**
 * The inventory target, in steps of use, of each (input product, buying industry) pair
 * (ARIO-SPEC 2): the scenario's per-sector value, else the table's per-input value (a
 * substitutable pair's own), else the scenario's default; values ≤ 1 become 2.
 */
final class InventoryDurations {

    private final int p;
    private final double defaultDays;
    /** Per product: the scenario's value, or null. */
    private final Double[] bySector;
    /** The table, for its per-pair values ({@link IoTable#inventoryDays(int, int)}), NaN where it gives none. */
    private final IoTable table;

    InventoryDurations(IoTable table, ArioParameters parameters) {
        this.p = table.size();
        this.defaultDays = parameters.inventoryDays();
        int s = table.sectors().size();
        this.bySector = new Double[s];
        for (int sp = 0; sp < s; sp++) {
            bySector[sp] =
                    parameters.inventoryDaysBySector().get(table.sectors().get(sp));
        }
        this.table = table;
    }

    /** The target of (product, buyer). */
    double of(int product, int buyer) {
        Double sector = bySector[product];
        double d = sector != null
                ? sector
                : !Double.isNaN(table.inventoryDays(product, buyer))
                        ? table.inventoryDays(product, buyer)
                        : defaultDays;
        return d <= 1 ? 2 : d;
    }

    /** The target of a substitutable pair: the scenario's per-sector value, else the pair's, else the default. */
    double substitutable(SubstitutableInput in) {
        Double sector = bySector[in.sector()];
        double d = sector != null ? sector : !Double.isNaN(in.inventoryDays()) ? in.inventoryDays() : defaultDays;
        return d <= 1 ? 2 : d;
    }

    /** The target of every entry, in entry order (substitutable pairs still at {@link #of}). */
    double[] perEntry(InputEntries entries) {
        double[] days = new double[entries.count];
        for (int e = 0; e < entries.count; e++) {
            days[e] = of(entries.product[e], entries.buyer[e]);
        }
        return days;
    }

    /** Per buyer: whether a pair without a flow has an infinite target; visits S × P once, stores P. */
    boolean[] idleInfinite(InputEntries entries, int s) {
        boolean[] result = new boolean[p];
        int e = 0;
        for (int sp = 0; sp < s; sp++) {
            for (int j = 0; j < p; j++) {
                if (e < entries.count && entries.cell[e] == sp * p + j) {
                    e++;
                } else if (!result[j] && Double.isInfinite(of(sp, j))) {
                    result[j] = true;
                }
            }
        }
        return result;
    }

    /** The targets with +∞ (an input that never constrains) taken as 0. */
    static double[] constraintDurations(double[] inventoryDuration) {
        double[] d = new double[inventoryDuration.length];
        for (int k = 0; k < d.length; k++) {
            d[k] = Double.isInfinite(inventoryDuration[k]) ? 0 : inventoryDuration[k];
        }
        return d;
    }

    /** True per entry whose target is +∞. */
    static boolean[] infinite(double[] inventoryDuration) {
        boolean[] infinite = new boolean[inventoryDuration.length];
        for (int k = 0; k < infinite.length; k++) {
            infinite[k] = Double.isInfinite(inventoryDuration[k]);
        }
        return infinite;
    }
}
