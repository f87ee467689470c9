package org.lodestone.bench;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Optional;
import java.util.SplittableRandom;
import org.lodestone.core.mrio.FinalDemandColumn;
import org.lodestone.core.mrio.Industry;
import org.lodestone.core.mrio.IoTable;
import org.lodestone.core.mrio.SparseMatrix;

/**
 * Seeded sparse supply networks at scale (a million nodes, tens of millions of links), built as
 * monetary {@link IoTable}s straight into CSR arrays, for benchmarks of the engine on networks far
 * sparser than an MRIO table.
 *
 * <p>Recipe: node k is industry (region {@code k / sectors}, sector {@code k % sectors}), named
 * {@code R%04d} and {@code S%04d}, so industries come out in the (region, sector) order
 * {@link IoTable} requires; the last region may hold fewer sectors. Supplier i gets
 * {@code ⌊(i+1)L/N⌋ − ⌊iL/N⌋} links (out-degrees differ by at most one and sum to exactly L);
 * each link goes, with probability {@value #DOMESTIC_SHARE}, to a buyer in the supplier's region
 * and otherwise to any node, redrawn until the row's buyers are distinct (in-degrees are then
 * roughly Poisson). A flow is {@code 1 + ⌊1000 · u³⌋} for a uniform u, so every link is a
 * non-zero flow. Each region has one final-demand category {@code final_demand}; supplier i sells
 * {@code 1 + ⌊1000 · ⌈L/N⌉ · u⌋} to its own region, plus whatever makes its output at least
 * {@code ⌈1.5 ×} its inputs (the column sum of Z), as in {@link org.lodestone.core.mrio.SyntheticMrio};
 * {@code x} is the row sum of [Z Y]. All values are integers below 2^53, so sums are exact.
 *
 * <p>Cost: O(N + L log(L/N)) time with one {@link SplittableRandom}, no boxing; memory is the
 * CSR of Z (12 bytes per link, 4 per node) plus two {@code long} arrays per node. A network of
 * 1,000,000 nodes and 10,000,000 links takes a few seconds and about 200 MB.
 */
public final class SparseNetworks {

    /** Names are zero-padded to four digits, so at most this many regions or sectors sort correctly. */
    public static final int MAX_NAMES = 10_000;
    /** The share of links that stay inside the supplier's region. */
    public static final double DOMESTIC_SHARE = 0.5;
    /** The money unit of generated tables (millions), as for synthetic MRIO tables. */
    public static final double MONETARY_FACTOR = 1e6;
    /** The name of each region's single final-demand category. */
    public static final String FINAL_DEMAND = "final_demand";

    private static final int MAX_LINKS = Integer.MAX_VALUE - 8;
    private static final double FLOW_WEIGHT = 1000.0;

    private final int nodes;
    private final long links;
    private final int sectors;
    private final int regions;
    private final SplittableRandom random;

    private SparseNetworks(int nodes, long links, int sectors, int regions, long seed) {
        this.nodes = nodes;
        this.links = links;
        this.sectors = sectors;
        this.regions = regions;
        this.random = new SplittableRandom(seed);
    }

    /**
     * Generates the network as a monetary table with exactly {@code links} non-zero flows.
     *
     * @param nodes   number of industries N (≥ 1)
     * @param links   number of non-zero flows L, 0 to min(N², 2^31 − 9)
     * @param sectors sectors per region (products), 1 to {@value #MAX_NAMES}
     * @param regions number of regions, 1 to {@value #MAX_NAMES}; every region must hold a node:
     *                {@code (regions − 1) · sectors < nodes ≤ regions · sectors}
     * @param seed    the seed; equal arguments give equal tables
     * @throws IllegalArgumentException if a count is out of range
     */
    public static IoTable generate(int nodes, long links, int sectors, int regions, long seed) {
        requireRange("sectors", sectors, 1, MAX_NAMES, "");
        requireRange("regions", regions, 1, MAX_NAMES, "");
        requireRange(
                "nodes",
                nodes,
                (long) (regions - 1) * sectors + 1,
                (long) regions * sectors,
                " (every one of the " + regions + " regions of " + sectors
                        + " sectors must hold a node). Maybe regions = " + ((nodes + (long) sectors - 1) / sectors));
        requireRange(
                "links", links, 0, Math.min((long) nodes * nodes, MAX_LINKS), " (N² and the 2^31 limit of CSR arrays)");
        return new SparseNetworks(nodes, links, sectors, regions, seed).table();
    }

    private static void requireRange(String what, long value, long min, long max, String hint) {
        if (value < min || value > max) {
            throw new IllegalArgumentException(
                    what + " must be between " + min + " and " + max + ", was " + value + hint);
        }
    }

