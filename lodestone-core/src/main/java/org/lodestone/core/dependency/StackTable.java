package org.lodestone.core.dependency;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.Collections;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;
import java.util.Set;
import org.lodestone.core.model.Commodity;
import org.lodestone.core.model.CommodityId;
import org.lodestone.core.model.Dataset;
import org.lodestone.core.model.RecipeInput;
import org.lodestone.core.mrio.DatasetTables;
import org.lodestone.core.mrio.IoTable;
import org.lodestone.core.network.Network;

/**
 * An input-output table with what the dependency analytics need to know about its sectors: their
 * layer and unit, and which inputs are essential to which outputs. The same analytics then serve a
 * dataset (a physical table, one industry per node) and an MRIO folder (a monetary table).
 *
 * <p>In a physical table quantities of different sectors are in different units: the analytics
 * never add them across sectors, only shares and output losses relative to a baseline.
 */
public final class StackTable {

    private final IoTable table;
    private final List<Sector> sectors;
    private final boolean[] essential;
    private final List<String> regions;
    private final int[] regionOf;

    /**
     * @param table     the table
     * @param sectors   one per {@link IoTable#sectors()}, in that order
     * @param essential {@code essential[input · S + output]}: whether the output stops without the
     *                  input; S × S entries
     */
    public StackTable(IoTable table, List<Sector> sectors, boolean[] essential) {
        this.table = Objects.requireNonNull(table, "table");
        this.sectors = List.copyOf(sectors);
        int s = table.sectors().size();
        if (this.sectors.size() != s || essential.length != s * s) {
            throw new IllegalArgumentException(
                    "need one sector per table sector (" + s + ") and S x S essential flags");
        }
        for (int i = 0; i < s; i++) {
            if (!this.sectors.get(i).id().equals(table.sectors().get(i))) {
                throw new IllegalArgumentException(
                        "sector " + i + " is " + this.sectors.get(i).id() + ", the table has "
                                + table.sectors().get(i));
            }
        }
        this.essential = essential.clone();
        this.regions = table.regions();
        this.regionOf = new int[table.size()];
        for (int i = 0; i < table.size(); i++) {
            regionOf[i] =
                    Collections.binarySearch(regions, table.industries().get(i).region());
        }
    }

    /** The physical table of a dataset: layers, stages and units from its commodities, essential flags from its recipes. */
    public static StackTable of(Dataset dataset, Network network) {
        IoTable table = DatasetTables.of(dataset, network);
        Map<CommodityId, Commodity> commodities = dataset.commoditiesById();
        List<Sector> sectors = new ArrayList<>();
        for (String id : table.sectors()) {
            Commodity c = commodities.get(CommodityId.of(id));
            sectors.add(new Sector(id, c.name(), Optional.of(c.layer()), Optional.of(c.stage()), c.unit()));
        }
        int s = sectors.size();
        boolean[] essential = new boolean[s * s];
        Arrays.fill(essential, true);
        for (RecipeInput r : dataset.recipes()) {
            int in = Collections.binarySearch(table.sectors(), r.input().value());
            int out = Collections.binarySearch(table.sectors(), r.output().value());
            if (in >= 0 && out >= 0) {
                essential[in * s + out] = r.essential();
            }
        }
        return new StackTable(table, sectors, essential);
    }

    /** A monetary MRIO table: sectors without layers, measured in the table's money unit, every input essential. */
    public static StackTable monetary(IoTable table) {
        String unit = "money x "
                + (table.monetaryFactor() == 1
                        ? "1"
                        : String.format("%.0e", table.monetaryFactor())
                                .replace("e+0", "e")
                                .replace("e+", "e"));
        List<Sector> sectors = table.sectors().stream()
                .map(s -> new Sector(s, s, Optional.empty(), Optional.empty(), unit))
                .toList();
        boolean[] essential = new boolean[sectors.size() * sectors.size()];
        Arrays.fill(essential, true);
        return new StackTable(table, sectors, essential);
    }

    public IoTable table() {
        return table;
    }

    /** True when quantities may be added across sectors (a monetary table). */
    public boolean monetary() {
        return table.units() == IoTable.Units.MONETARY;
    }

    /** Number of industries P. */
    public int size() {
        return table.size();
    }

    /** The sectors, in the table's order. */
    public List<Sector> sectors() {
        return sectors;
    }

    /** Index of a sector id, or -1. */
    public int sectorIndex(String id) {
        int s = Collections.binarySearch(table.sectors(), id);
        return s >= 0 ? s : -1;
    }

    /** Sorted region names. */
    public List<String> regions() {
        return regions;
    }

    /** Index in {@link #regions()} of industry i's region. */
    public int regionOf(int industry) {
        return regionOf[industry];
    }

    /** Index in {@link #sectors()} of industry i's sector. */
    public int sectorOf(int industry) {
        return table.productOf(industry);
    }

    /** Region and sector of an industry, {@code REGION:sector}. */
    public String label(int industry) {
        return regions.get(regionOf[industry]) + ":" + table.sectors().get(sectorOf(industry));
    }

    /** Whether producers of {@code output} stop without {@code input} (sector indices). */
    public boolean essential(int input, int output) {
        return essential[input * sectors.size() + output];
    }

    /**
     * Output per industry on the given sector (all sectors when {@code sector < 0}) in the given
     * regions, zero elsewhere: the weights that aggregate a group of buyers.
     */
    public double[] outputOf(int sector, Set<String> inRegions) {
        double[] x = table.x();
        double[] selected = new double[x.length];
        for (int i = 0; i < x.length; i++) {
            if ((sector < 0 || sectorOf(i) == sector) && inRegions.contains(regions.get(regionOf[i]))) {
                selected[i] = x[i];
            }
        }
        return selected;
    }
}
