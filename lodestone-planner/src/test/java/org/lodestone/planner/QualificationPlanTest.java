package org.lodestone.planner;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.within;

import java.util.List;
import java.util.Optional;
import java.util.Set;
import org.junit.jupiter.api.Test;
import org.lodestone.core.ario.ArioParameters;
import org.lodestone.core.mrio.FinalBuyerStock;
import org.lodestone.core.mrio.FinalDemandColumn;
import org.lodestone.core.mrio.Industry;
import org.lodestone.core.mrio.IoTable;
import org.lodestone.core.mrio.SparseMatrix;
import org.lodestone.core.mrio.SwitchingLag;
import org.lodestone.core.shock.Event;
import org.lodestone.planner.supply.ScenarioCase;

/**
 * Supplier qualification lags and final buyers' stocks in the linear model, by hand, with periods
 * of one day, no inventories (ψ = 1) and no extra output (α_max = 1), over {@value #HORIZON} days.
 */
class QualificationPlanTest {

    private static final double DAYS = 365;
    private static final int HORIZON = 30;
    private static final int ORE = 1;

    /**
     * ResourcingTest's network: member A makes 10 compute a day from 5 ore of C and 5 of D; C and D
     * make 100 a day and sell 95 to their own final demand. C ships A nothing from day 1. With a
     * lag of 10 days on ore, A's clock starts on day 1 and it re-orders q_d = min(1, (d − 1)/10)
     * of its blocked 5 at D, which then faces 100 + 5 q_d for its 100 and fills each order at
     * 100 / (100 + 5 q_d): A gets (5 + 5 q_d) · 100 / (100 + 5 q_d) on day d ≥ 1, and 10 on day 0.
     */
    @Test
    void aBlockedBuyerReordersOnlyTheShareItHasQualified() {
        double sum = 10;
        for (int d = 1; d < HORIZON; d++) {
            double q = Math.min(1, (d - 1) / 10.0);
            sum += (5 + 5 * q) * 100 / (100 + 5 * q);
        }

        double lagged = LinearFigure.before(
                OreSuppliers.table().withSupplyResponse(List.of(new SwitchingLag(ORE, 10)), List.of()),
                Set.of("A"),
                cutBuyer(),
                1);

        assertThat(lagged).isCloseTo(sum / (10 * HORIZON), within(1e-6));
    }

    @Test
    void noLagIsTodaysModelAndLongerLagsNeverDeliverMore() {
        double at = (10 + (HORIZON - 1) * 10 * 100 / 105.0) / (10 * HORIZON);
        double none = LinearFigure.before(OreSuppliers.table(), Set.of("A"), cutBuyer(), 1);
        double zero = LinearFigure.before(
                OreSuppliers.table().withSupplyResponse(List.of(new SwitchingLag(ORE, 0)), List.of()),
                Set.of("A"),
                cutBuyer(),
                1);
        assertThat(none).isCloseTo(at, within(1e-6));
        assertThat(zero).isCloseTo(at, within(1e-6));

        double previous = zero;
        for (double lag : new double[] {5, 20, 60, 1e6}) {
            double figure = LinearFigure.before(
                    OreSuppliers.table().withSupplyResponse(List.of(new SwitchingLag(ORE, lag)), List.of()),
                    Set.of("A"),
                    cutBuyer(),
                    1);
            assertThat(figure).as("lag %s days", lag).isLessThan(previous);
            previous = figure;
        }
        assertThat(previous)
                .as("never qualified within 30 days: A keeps D's usual 5")
                .isCloseTo((10 + (HORIZON - 1) * 5) / (10.0 * HORIZON), within(1e-3));
    }

    /**
     * Final buyers X buy 100 ore a day of C and 90 of D; D also sells A its 10. From day 1 C ships
     * X (and A, which buys none of C's ore: the linear model would let it take C's idle output) nothing; the lag is 0, so X moves its 100 to D at once, and holds 10 days of stock per
     * purchase, refilled at 1/5 of the gap a day. D's entry now serves 190 a day, its target rises
     * from 900 to 1,900 and it orders 200 · 0.8^(d − 1) a day on top to refill (each day's refill
     * is a fifth of a gap that shrinks by it). D faces 100 + 100 + 200 · 0.8^(d − 1): A gets
     * 10 · 100 / (200 + 200 · 0.8^(d − 1)). Without the stock, 5 a day. C's purchase of X, blocked,
     * is drawn down and never refilled from D.
     */
    @Test
    void finalBuyersThatRefillTheirStockLoadTheSupplierTheyMovedTo() {
        double sum = 10;
        for (int d = 1; d < HORIZON; d++) {
            sum += 10 * 100 / (200 + 200 * Math.pow(0.8, d - 1));
        }
        IoTable table = finalBuyers().withSupplyResponse(List.of(new SwitchingLag(ORE, 0)), List.of());

        double withoutStock = LinearFigure.before(table, Set.of("A"), cutColumn(), 1);
        double withStock = LinearFigure.before(
                table.withFinalStocks(List.of(new FinalBuyerStock(ORE, 1, 10))), Set.of("A"), cutColumn(), 1);

        assertThat(withoutStock).isCloseTo((10 + (HORIZON - 1) * 5) / (10.0 * HORIZON), within(1e-6));
        assertThat(withStock).isCloseTo(sum / (10 * HORIZON), within(1e-6));
    }

    @Test
    void withoutALagBlockedFinalBuyersNeitherMoveNorRefill() {
        IoTable table = finalBuyers().withFinalStocks(List.of(new FinalBuyerStock(ORE, 1, 10)));

        assertThat(LinearFigure.before(table, Set.of("A"), cutColumn(), 1)).isCloseTo(1, within(1e-9));
    }

    private static ArioParameters parameters() {
        return ArioParameters.defaults().withPsi(1).withAlpha(1, 1, 365).withRestoration(5, java.util.Map.of());
    }

    private static ScenarioCase cutBuyer() {
        Event control = new Event.ExportControl(
                new int[] {1},
                new boolean[] {true, false, false},
                new boolean[] {true, false, false},
                1.0,
                1,
                1000,
                0,
                0);
        return new ScenarioCase("cut-c", List.of(control), parameters(), HORIZON, 0);
    }

    private static ScenarioCase cutColumn() {
        Event control = new Event.ExportControl(
                new int[] {1}, new boolean[] {true, false, false}, new boolean[] {false, true}, 1.0, 1, 1000, 0, 0);
        return new ScenarioCase("cut-x", List.of(control), parameters(), HORIZON, 0);
    }

    private static IoTable finalBuyers() {
        SparseMatrix z = new SparseMatrix.Builder(3, 3).add(2, 0, 10 * DAYS).build();
        SparseMatrix y = new SparseMatrix.Builder(3, 2)
                .add(0, 0, 10 * DAYS)
                .add(1, 1, 100 * DAYS)
                .add(2, 1, 90 * DAYS)
                .build();
        return new IoTable(
                List.of(new Industry("A", "compute"), new Industry("C", "ore"), new Industry("D", "ore")),
                List.of(new FinalDemandColumn("A", "final"), new FinalDemandColumn("X", "final")),
                z,
                y,
                new double[] {10 * DAYS, 100 * DAYS, 100 * DAYS},
                IoTable.Units.PHYSICAL,
                1,
                Optional.empty());
    }
}
