package org.lodestone.planner;

import java.util.List;
import java.util.Optional;
import org.lodestone.core.mrio.FinalDemandColumn;
import org.lodestone.core.mrio.Industry;
import org.lodestone.core.mrio.IoTable;
import org.lodestone.core.mrio.SparseMatrix;

/**
 * The planner tests' three-industry table, in units per year: A makes 10 compute a day from 5 ore of
 * C and 5 of D; C and D each make 100 ore a day, 95 of it for their own final demand. Cutting C
 * from A leaves A to re-source from D, whose spare output is what the tests derive by hand.
 */
final class OreSuppliers {

    /** Days in the table's year: flows are a day's flow times this. */
    static final double DAYS = 365;

    private OreSuppliers() {}

    static IoTable table() {
        SparseMatrix z = new SparseMatrix.Builder(3, 3)
                .add(1, 0, 5 * DAYS)
                .add(2, 0, 5 * DAYS)
                .build();
        SparseMatrix y = new SparseMatrix.Builder(3, 3)
                .add(0, 0, 10 * DAYS)
                .add(1, 1, 95 * DAYS)
                .add(2, 2, 95 * DAYS)
                .build();
        return new IoTable(
                List.of(new Industry("A", "compute"), new Industry("C", "ore"), new Industry("D", "ore")),
                List.of(
                        new FinalDemandColumn("A", "final"),
                        new FinalDemandColumn("C", "final"),
                        new FinalDemandColumn("D", "final")),
                z,
                y,
                new double[] {10 * DAYS, 100 * DAYS, 100 * DAYS},
                IoTable.Units.PHYSICAL,
                1,
                Optional.empty());
    }
}
