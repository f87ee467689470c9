package org.lodestone.core.mrio;

import java.util.ArrayList;
import java.util.Collections;
import java.util.Comparator;
import java.util.HashSet;
import java.util.List;
import java.util.Objects;
import java.util.Optional;
import java.util.Set;
import java.util.TreeSet;

/**
 * An input-output system the disruption engine runs on: industries (region × sector), yearly
 * intermediate flows {@code Z} (row = supplier, column = buyer), yearly final demand {@code Y}
 * and gross output {@code x}. It is either a monetary multi-regional table (MRIO) or the physical
 * network of a Lodestone dataset, where each sector is a commodity and not every region has every
 * sector.
 *
 * <p>Industries are sorted on (region, sector) and final-demand columns on (region, category), as
 * the reference implementation sorts them; each industry's <em>product</em> is the index of its
 * sector in the sorted sector list.
 */
public final class IoTable {

    /** Final-demand ordering and industry ordering: lexicographic on the two names. */
    public static final Comparator<Industry> INDUSTRY_ORDER =
            Comparator.comparing(Industry::region).thenComparing(Industry::sector);

    private final List<Industry> industries;
    private final List<String> sectors;
    private final int[] productOf;
    private final List<FinalDemandColumn> finalDemandColumns;
    private final SparseMatrix z;
    private final SparseMatrix y;
    private final double[] x;
    private final Units units;
    private final double monetaryFactor;
    private final double[] capital;
    private final double[] inventoryDays;
    private final List<SubstitutableInput> substitutions;
    private final List<SwitchingLag> switchingLags;
    private final List<ProducerSpare> producerSpares;
    private final List<FinalBuyerStock> finalStocks;

    /** What the numbers of a table measure. */
    public enum Units {
        /** Money: the technology threshold and the default capital (4 × value added) apply. */
        MONETARY,
        /** Physical quantities that differ by sector: no cross-sector thresholds, capital must be given. */
        PHYSICAL
    }

    /**
     * @param industries         sorted on (region, sector), no duplicates
     * @param finalDemandColumns sorted on (region, category), no duplicates
     * @param z                  P × P yearly flows
     * @param y                  P × Q yearly final demand
     * @param x                  P yearly gross output
     * @param units              monetary or physical
     * @param monetaryFactor     the table's money unit (1e6 for millions); 1 for physical tables
     * @param capital            productive capital per industry, or empty for the default
     *                           (4 × value added, monetary tables only)
     */
    public IoTable(
            List<Industry> industries,
            List<FinalDemandColumn> finalDemandColumns,
            SparseMatrix z,
            SparseMatrix y,
            double[] x,
            Units units,
            double monetaryFactor,
            Optional<double[]> capital) {
        this.industries = List.copyOf(industries);
        this.finalDemandColumns = List.copyOf(finalDemandColumns);
        int p = this.industries.size();
        requireSorted(this.industries, INDUSTRY_ORDER, "industries");
        requireSorted(
                this.finalDemandColumns,
                Comparator.comparing(FinalDemandColumn::region).thenComparing(FinalDemandColumn::category),
                "final-demand columns");
        if (z.rows() != p
                || z.cols() != p
                || y.rows() != p
                || y.cols() != this.finalDemandColumns.size()
                || x.length != p) {
            throw new IllegalArgumentException("Z must be " + p + " x " + p + ", Y " + p + " x "
                    + this.finalDemandColumns.size() + " and x of length " + p);
        }
        this.sectors = List.copyOf(
                new TreeSet<>(this.industries.stream().map(Industry::sector).toList()));
        this.productOf = new int[p];
        for (int i = 0; i < p; i++) {
            productOf[i] =
                    Collections.binarySearch(sectors, this.industries.get(i).sector());
        }
        this.z = z;
        this.y = y;
        this.x = x.clone();
        this.units = Objects.requireNonNull(units, "units");
        this.monetaryFactor = monetaryFactor;
        this.capital = capital.map(double[]::clone).orElse(null);
        if (this.capital != null && this.capital.length != p) {
            throw new IllegalArgumentException("capital must have one entry per industry (" + p + ")");
        }
        this.inventoryDays = null;
        this.substitutions = List.of();
        this.switchingLags = List.of();
        this.producerSpares = List.of();
        this.finalStocks = List.of();
    }

