package org.lodestone.planner.supply;

import java.util.List;
import org.lodestone.core.plan.CapacityOption;
import org.lodestone.core.plan.StockpileOption;

/**
 * The first-stage decisions shared by every scenario, as LP variables: capacity built per option
 * (units per year) and stockpile held per option (units).
 *
 * @param capacity       capacity options
 * @param capacityVars   one variable per capacity option
 * @param stockpiles     stockpile options
 * @param stockpileVars  one variable per stockpile option
 */
public record DecisionVariables(
        List<CapacityOption> capacity, int[] capacityVars, List<StockpileOption> stockpiles, int[] stockpileVars) {

    public DecisionVariables {
        capacity = List.copyOf(capacity);
        stockpiles = List.copyOf(stockpiles);
        if (capacity.size() != capacityVars.length || stockpiles.size() != stockpileVars.length) {
            throw new IllegalArgumentException("one variable per option");
        }
    }
}
