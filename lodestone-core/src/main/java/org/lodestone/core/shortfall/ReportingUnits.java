package org.lodestone.core.shortfall;

import java.util.ArrayList;
import java.util.Collection;
import java.util.List;
import java.util.Objects;
import java.util.Set;
import java.util.TreeSet;
import org.lodestone.core.mrio.Industry;
import org.lodestone.core.mrio.IoTable;

/**
 * The units a disruption is reported for: the coalition (its members' nodes together), each
 * member, then each region outside the coalition that has a node of the final commodity, in table
 * order; and the table's commodities (sectors) in table order.
 *
 * @param units       coalition first, then members (sorted), then the other producers of the final commodity
 * @param commodities the table's sectors, in table order: the index space of
 *                    {@link ReportingUnit#nodesByCommodity()}
 * @param finalCommodity the commodity whose delivery is measured
 */
public record ReportingUnits(List<ReportingUnit> units, List<String> commodities, String finalCommodity) {

    public ReportingUnits {
        units = List.copyOf(units);
        commodities = List.copyOf(commodities);
        Objects.requireNonNull(finalCommodity, "finalCommodity");
    }

    /**
     * The units of {@code table} for a coalition.
     *
     * @param coalition      the coalition's id (the first unit's label)
     * @param members        region codes of its members on the date
     * @param finalCommodity the sector whose output is the delivered final good
     */
    public static ReportingUnits of(
            IoTable table, String coalition, Collection<String> members, String finalCommodity) {
        Set<String> sorted = new TreeSet<>(members);
        List<ReportingUnit> units = new ArrayList<>();
        units.add(unit(table, coalition, Role.COALITION, sorted, finalCommodity));
        for (String member : sorted) {
            units.add(unit(table, member, Role.MEMBER, Set.of(member), finalCommodity));
        }
        for (Industry i : table.industries()) {
            if (i.sector().equals(finalCommodity) && !sorted.contains(i.region())) {
                units.add(unit(table, i.region(), Role.OTHER, Set.of(i.region()), finalCommodity));
            }
        }
        return new ReportingUnits(units, table.sectors(), finalCommodity);
    }

    /** Industry indices of {@code commodity}'s nodes in {@code regions} (those that exist), ascending. */
    public static int[] nodes(IoTable table, String commodity, Collection<String> regions) {
        return regions.stream()
                .mapToInt(r -> table.indexOf(r, commodity))
                .filter(i -> i >= 0)
                .sorted()
                .toArray();
    }

    /** The unit with this label. */
    public ReportingUnit unit(String label) {
        return units.stream()
                .filter(u -> u.label().equals(label))
                .findFirst()
                .orElseThrow(() -> new IllegalArgumentException("no reporting unit " + label));
    }

    /** Index of the unit with this label, or −1. */
    public int indexOf(String label) {
        for (int u = 0; u < units.size(); u++) {
            if (units.get(u).label().equals(label)) {
                return u;
            }
        }
        return -1;
    }

    private static ReportingUnit unit(
            IoTable table, String label, Role role, Set<String> regions, String finalCommodity) {
        int[][] byCommodity = new int[table.sectors().size()][];
        for (int c = 0; c < byCommodity.length; c++) {
            byCommodity[c] = nodes(table, table.sectors().get(c), regions);
        }
        return new ReportingUnit(label, role, nodes(table, finalCommodity, regions), byCommodity);
    }
}
