package org.lodestone.app.ensemble;

import java.util.ArrayList;
import java.util.List;
import org.lodestone.core.ensemble.EnsembleSummary;
import org.lodestone.core.ensemble.MetricSummary;
import org.lodestone.core.shortfall.Role;

/**
 * The value at risk per (unit, sector) of an ensemble: for the coalition and each member, every
 * final measure it makes and values, with the distribution over the members of its value added
 * lost (US dollars of the layout's price year). The coalition's sector is its members' sum in each
 * run; per run a unit's sectors sum to its value added lost.
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
     */
    record Row(int unit, String label, Role role, String sector, MetricSummary summary) {}

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
                        s.sectorValues(u, c).summary()));
            }
        }
        return rows;
    }
}
