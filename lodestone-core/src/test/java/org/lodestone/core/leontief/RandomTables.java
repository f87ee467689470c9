package org.lodestone.core.leontief;

import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.Random;
import java.util.TreeSet;
import org.lodestone.core.mrio.FinalDemandColumn;
import org.lodestone.core.mrio.Industry;
import org.lodestone.core.mrio.IoTable;
import org.lodestone.core.mrio.SparseMatrix;
import org.lodestone.core.mrio.SyntheticMrio;

/**
 * Seeded random tables for the oracle tests: sparse tables with cycles, a sector missing in some
 * regions and final demand everywhere, so that {@code x = Z·1 + Y·1 > Z·1} and the table is
 * productive (then {@code A·x < x}, so ρ(A) &lt; 1 by Collatz–Wielandt).
 */
public final class RandomTables {

    public static final long[] SEEDS = {1, 7, 42, 2024, 31337};

    private RandomTables() {}

    /** A random table of up to {@code regions × sectors} industries (some pairs left out). */
    public static IoTable random(long seed, int regions, int sectors, IoTable.Units units) {
        Random random = new Random(seed);
        TreeSet<String> labels = new TreeSet<>();
        List<Industry> industries = new ArrayList<>();
        for (int r = 0; r < regions; r++) {
            for (int s = 0; s < sectors; s++) {
                if (s == 0 || random.nextDouble() < 0.8) {
                    industries.add(new Industry("R" + r, "s" + s));
                    labels.add("R" + r);
                }
            }
        }
        int p = industries.size();
        double[] z = new double[p * p];
        for (int i = 0; i < p; i++) {
            for (int j = 0; j < p; j++) {
                z[i * p + j] = random.nextDouble() < 0.35 ? Math.floor(1 + 100 * random.nextDouble()) : 0;
            }
        }
        List<FinalDemandColumn> columns =
                labels.stream().map(r -> new FinalDemandColumn(r, "final")).toList();
        double[] y = new double[p * columns.size()];
        double[] x = new double[p];
        for (int i = 0; i < p; i++) {
            y[i * columns.size() + random.nextInt(columns.size())] = Math.floor(1 + 200 * random.nextDouble());
            for (int j = 0; j < p; j++) {
                x[i] += z[i * p + j];
            }
            for (int q = 0; q < columns.size(); q++) {
                x[i] += y[i * columns.size() + q];
            }
        }
        return new IoTable(
                industries,
                columns,
                SparseMatrix.fromDense(p, p, z),
                SparseMatrix.fromDense(p, columns.size(), y),
                x,
                units,
                units == IoTable.Units.MONETARY ? 1e6 : 1,
                Optional.empty());
    }

    /** The synthetic MRIO of the reference generator, n × m industries. */
    public static IoTable synthetic(long seed, int regions, int sectors) {
        return SyntheticMrio.generate(regions, sectors, seed);
    }
}
