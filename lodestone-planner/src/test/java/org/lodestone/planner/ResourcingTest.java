package org.lodestone.planner;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.within;

import java.time.LocalDate;
import java.util.List;
import java.util.Optional;
import java.util.OptionalDouble;
import java.util.Set;
import org.junit.jupiter.api.Test;
import org.lodestone.core.ario.ArioParameters;
import org.lodestone.core.plan.PlanObjective;
import org.lodestone.core.plan.PlanSpec;
import org.lodestone.core.shock.Event;
import org.lodestone.planner.ortools.OrToolsSolver;
import org.lodestone.planner.supply.ScenarioCase;

/**
 * A blocked buyer re-orders from the supplier nothing blocks, as the engine's proportional
 * rationing lets it. Member A makes 10 units of compute a day from one unit of ore each, 5 from C
 * and 5 from D; C and D each make 100 a day and sell the other 95 to their own final demand. From
 * day 1, C ships nothing to A, for the whole horizon of 100 days; no inventories (ψ = 1) and no
 * extra output (α_max = 1), periods of 10 days.
 *
 * <p>By hand: in period 0 (day 0 free, days 1–9 blocked) A's blocked volume is 4.5 a day on
 * average, re-ordered at D, which then faces 104.5 of orders for 100 of output and fills each at
 * 100/104.5: A gets 0.5 from C and (5 + 4.5) · 100/104.5 from D, 9.5909 a day. From period 1, A
 * gets 10 · 100/105 = 9.5238 a day from D. Delivered: (10 · 9.5909 + 90 · 9.5238) / 1000 =
 * 0.95305. Without re-ordering A would get only its usual 5 from D: 0.505.
 */
class ResourcingTest {

    private static final double DAYS = 365;

    @Test
    void aBlockedBuyerGetsItsRationedShareOfTheSupplierNothingBlocks() {
        PlanSpec spec = new PlanSpec(
                "resourcing",
                "test",
                Optional.empty(),
                LocalDate.of(2026, 1, 1),
                List.of("cut-c"),
                PlanObjective.MAX_MIN_COMPUTE,
                0,
                OptionalDouble.of(0),
                List.of(),
                List.of(),
                List.of(),
                10,
                30);
        Event control = new Event.ExportControl(
                new int[] {1},
                new boolean[] {true, false, false},
                new boolean[] {true, false, false},
                1.0,
                1,
                1000,
                0,
                0);
        ScenarioCase cut = new ScenarioCase(
                "cut-c", List.of(control), ArioParameters.defaults().withPsi(1).withAlpha(1, 1, 365), 100, 0);

        PlanOutcome outcome = new CoalitionPlanner(new OrToolsSolver())
                .plan(new PlanningProblem(OreSuppliers.table(), List.of(), Set.of("A"), "compute", List.of(cut), spec));

        assertThat(outcome).isInstanceOf(PlanOutcome.Optimal.class);
        double period0 = 0.5 + 9.5 * 100 / 104.5;
        double later = 10 * 100 / 105.0;
        assertThat(((PlanOutcome.Optimal) outcome).plan().scenarios().get(0).before())
                .isCloseTo((10 * period0 + 90 * later) / 1000, within(1e-6));
    }
}