    private IoTable(IoTable base, double[] inventoryDays, List<SubstitutableInput> substitutions) {
        this(base, inventoryDays, substitutions, base.switchingLags, base.producerSpares, base.finalStocks);
    }

    private IoTable(
            IoTable base,
            double[] inventoryDays,
            List<SubstitutableInput> substitutions,
            List<SwitchingLag> switchingLags,
            List<ProducerSpare> producerSpares,
            List<FinalBuyerStock> finalStocks) {
        this.industries = base.industries;
        this.sectors = base.sectors;
        this.productOf = base.productOf;
        this.finalDemandColumns = base.finalDemandColumns;
        this.z = base.z;
        this.y = base.y;
        this.x = base.x;
        this.units = base.units;
        this.monetaryFactor = base.monetaryFactor;
        this.capital = base.capital;
        this.inventoryDays = inventoryDays;
        this.substitutions = substitutions;
        this.switchingLags = switchingLags;
        this.producerSpares = producerSpares;
        this.finalStocks = finalStocks;
    }

    /**
     * This table with target inventories given per (input product, buying industry), in days,
     * stored as {@code [s * P + j]}; NaN where the model's default applies, {@code +Infinity} for
     * an input that never constrains. A physical dataset gives them per recipe input.
     */
    public IoTable withInventoryDays(double[] days) {
        if (days.length != sectors.size() * size()) {
            throw new IllegalArgumentException(
                    "inventory days must have S x P = " + sectors.size() * size() + " entries");
        }
        return new IoTable(this, days.clone(), substitutions);
    }

    /**
     * This table with partial substitution of some (input product, buying industry) pairs. A
     * pair without a flow is ignored by the engine.
     *
     * @throws IllegalArgumentException if a pair is outside the table or given twice
     */
    public IoTable withSubstitutions(List<SubstitutableInput> inputs) {
        Set<Long> seen = new HashSet<>();
        for (SubstitutableInput in : inputs) {
            if (in.sector() >= sectors.size() || in.industry() >= size()) {
                throw new IllegalArgumentException("substitution of sector " + in.sector() + " at industry "
                        + in.industry() + " is outside the table (" + sectors.size() + " sectors, " + size()
                        + " industries)");
            }
            if (!seen.add((long) in.sector() * size() + in.industry())) {
                throw new IllegalArgumentException(
                        "substitution of sector " + in.sector() + " at industry " + in.industry() + " is given twice");
            }
        }
        return new IoTable(this, inventoryDays, List.copyOf(inputs));
    }

    /** The pairs that can partly do without their input ({@link #withSubstitutions}); empty for most tables. */
    public List<SubstitutableInput> substitutions() {
        return substitutions;
    }

    /**
     * This table with supplier qualification lags for some products and spare capacity for some
     * industries (see {@link SwitchingLag}, {@link ProducerSpare}); empty lists keep version 1.
     *
     * @throws IllegalArgumentException if a product or industry is outside the table or given twice
     */
    public IoTable withSupplyResponse(List<SwitchingLag> lags, List<ProducerSpare> spares) {
        Set<Integer> sectorsSeen = new HashSet<>();
        for (SwitchingLag lag : lags) {
            if (lag.sector() >= sectors.size() || !sectorsSeen.add(lag.sector())) {
                throw new IllegalArgumentException("switching lag of sector " + lag.sector() + " is outside the table ("
                        + sectors.size() + " sectors) or given twice");
            }
        }
        Set<Integer> industriesSeen = new HashSet<>();
        for (ProducerSpare spare : spares) {
            if (spare.industry() >= size() || !industriesSeen.add(spare.industry())) {
                throw new IllegalArgumentException("spare capacity of industry " + spare.industry()
                        + " is outside the table (" + size() + " industries) or given twice");
            }
        }
        return new IoTable(this, inventoryDays, substitutions, List.copyOf(lags), List.copyOf(spares), finalStocks);
    }

    /** The products whose buyers switch suppliers with a lag ({@link #withSupplyResponse}); empty for most tables. */
    public List<SwitchingLag> switchingLags() {
        return switchingLags;
    }

    /** The industries with their own spare capacity ({@link #withSupplyResponse}); empty for most tables. */
    public List<ProducerSpare> producerSpares() {
        return producerSpares;
    }

