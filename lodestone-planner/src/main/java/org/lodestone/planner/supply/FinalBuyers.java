package org.lodestone.planner.supply;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import org.lodestone.core.ario.ArioParameters;
import org.lodestone.core.mrio.FinalBuyerStock;
import org.lodestone.core.mrio.SparseMatrix;

/**
 * Final buyers in the linear model (docs/plan-format.md, "Final buyers"): the orders they add to
 * their suppliers' load, per period, when restrictions block part of what they buy. The linear
 * model holds final demand fixed (it has no variables for it), so these orders are computed ahead
 * of the LP, per (product, final-demand column):
 *
 * <ul>
 *   <li><b>re-sourcing</b> ({@code qualification.csv}): of the final demand blocked at restricted
 *       suppliers, the share q̄ ({@link Qualification#columnReached}) is ordered from the column's
 *       suppliers nothing blocks, in proportion to its baseline purchases from them, as the
 *       engine's {@code SupplierSwitching.resourceFinalDemand}; a product without a lag moves
 *       nothing (blocked final demand goes unmet);
 *   <li><b>stocks</b> ({@code final_stocks.csv}, D days of use): as in the engine's
 *       {@code FinalStocks}, each purchase of the column from one supplier (an entry of F) holds
 *       D × its use u (u after re-sourcing: less q̄ of its blocked part at a restricted supplier,
 *       plus its part of what is moved at a free one); it draws what is not delivered and orders
 *       {@code (u + refill) × (1 − blocked)}, refill = r × (D u − stock), r = 1 / τ of the
 *       product's restoration time (at most the whole gap in a period). The refill orders load
 *       the supplier: a stock run down at a blocked supplier is never refilled from another, while
 *       re-sourced purchases raise the free supplier's entry's target and so its refill.
 * </ul>
 *
 * Where it approximates: baseline final demand (demand shocks are not applied to these orders),
 * deliveries assumed in full when the stock path is computed (rationing ignored there), period
 * averages. Cost: one pass over the final demand of restricted suppliers per period.
 */
final class FinalBuyers {

    private FinalBuyers() {}

    /** One supplier's daily baseline sale to a final-demand column. */
    private record Sale(int node, double daily) {}

    /**
     * Orders per day that final buyers add to each node's load in each period, [period][node].
     *
     * @param stocks the table's final buyers' stocks
     */
    static double[][] extraOrders(
            SupplyNetwork net,
            Shocks shocks,
            Qualification qualification,
            Periods periods,
            ArioParameters parameters,
            List<FinalBuyerStock> stocks) {
        double[][] extra = new double[periods.count()][net.nodes()];
        Map<Long, Double> stockDays = new HashMap<>();
        stocks.forEach(s -> stockDays.put(SupplyNetwork.key(s.column(), s.sector()), s.days()));
        for (Map.Entry<Long, List<Sale>> cell : restrictedCells(net, shocks).entrySet()) {
            int column = (int) (cell.getKey() >> 20);
            int product = (int) (cell.getKey() & 0xFFFFF);
            double days = stockDays.getOrDefault(cell.getKey(), 0.0);
            if (qualification.lagged(product) || (days > 0 && Double.isFinite(days))) {
                double rate = net.restorationRate(product, parameters);
                cell(cell.getValue(), column, product, days, rate, shocks, qualification, periods, extra);
            }
        }
        return extra;
    }

    /** (column, product) → the column's baseline purchases, for the cells with some restricted supplier. */
    private static Map<Long, List<Sale>> restrictedCells(SupplyNetwork net, Shocks shocks) {
        SparseMatrix y = net.table().y();
        Map<Long, List<Sale>> cells = new HashMap<>();
        for (int i = 0; i < net.tableNodes(); i++) {
            for (int e = y.rowStart()[i]; e < y.rowStart()[i + 1]; e++) {
                if (y.values()[e] > 0) {
                    cells.computeIfAbsent(SupplyNetwork.key(y.columns()[e], net.product(i)), k -> new ArrayList<>())
                            .add(new Sale(i, y.values()[e] / SupplyNetwork.DAYS_PER_YEAR));
                }
            }
        }
        cells.values().removeIf(sales -> sales.stream().noneMatch(s -> shocks.restricted(s.node())));
        return cells;
    }

    private static void cell(
            List<Sale> sales,
            int column,
            int product,
            double days,
            double rate,
            Shocks shocks,
            Qualification qualification,
            Periods periods,
            double[][] extra) {
        int first = Integer.MAX_VALUE;
        for (Sale s : sales) {
            first = Math.min(first, shocks.firstColumnBlockedDay(s.node(), column));
        }
        boolean stocked = days > 0 && Double.isFinite(days);
        double[] stock = new double[sales.size()];
        for (int n = 0; n < stock.length; n++) {
            stock[n] = stocked ? days * sales.get(n).daily() : 0;
        }
        for (int t = 0; t < periods.count(); t++) {
            double[] blocked = new double[sales.size()];
            double volume = 0;
            double free = 0;
            for (int n = 0; n < sales.size(); n++) {
                blocked[n] = shocks.columnBlocked(sales.get(n).node(), column, t);
                volume += sales.get(n).daily() * blocked[n];
                free += blocked[n] == 0 ? sales.get(n).daily() : 0;
            }
            double q = free > 0 ? qualification.columnReached(product, first, t) : 0;
            for (int n = 0; n < sales.size(); n++) {
                double daily = sales.get(n).daily();
                double moved = blocked[n] == 0 && free > 0 ? q * volume * daily / free : 0;
                double use = daily * (1 - q * blocked[n]) + moved;
                double refill =
                        stocked ? Math.min(rate, 1.0 / periods.length(t)) * Math.max(0, days * use - stock[n]) : 0;
                double received = (use + refill) * (1 - blocked[n]);
                stock[n] = Math.max(0, stock[n] + periods.length(t) * (received - use));
                extra[t][sales.get(n).node()] += moved + refill * (1 - blocked[n]);
            }
        }
    }
}
