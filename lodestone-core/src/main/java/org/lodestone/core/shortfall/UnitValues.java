package org.lodestone.core.shortfall;

import java.util.Arrays;
import java.util.HashSet;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import org.lodestone.core.model.Commodity;
import org.lodestone.core.model.CommodityId;
import org.lodestone.core.model.Dataset;
import org.lodestone.core.model.RegionId;
import org.lodestone.core.model.UnitValue;

/**
 * What one unit of output is worth to each reporting unit: per unit and commodity, the US dollars
 * of value added per unit of the commodity made ({@code values.csv}: value per unit × value-added
 * share), for the final measures of the dataset made by a member's nodes; NaN elsewhere. A
 * member's value added lost is Σ_c weight × units lost, units lost = Σ_t max(0, 1 − s_t) × X0 of
 * its nodes of c; the coalition's is the sum over its members (never a loss of the pooled output,
 * which would let one member's surplus hide another's loss), as the stress test counts it. Gross
 * output lost is the same sum with the value per unit alone (no value-added share), shown beside it.
 *
 * @param usdPerUnit      per unit (in {@link ReportingUnits#units()} order) and commodity (in
 *                        {@link ReportingUnits#commodities()} order), USD of value added per unit;
 *                        NaN when not valued
 * @param grossUsdPerUnit the same, USD of gross output (value per unit); NaN when not valued
 * @param priceYear       the year whose dollars these are; 0 when nothing is valued
 */
public record UnitValues(double[][] usdPerUnit, double[][] grossUsdPerUnit, int priceYear) {

    public UnitValues {
        usdPerUnit = copy(usdPerUnit);
        grossUsdPerUnit = copy(grossUsdPerUnit);
        if (grossUsdPerUnit.length != usdPerUnit.length) {
            throw new IllegalArgumentException("need gross values for the " + usdPerUnit.length + " units");
        }
    }

    private static double[][] copy(double[][] w) {
        return Arrays.stream(w).map(double[]::clone).toArray(double[][]::new);
    }

    /** No values: every value at risk is NaN. */
    public static UnitValues none(ReportingUnits units) {
        double[][] w = new double[units.units().size()][units.commodities().size()];
        for (double[] row : w) {
            Arrays.fill(row, Double.NaN);
        }
        return new UnitValues(w, w, 0);
    }

    /**
     * The values of {@code dataset}'s final measures for the members among {@code units}. When
     * the dataset values them in more than one price year, nothing is valued (dollars of different
     * years are not added), as the stress test leaves such totals out.
     */
    public static UnitValues of(ReportingUnits units, Dataset dataset) {
        UnitValues values = none(units);
        Set<Integer> years = new HashSet<>();
        List<String> commodities = units.commodities();
        for (int u = 0; u < units.units().size(); u++) {
            ReportingUnit unit = units.units().get(u);
            if (unit.role() != Role.MEMBER) {
                continue;
            }
            int[][] nodes = unit.nodesByCommodity();
            for (int c = 0; c < commodities.size(); c++) {
                Optional<UnitValue> value = nodes[c].length == 0
                        ? Optional.empty()
                        : measure(dataset, commodities.get(c))
                                .flatMap(m -> dataset.value(m, RegionId.of(unit.label())));
                if (value.isPresent()) {
                    values.usdPerUnit[u][c] = value.get().valueAddedPerUnitUsd();
                    values.grossUsdPerUnit[u][c] = value.get().valuePerUnitUsd();
                    years.add(value.get().priceYear());
                }
            }
        }
        return years.size() == 1
                ? new UnitValues(
                        values.usdPerUnit,
                        values.grossUsdPerUnit,
                        years.iterator().next())
                : none(units);
    }

    private static Optional<CommodityId> measure(Dataset dataset, String commodity) {
        return dataset.commodities().stream()
                .filter(Commodity::finalMeasure)
                .map(Commodity::id)
                .filter(id -> id.value().equals(commodity))
                .findFirst();
    }

    /**
     * True when unit u of {@code units} has a valued final measure: a member that makes one, or
     * the coalition when one of its members does; never a region outside the coalition.
     */
    public boolean valued(ReportingUnits units, int u) {
        Role role = units.units().get(u).role();
        if (role == Role.COALITION) {
            for (int m = 0; m < usdPerUnit.length; m++) {
                if (units.units().get(m).role() == Role.MEMBER && valued(units, m)) {
                    return true;
                }
            }
            return false;
        }
        return Arrays.stream(usdPerUnit[u]).anyMatch(v -> !Double.isNaN(v));
    }

    /** USD of value added per unit of commodity c made by unit u, NaN when not valued. */
    public double usdPerUnit(int u, int c) {
        return usdPerUnit[u][c];
    }

    /** USD of gross output (value per unit) of commodity c made by unit u, NaN when not valued. */
    public double grossUsdPerUnit(int u, int c) {
        return grossUsdPerUnit[u][c];
    }

    @Override
    public double[][] usdPerUnit() {
        return copy(usdPerUnit);
    }

    @Override
    public double[][] grossUsdPerUnit() {
        return copy(grossUsdPerUnit);
    }

    @Override
    public boolean equals(Object o) {
        return o instanceof UnitValues v
                && priceYear == v.priceYear
                && Arrays.deepEquals(usdPerUnit, v.usdPerUnit)
                && Arrays.deepEquals(grossUsdPerUnit, v.grossUsdPerUnit);
    }

    @Override
    public int hashCode() {
        return 31 * (31 * Arrays.deepHashCode(usdPerUnit) + Arrays.deepHashCode(grossUsdPerUnit)) + priceYear;
    }

    @Override
    public String toString() {
        return "UnitValues[" + usdPerUnit.length + " units, USD " + priceYear + "]";
    }
}
