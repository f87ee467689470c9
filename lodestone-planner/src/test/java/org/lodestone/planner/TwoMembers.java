package org.lodestone.planner;

import java.time.LocalDate;
import java.util.List;
import java.util.Optional;
import java.util.OptionalDouble;
import java.util.Set;
import org.lodestone.core.ario.ArioParameters;
import org.lodestone.core.model.CommodityId;
import org.lodestone.core.model.RegionId;
import org.lodestone.core.mrio.FinalDemandColumn;
import org.lodestone.core.mrio.Industry;
import org.lodestone.core.mrio.IoTable;
import org.lodestone.core.mrio.SparseMatrix;
import org.lodestone.core.plan.CapacityOption;
import org.lodestone.core.plan.PartnerOption;
import org.lodestone.core.plan.PlanObjective;
import org.lodestone.core.plan.PlanSpec;
import org.lodestone.core.plan.StockpileOption;
import org.lodestone.core.shock.Event;
import org.lodestone.planner.supply.ScenarioCase;

/**
 * A plan small enough to solve by hand. Members A and B each deliver 10 units of compute a day,
 * one unit of ore per unit of compute; all their ore comes from C, which also sells 80 a day to
 * its own final demand. From day 1 C blocks every shipment to A and B for the whole horizon of
 * 100 days; no inventories (ψ = 1). The model's periods are 10 days, so in period 0 the base flow
 * is 1/10 of usual (day 0 only) and new ore can fill the other 9 per member and day.
 */
final class TwoMembers {

    static final int HORIZON = 100;
    static final double DAYS = 365;

    private TwoMembers() {}

    static IoTable table() {
        List<Industry> industries =
                List.of(new Industry("A", "compute"), new Industry("B", "compute"), new Industry("C", "ore"));
        List<FinalDemandColumn> columns = List.of(
                new FinalDemandColumn("A", "final"),
                new FinalDemandColumn("B", "final"),
                new FinalDemandColumn("C", "final"));
        SparseMatrix z = new SparseMatrix.Builder(3, 3)
                .add(2, 0, 10 * DAYS)
                .add(2, 1, 10 * DAYS)
                .build();
        SparseMatrix y = new SparseMatrix.Builder(3, 3)
                .add(0, 0, 10 * DAYS)
                .add(1, 1, 10 * DAYS)
                .add(2, 2, 80 * DAYS)
                .build();
        return new IoTable(
                industries,
                columns,
                z,
                y,
                new double[] {10 * DAYS, 10 * DAYS, 100 * DAYS},
                IoTable.Units.PHYSICAL,
                1,
                Optional.empty());
    }

    static ScenarioCase cut(long daysAfterDecision) {
        Event control = new Event.ExportControl(
                new int[] {2},
                new boolean[] {true, true, false},
                new boolean[] {true, true, false},
                1.0,
                1,
                1000,
                0,
                0);
        return new ScenarioCase(
                "cut", List.of(control), ArioParameters.defaults().withPsi(1), HORIZON, daysAfterDecision);
    }

    static CapacityOption ore(String region, double cost, int leadDays, double maxPerDay) {
        return new CapacityOption(RegionId.of(region), CommodityId.of("ore"), cost, leadDays, maxPerDay * DAYS);
    }

    static StockpileOption stock(String region, double holdingCost) {
        return new StockpileOption(
                RegionId.of(region), CommodityId.of("ore"), holdingCost, 1, Double.POSITIVE_INFINITY);
    }

    static PlanSpec spec(
            PlanObjective objective,
            double target,
            OptionalDouble budget,
            List<CapacityOption> capacity,
            List<StockpileOption> stockpiles,
            List<PartnerOption> partners) {
        return new PlanSpec(
                "two-members",
                "test",
                Optional.empty(),
                LocalDate.of(2026, 1, 1),
                List.of("cut"),
                objective,
                target,
                budget,
                capacity,
                stockpiles,
                partners,
                10,
                30);
    }

    static PlanningProblem problem(PlanSpec spec, ScenarioCase... scenarios) {
        return new PlanningProblem(table(), List.of(), Set.of("A", "B"), "compute", List.of(scenarios), spec);
    }
}