    /**
     * This table with stocks held by final buyers of some (product, final-demand column) pairs;
     * every other pair holds none.
     *
     * @throws IllegalArgumentException if a pair is outside the table or given twice
     */
    public IoTable withFinalStocks(List<FinalBuyerStock> stocks) {
        Set<Long> seen = new HashSet<>();
        for (FinalBuyerStock st : stocks) {
            if (st.sector() >= sectors.size() || st.column() >= finalDemandColumns.size()) {
                throw new IllegalArgumentException("final stock of sector " + st.sector() + " in column "
                        + st.column() + " is outside the table (" + sectors.size() + " sectors, "
                        + finalDemandColumns.size() + " final-demand columns)");
            }
            if (!seen.add((long) st.sector() * finalDemandColumns.size() + st.column())) {
                throw new IllegalArgumentException(
                        "final stock of sector " + st.sector() + " in column " + st.column() + " is given twice");
            }
        }
        return new IoTable(this, inventoryDays, substitutions, switchingLags, producerSpares, List.copyOf(stocks));
    }

    /** The stocks final buyers hold ({@link #withFinalStocks}); empty for most tables. */
    public List<FinalBuyerStock> finalStocks() {
        return finalStocks;
    }

    /**
     * True when {@code other} has this table's flows: the same industries, final-demand columns,
     * Z, Y, x, units and capital, as a table made from this one (or both from one table) by the
     * {@code with*} methods, which share them. A cheap identity test, not a comparison of values:
     * tables built apart answer false even when their numbers are equal.
     */
    public boolean sharesFlows(IoTable other) {
        return other == this
                || (industries == other.industries
                        && finalDemandColumns == other.finalDemandColumns
                        && z == other.z
                        && y == other.y
                        && x == other.x
                        && units == other.units
                        && Double.compare(monetaryFactor, other.monetaryFactor) == 0
                        && capital == other.capital);
    }

    /**
     * The target inventory days of one (input product, buying industry) pair, NaN where the table
     * gives none: {@link #inventoryDays()} without copying all S × P of them.
     */
    public double inventoryDays(int sector, int industry) {
        return inventoryDays == null ? Double.NaN : inventoryDays[sector * size() + industry];
    }

    /** Target inventory days per (input product, buying industry) if the table gives them (a copy). */
    public Optional<double[]> inventoryDays() {
        return Optional.ofNullable(inventoryDays).map(double[]::clone);
    }

    private static <T> void requireSorted(List<T> list, Comparator<T> order, String what) {
        for (int i = 1; i < list.size(); i++) {
            if (order.compare(list.get(i - 1), list.get(i)) >= 0) {
                throw new IllegalArgumentException(
                        what + " must be sorted and unique; " + list.get(i - 1) + " comes before " + list.get(i));
            }
        }
    }

    /** Number of industries P. */
    public int size() {
        return industries.size();
    }

    public List<Industry> industries() {
        return industries;
    }

    /** Sorted distinct sector names; the products of the table. */
    public List<String> sectors() {
        return sectors;
    }

    /** Sorted distinct region names. */
    public List<String> regions() {
        return new ArrayList<>(
                new TreeSet<>(industries.stream().map(Industry::region).toList()));
    }

    /** Index in {@link #sectors()} of industry i's sector. */
    public int productOf(int industry) {
        return productOf[industry];
    }

    public List<FinalDemandColumn> finalDemandColumns() {
        return finalDemandColumns;
    }

    /** Yearly intermediate flows, row = supplier, column = buyer. */
    public SparseMatrix z() {
        return z;
    }

    /** Yearly final demand, P × Q. */
    public SparseMatrix y() {
        return y;
    }

    /** Yearly gross output (a copy). */
    public double[] x() {
        return x.clone();
    }

    public Units units() {
        return units;
    }

    public double monetaryFactor() {
        return monetaryFactor;
    }

    /** Productive capital per industry if the table gives it (a copy). */
    public Optional<double[]> capital() {
        return Optional.ofNullable(capital).map(double[]::clone);
    }

    /** The index of an industry, or -1. O(log P). */
    public int indexOf(String region, String sector) {
        int i = Collections.binarySearch(industries, new Industry(region, sector), INDUSTRY_ORDER);
        return i >= 0 ? i : -1;
    }
}
