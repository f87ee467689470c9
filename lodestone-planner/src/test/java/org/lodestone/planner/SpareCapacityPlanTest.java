package org.lodestone.planner;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.within;

import java.util.List;
import java.util.Set;
import org.junit.jupiter.api.Test;
import org.lodestone.core.ario.ArioParameters;
import org.lodestone.core.mrio.IoTable;
import org.lodestone.core.mrio.ProducerSpare;
import org.lodestone.core.shock.Event;
import org.lodestone.planner.supply.ScenarioCase;

/**
 * A producer's own spare capacity and ramp in the linear model, by hand, on ResourcingTest's
 * network (member A makes 10 compute a day from 5 ore of C and 5 of D; C and D make 100 a day and
 * sell 95 to their own final demand; C ships A nothing from day 1), with periods of one day and ψ = 1.
 *
 * <p>D's row: 1 % spare, ramp 10 days, so its extra output on day d is at most
 * 100 · 0.01 · (1 − 0.9^(d − 1)) from the first event (day 1). D's base output is rationed at
 * 100/105, so A gets 9.5238 a day and draws from D's extra output up to the 0.4762 it lacks:
 * 10 on day 0, then 9.5238 + min(0.4762, 1 − 0.9^(d − 1)).
 */
class SpareCapacityPlanTest {

    private static final double DAYS = 365;
    private static final int HORIZON = 30;

    @Test
    void aProducersRowRampsItsExtraOutputFromTheFirstEvent() {
        double base = 10 * 100 / 105.0;
        double sum = 10;
        for (int d = 1; d < HORIZON; d++) {
            sum += base + Math.min(10 - base, 1 - Math.pow(0.9, d - 1));
        }
        IoTable table = OreSuppliers.table().withSupplyResponse(List.of(), List.of(new ProducerSpare(2, 0.01, 10)));

        assertThat(LinearFigure.before(table, Set.of("A"), cut(1.0), 1)).isCloseTo(sum / (10 * HORIZON), within(1e-6));
    }

    @Test
    void theRowReplacesTheScenariosAlphaMaxForThatProducerOnly() {
        IoTable table = OreSuppliers.table().withSupplyResponse(List.of(), List.of(new ProducerSpare(2, 0.01, 10)));

        double atOne = LinearFigure.before(table, Set.of("A"), cut(1.0), 1);
        double atOneAndAHalf = LinearFigure.before(table, Set.of("A"), cut(1.5), 1);
        double withoutRow = LinearFigure.before(OreSuppliers.table(), Set.of("A"), cut(1.5), 1);

        assertThat(atOneAndAHalf).as("D keeps its own 1%").isCloseTo(atOne, within(1e-9));
        assertThat(withoutRow).as("D's 50% from day 0: A never short").isCloseTo(1, within(1e-9));
    }

    private static ScenarioCase cut(double alphaMax) {
        Event control = new Event.ExportControl(
                new int[] {1},
                new boolean[] {true, false, false},
                new boolean[] {true, false, false},
                1.0,
                1,
                1000,
                0,
                0);
        return new ScenarioCase(
                "cut-c",
                List.of(control),
                ArioParameters.defaults().withPsi(1).withAlpha(1, alphaMax, 365),
                HORIZON,
                0);
    }
}