    private IoTable table() {
        int[] rowStart = new int[nodes + 1];
        for (int i = 0; i < nodes; i++) {
            rowStart[i + 1] = (int) ((i + 1) * links / nodes);
        }
        int[] columns = new int[rowStart[nodes]];
        double[] values = new double[columns.length];
        long[] rowSums = new long[nodes];
        long[] colSums = new long[nodes];
        for (int i = 0; i < nodes; i++) {
            fillRow(i, rowStart[i], rowStart[i + 1], columns, values, rowSums, colSums);
        }
        SparseMatrix z = new SparseMatrix(nodes, nodes, rowStart, columns, values);
        double[] y = new double[nodes];
        double[] x = new double[nodes];
        double yWeight = FLOW_WEIGHT * Math.max(1, (links + nodes - 1) / nodes);
        for (int i = 0; i < nodes; i++) {
            long sales = 1 + (long) Math.floor(yWeight * random.nextDouble());
            long deficit = (3 * colSums[i] + 1) / 2 - rowSums[i] - sales;
            sales += Math.max(deficit, 0);
            y[i] = sales;
            x[i] = rowSums[i] + sales;
        }
        return new IoTable(
                industries(),
                finalDemandColumns(),
                z,
                finalDemand(y),
                x,
                IoTable.Units.MONETARY,
                MONETARY_FACTOR,
                Optional.empty());
    }

    /** Row i: distinct sorted buyers in {@code columns[from, to)}, their flows, and the running sums. */
    private void fillRow(int i, int from, int to, int[] columns, double[] values, long[] rowSums, long[] colSums) {
        int degree = to - from;
        if (degree > nodes / 4) {
            selectAll(from, degree, columns);
        } else {
            drawBuyers(i, from, degree, columns);
        }
        long sum = 0;
        for (int k = from; k < to; k++) {
            double u = random.nextDouble();
            long flow = 1 + (long) Math.floor(FLOW_WEIGHT * (u * u * u));
            values[k] = flow;
            sum += flow;
            colSums[columns[k]] += flow;
        }
        rowSums[i] = sum;
    }

    /** Few buyers: draw, sort, drop repeats and redraw the missing ones from all nodes. */
    private void drawBuyers(int i, int from, int degree, int[] columns) {
        int regionStart = (i / sectors) * sectors;
        int regionSize = Math.min(sectors, nodes - regionStart);
        for (int k = from; k < from + degree; k++) {
            boolean domestic = random.nextDouble() < DOMESTIC_SHARE;
            columns[k] = domestic ? regionStart + random.nextInt(regionSize) : random.nextInt(nodes);
        }
        int distinct = sortDistinct(columns, from, from + degree);
        while (distinct < degree) {
            for (int k = from + distinct; k < from + degree; k++) {
                columns[k] = random.nextInt(nodes);
            }
            distinct = sortDistinct(columns, from, from + degree);
        }
    }

    /** Sorts {@code a[from, to)}, moves its distinct values to the front and returns how many there are. */
    private static int sortDistinct(int[] a, int from, int to) {
        Arrays.sort(a, from, to);
        int out = from;
        for (int k = from; k < to; k++) {
            if (k == from || a[k] != a[out - 1]) {
                a[out++] = a[k];
            }
        }
        return out - from;
    }

    /** Many buyers (a dense row): selection sampling (Knuth's Algorithm S), in increasing order. */
    private void selectAll(int from, int degree, int[] columns) {
        int chosen = 0;
        for (int j = 0; j < nodes && chosen < degree; j++) {
            if (random.nextInt(nodes - j) < degree - chosen) {
                columns[from + chosen++] = j;
            }
        }
    }

    /** Y: one entry per supplier, in its own region's column. */
    private SparseMatrix finalDemand(double[] y) {
        int[] rowStart = new int[nodes + 1];
        int[] cols = new int[nodes];
        for (int i = 0; i < nodes; i++) {
            rowStart[i + 1] = i + 1;
            cols[i] = i / sectors;
        }
        return new SparseMatrix(nodes, regions, rowStart, cols, y);
    }

    private List<Industry> industries() {
        String[] regionNames = names("R%04d", regions);
        String[] sectorNames = names("S%04d", sectors);
        List<Industry> industries = new ArrayList<>(nodes);
        for (int k = 0; k < nodes; k++) {
            industries.add(new Industry(regionNames[k / sectors], sectorNames[k % sectors]));
        }
        return industries;
    }

    private List<FinalDemandColumn> finalDemandColumns() {
        List<FinalDemandColumn> columns = new ArrayList<>(regions);
        for (String region : names("R%04d", regions)) {
            columns.add(new FinalDemandColumn(region, FINAL_DEMAND));
        }
        return columns;
    }

    private static String[] names(String format, int count) {
        String[] names = new String[count];
        for (int n = 0; n < count; n++) {
            names[n] = String.format(format, n);
        }
        return names;
    }
}
