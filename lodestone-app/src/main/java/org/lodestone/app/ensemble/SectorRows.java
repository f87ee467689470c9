package org.lodestone.app.ensemble;

import java.util.ArrayList;
import java.util.List;
import org.lodestone.core.ensemble.EnsembleSummary;
import org.lodestone.core.ensemble.MetricSummary;
import org.lodestone.core.shortfall.Role;

/**
 * The value at risk per (unit, sector) of an ensemble: for the coalition and each member, every
 * final measure it makes and values, with the distribution over the members of its value added
 * lost and of its gross output lost (US dollars of the layout's price year). The coalition's sector
 * is its members' sum in each run; per run a unit's sectors sum to its value added (gross output)
 * lost. The data files list every row; the table and the report only the rows that lost something
 * in some member ({@link #lost}), so a sector the scenario never reached is not a row of zeros.
 */
final class SectorRows {

    /**
     * One (unit, sector) distribution.
     *
     * @param unit    the unit's index in the layout
     * @param label   the unit's label (coalition id or member code)
     * @param role    the unit's role
     * @param sector  the final measure's commodity id
     * @param summary value added lost over the members, USD of the price year
     * @param gross   gross output lost over the members, USD of the price year
     */
    record Row(int unit, String label, Role role, String sector, MetricSummary summary, MetricSummary gross) {

        /** True when some member lost value in this sector. */
        boolean lostSomething() {
            return summary.max() > 0 || gross.max() > 0;
        }
    }

    private SectorRows() {}

    /** The rows with a value in some member, in layout order of units, then of commodities. */
    static List<Row> of(EnsembleSummary s) {
        List<Row> rows = new ArrayList<>();
        for (int u = 0; u < s.layout().units().size(); u++) {
            rows.addAll(of(s, u));
        }
        return rows;
    }

    /** The rows of unit u, in layout order of commodities. */
    static List<Row> of(EnsembleSummary s, int u) {
        List<Row> rows = new ArrayList<>();
        for (int c = 0; c < s.layout().commodities().size(); c++) {
            if (s.sectorValues(u, c).size() > 0) {
                rows.add(new Row(
                        u,
                        s.layout().units().get(u),
                        s.layout().roles().get(u),
                        s.layout().commodities().get(c),
                        s.sectorValues(u, c).summary(),
                        s.sectorGrossValues(u, c).summary()));
            }
        }
        return rows;
    }

    /** The rows of unit u that lost something in some member, in layout order of commodities. */
    static List<Row> lost(EnsembleSummary s, int u) {
        return of(s, u).stream().filter(Row::lostSomething).toList();
    }
}
