package org.lodestone.planner;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import org.lodestone.core.plan.CapacityOption;
import org.lodestone.core.plan.PartnerOption;
import org.lodestone.core.plan.PlanSpec;
import org.lodestone.core.plan.StockpileOption;
import org.lodestone.planner.lp.LpModel;
import org.lodestone.planner.lp.Terms;
import org.lodestone.planner.supply.DecisionVariables;
import org.lodestone.planner.supply.ScenarioBlock;
import org.lodestone.planner.supply.ScenarioCase;
import org.lodestone.planner.supply.SupplyNetwork;

/**
 * The LP of a plan over some of its scenarios: the shared decisions (capacity, stockpiles,
 * partners joining), their cost, and one {@link ScenarioBlock} per scenario. The caller sets the
 * objective.
 */
final class PlanModel {

    final LpModel lp = new LpModel();
    final int[] capacity;
    final int[] stockpiles;
    final int[] partners;
    final int cost;
    final int[] delivered;
    final List<Map<Integer, ScenarioBlock.InventoryRow>> inventoryRows = new ArrayList<>();

    /**
     * @param relaxPartners true to let partners join in part (an LP, which has shadow prices)
     * @param withBudget    true to cap the cost at the plan's budget
     */
    PlanModel(
            PlanningProblem problem,
            SupplyNetwork network,
            List<ScenarioCase> scenarios,
            boolean relaxPartners,
            boolean withBudget) {
        PlanSpec spec = problem.spec();
        capacity = new int[spec.capacity().size()];
        stockpiles = new int[spec.stockpiles().size()];
        partners = new int[spec.partners().size()];
        Terms costs = new Terms();
        for (int k = 0; k < capacity.length; k++) {
            CapacityOption o = spec.capacity().get(k);
            capacity[k] = lp.variable("build " + o.label(), 0, o.maxUnitsPerYear());
            costs.add(capacity[k], -o.costPerUnitYear());
        }
        for (int k = 0; k < stockpiles.length; k++) {
            StockpileOption o = spec.stockpiles().get(k);
            stockpiles[k] = lp.variable("stock " + o.label(), 0, o.maxUnits());
            costs.add(stockpiles[k], -o.holdingCost());
        }
        for (int k = 0; k < partners.length; k++) {
            PartnerOption o = spec.partners().get(k);
            partners[k] = relaxPartners
                    ? lp.variable("join " + o.region().code(), 0, 1)
                    : lp.binary("join " + o.region().code());
            costs.add(partners[k], -o.joiningCost());
            linkOptions(spec, o.region().code(), partners[k]);
        }
        cost = lp.variable(
                "cost", 0, withBudget ? spec.budget().orElse(Double.POSITIVE_INFINITY) : Double.POSITIVE_INFINITY);
        lp.row("cost", 0, 0, costs.add(cost, 1));
        DecisionVariables decisions = new DecisionVariables(spec.capacity(), capacity, spec.stockpiles(), stockpiles);
        delivered = new int[scenarios.size()];
        for (int s = 0; s < delivered.length; s++) {
            ScenarioBlock.Added added = ScenarioBlock.add(
                    lp, network, scenarios.get(s), spec.periodDays(), decisions, problem.finalNodes());
            delivered[s] = added.delivered();
            inventoryRows.add(added.inventoryRows());
        }
    }

    /** Options in a candidate partner's territory exist only if it joins: amount ≤ bound × join. */
    private void linkOptions(PlanSpec spec, String region, int join) {
        for (int k = 0; k < capacity.length; k++) {
            CapacityOption o = spec.capacity().get(k);
            if (o.region().code().equals(region)) {
                lp.row(
                        "partner " + o.label(),
                        Double.NEGATIVE_INFINITY,
                        0,
                        new Terms().add(capacity[k], 1).add(join, -finite(o.maxUnitsPerYear(), o.label())));
            }
        }
        for (int k = 0; k < stockpiles.length; k++) {
            StockpileOption o = spec.stockpiles().get(k);
            if (o.region().code().equals(region)) {
                lp.row(
                        "partner " + o.label(),
                        Double.NEGATIVE_INFINITY,
                        0,
                        new Terms().add(stockpiles[k], 1).add(join, -finite(o.maxUnits(), o.label())));
            }
        }
    }

    private static double finite(double bound, String label) {
        if (Double.isInfinite(bound)) {
            throw new IllegalArgumentException(
                    "option " + label + " is in a candidate partner's territory and needs a finite upper bound");
        }
        return bound;
    }

    /** Fixes every decision to the given amounts (capacity, then stockpiles) and lets every partner in. */
    void fix(double[] capacityAmounts, double[] stockpileAmounts) {
        for (int k = 0; k < capacity.length; k++) {
            lp.bounds(capacity[k], capacityAmounts[k], capacityAmounts[k]);
        }
        for (int k = 0; k < stockpiles.length; k++) {
            lp.bounds(stockpiles[k], stockpileAmounts[k], stockpileAmounts[k]);
        }
        for (int partner : partners) {
            lp.bounds(partner, 1, 1);
        }
    }
}
