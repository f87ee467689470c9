package org.lodestone.core.ario;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Optional;
import java.util.Random;
import java.util.stream.Stream;
import org.lodestone.core.mrio.FinalDemandColumn;
import org.lodestone.core.mrio.Industry;
import org.lodestone.core.mrio.IoTable;
import org.lodestone.core.mrio.SparseMatrix;
import org.lodestone.core.mrio.SyntheticMrio;

/**
 * Seeded tables for the engine's property tests: small synthetic monetary MRIOs, and random sparse
 * physical tables with the shapes real datasets have (a sector missing in a region, an industry
 * that buys nothing, one that sells only to final demand, and an idle one with x = 0). All entries
 * are integers, so x = row sums of [Z Y] is exact and the no-shock state is an equilibrium.
 */
final class SeededTables {

    static final long[] SEEDS = {1, 7, 42, 2024};
    private static final int[][] SIZES = {{3, 3}, {4, 3}, {5, 4}, {6, 5}};
    private static final List<String> REGIONS = List.of("north", "south", "west");
    private static final List<String> SECTORS = List.of("coal", "ore", "steel", "tools", "water");
    private static final List<String> CATEGORIES = List.of("government", "households");

    private SeededTables() {}

    /** One labelled table, so a parameterised test names the case that failed. */
    record Case(String name, IoTable table) {
        @Override
        public String toString() {
            return name;
        }
    }

    /** Synthetic MRIOs of 3×3 to 6×5 industries for every seed. */
    static Stream<Case> synthetic() {
        List<Case> cases = new ArrayList<>();
        for (long seed : SEEDS) {
            for (int[] size : SIZES) {
                cases.add(new Case(
                        "synthetic " + size[0] + "x" + size[1] + " seed " + seed,
                        SyntheticMrio.generate(size[0], size[1], seed)));
            }
        }
        return cases.stream();
    }

    /** Random sparse physical tables, one per seed. */
    static Stream<Case> physical() {
        return Arrays.stream(SEEDS).mapToObj(seed -> new Case("physical seed " + seed, sparsePhysical(seed)));
    }

    /** Both kinds. */
    static Stream<Case> all() {
        return Stream.concat(synthetic(), physical());
    }

    /**
     * A physical table on 3 regions × 5 sectors where south has no steel and about one industry
     * in six more is missing; Z has density about 0.45 with one industry that buys nothing
     * (zero column), one that sells only to final demand (zero row) and one idle (zero row,
     * column and final demand, so x = 0).
     */
    static IoTable sparsePhysical(long seed) {
        Random random = new Random(seed);
        List<Industry> industries = new ArrayList<>();
        for (String region : REGIONS) {
            for (String sector : SECTORS) {
                boolean missing = region.equals("south") && sector.equals("steel");
                if (!missing && random.nextDouble() < 0.85) {
                    industries.add(new Industry(region, sector));
                }
            }
        }
        int p = industries.size();
        int idle = random.nextInt(p);
        int buysNothing = (idle + 1) % p;
        int sellsNothing = (idle + 2) % p;
        double[] z = new double[p * p];
        for (int i = 0; i < p; i++) {
            for (int j = 0; j < p; j++) {
                boolean blocked = i == idle || j == idle || j == buysNothing || i == sellsNothing;
                if (!blocked && random.nextDouble() < 0.45) {
                    z[i * p + j] = 1 + random.nextInt(1000);
                }
            }
        }
        List<FinalDemandColumn> columns = new ArrayList<>();
        REGIONS.forEach(r -> CATEGORIES.forEach(c -> columns.add(new FinalDemandColumn(r, c))));
        int q = columns.size();
        double[] y = new double[p * q];
        for (int i = 0; i < p; i++) {
            if (i == idle) {
                continue;
            }
            for (int c = 0; c < q; c++) {
                y[i * q + c] = random.nextDouble() < 0.6 ? 1 + random.nextInt(3000) : 0;
            }
            y[i * q] += 1;
        }
        double[] x = new double[p];
        for (int i = 0; i < p; i++) {
            for (int j = 0; j < p; j++) {
                x[i] += z[i * p + j];
            }
            for (int c = 0; c < q; c++) {
                x[i] += y[i * q + c];
            }
        }
        return new IoTable(
                industries,
                columns,
                SparseMatrix.fromDense(p, p, z),
                SparseMatrix.fromDense(p, q, y),
                x,
                IoTable.Units.PHYSICAL,
                1,
                Optional.empty());
    }

    /** The first industry with x > 0 at or after {@code from} (mod P), for shocks on physical tables. */
    static int producing(IoTable table, int from) {
        double[] x = table.x();
        for (int k = 0; k < x.length; k++) {
            int i = (from + k) % x.length;
            if (x[i] > 0) {
                return i;
            }
        }
        throw new IllegalStateException("no industry produces");
    }
}
