package org.lodestone.core.shortfall;

import java.util.List;
import java.util.Objects;

/**
 * What a {@link ShortfallRecorder} follows for a set of reporting units, which depends on the units
 * alone: each unit's final nodes and nodes per commodity, the nodes of any unit, and the (unit,
 * commodity) groups that hold nodes. Built once per {@link ReportingUnits} and shared, read-only,
 * by the recorders of an ensemble's members, so a member does not build it again (it was built
 * with streams once per member, and C2 compiled that code several times).
 */
public final class RecorderLayout {

    final ReportingUnits units;
    final int[][] finalNodes;
    final int[][][] nodesByCommodity;
    /** The nodes of any unit, ascending, each once. */
    final int[] nodes;
    /** The (unit, commodity) pairs that hold nodes, in unit then commodity order, and their nodes. */
    final int[] groupUnit;

    final int[] groupCommodity;
    final int[][] groupNodes;

    private RecorderLayout(ReportingUnits units) {
        this.units = Objects.requireNonNull(units, "units");
        List<ReportingUnit> list = units.units();
        int n = list.size();
        this.finalNodes = new int[n][];
        this.nodesByCommodity = new int[n][][];
        for (int u = 0; u < n; u++) {
            finalNodes[u] = list.get(u).finalNodes();
            nodesByCommodity[u] = list.get(u).nodesByCommodity();
        }
        this.nodes = usedNodes(finalNodes, nodesByCommodity);
        int commodities = units.commodities().size();
        int groups = countGroups(nodesByCommodity, commodities);
        this.groupUnit = new int[groups];
        this.groupCommodity = new int[groups];
        this.groupNodes = new int[groups][];
        int g = 0;
        for (int u = 0; u < n; u++) {
            for (int c = 0; c < commodities; c++) {
                if (nodesByCommodity[u][c].length > 0) {
                    groupUnit[g] = u;
                    groupCommodity[g] = c;
                    groupNodes[g] = nodesByCommodity[u][c];
                    g++;
                }
            }
        }
    }

    /** The layout of {@code units}. */
    public static RecorderLayout of(ReportingUnits units) {
        return new RecorderLayout(units);
    }

    /** The units this layout follows. */
    public ReportingUnits units() {
        return units;
    }

    /** The (unit, commodity) pairs among the first {@code commodities} commodities that hold nodes. */
    private static int countGroups(int[][][] nodesByCommodity, int commodities) {
        int groups = 0;
        for (int[][] byCommodity : nodesByCommodity) {
            for (int c = 0; c < commodities; c++) {
                groups += byCommodity[c].length > 0 ? 1 : 0;
            }
        }
        return groups;
    }

    /** The nodes of any unit, ascending, each once. */
    private static int[] usedNodes(int[][] finalNodes, int[][][] nodesByCommodity) {
        int size = 0;
        for (int u = 0; u < finalNodes.length; u++) {
            size = Math.max(size, limit(finalNodes[u]));
            for (int[] of : nodesByCommodity[u]) {
                size = Math.max(size, limit(of));
            }
        }
        boolean[] used = new boolean[size];
        for (int u = 0; u < finalNodes.length; u++) {
            mark(finalNodes[u], used);
            for (int[] of : nodesByCommodity[u]) {
                mark(of, used);
            }
        }
        int count = 0;
        for (boolean b : used) {
            count += b ? 1 : 0;
        }
        int[] nodes = new int[count];
        int k = 0;
        for (int i = 0; i < used.length; i++) {
            if (used[i]) {
                nodes[k++] = i;
            }
        }
        return nodes;
    }

    /** One past the largest node of {@code of}, 0 when empty. */
    private static int limit(int[] of) {
        int limit = 0;
        for (int i : of) {
            limit = Math.max(limit, i + 1);
        }
        return limit;
    }

    private static void mark(int[] of, boolean[] used) {
        for (int i : of) {
            used[i] = true;
        }
    }
}
