package org.lodestone.core.shortfall;

import java.util.Arrays;
import java.util.Objects;

/**
 * The coalition or one region, as the nodes whose output is followed: those of the final
 * commodity (AI compute) and, per commodity of the table, those in the unit's regions.
 *
 * @param label            the coalition id or a region code
 * @param role             coalition, member, or another region
 * @param finalNodes       industries of the final commodity in the unit's regions, ascending (may be empty)
 * @param nodesByCommodity per sector of the table (in table order), the unit's industries of it, ascending
 */
public record ReportingUnit(String label, Role role, int[] finalNodes, int[][] nodesByCommodity) {

    public ReportingUnit {
        Objects.requireNonNull(label, "label");
        Objects.requireNonNull(role, "role");
        finalNodes = finalNodes.clone();
        nodesByCommodity = Arrays.stream(nodesByCommodity).map(int[]::clone).toArray(int[][]::new);
    }

    /** True if the unit has a node of the final commodity, so that compute metrics exist. */
    public boolean hasFinalNodes() {
        return finalNodes.length > 0;
    }

    @Override
    public int[] finalNodes() {
        return finalNodes.clone();
    }

    @Override
    public int[][] nodesByCommodity() {
        return Arrays.stream(nodesByCommodity).map(int[]::clone).toArray(int[][]::new);
    }

    @Override
    public boolean equals(Object o) {
        return o instanceof ReportingUnit u
                && label.equals(u.label)
                && role == u.role
                && Arrays.equals(finalNodes, u.finalNodes)
                && Arrays.deepEquals(nodesByCommodity, u.nodesByCommodity);
    }

    @Override
    public int hashCode() {
        return Objects.hash(label, role, Arrays.hashCode(finalNodes), Arrays.deepHashCode(nodesByCommodity));
    }

    @Override
    public String toString() {
        return label + " (" + role.key() + ", " + finalNodes.length + " final nodes)";
    }
}
