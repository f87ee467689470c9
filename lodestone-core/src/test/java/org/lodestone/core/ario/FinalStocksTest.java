package org.lodestone.core.ario;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.within;

import java.util.List;
import org.junit.jupiter.api.Test;
import org.lodestone.core.mrio.FinalBuyerStock;
import org.lodestone.core.mrio.IoTable;
import org.lodestone.core.shock.Event;

/**
 * A final buyer drawing its stock down, derived by hand. A/m makes 10 m per step, all for the
 * final buyers of region B, who hold {@value #DAYS} days of use: 50 m. A blocks all of it to B
 * from step 1 for {@value #CUT} steps. Nothing is orderable, so A makes nothing and B receives
 * nothing: its stock falls by its use, 10 a step, to 40, 30, 20, 10 and exactly 0 at step 5,
 * with no final demand lost; from step 6 it loses its whole use, 10 a step. Without a stock it
 * loses 10 from step 1. When the control ends A's capacity is barely above 10 (α stayed 1 while
 * nothing was demanded, ζ = 0), so B receives a little over 10 and uses 10: no loss from that
 * step, and the stock refills only as far as A's overproduction allows.
 */
class FinalStocksTest {

    private static final int A = 0;
    private static final int M = 0;
    private static final int B_COLUMN = 0;
    private static final int DAYS = 5;
    private static final int CUT = 20;

    private static final IoTable TABLE =
            SmallTables.table(List.of("A/m"), List.of("B"), new double[] {0}, new double[] {10});

    private static List<Event> cut() {
        return List.of(new Event.ExportControl(new int[] {A}, new boolean[1], new boolean[] {true}, 1.0, 1, CUT, 0, 0));
    }

    private static Trajectories run(IoTable table, List<Event> events, int steps) {
        return SmallTables.run(table, SmallTables.parameters(2), events, steps);
    }

    private static IoTable withStock(double days) {
        return TABLE.withFinalStocks(List.of(new FinalBuyerStock(M, B_COLUMN, days)));
    }

    @Test
    void theBuyerLosesNothingUntilItsStockIsEmptyThenItsWholeUse() {
        Trajectories run = run(withStock(DAYS), cut(), 40);

        for (int t = 0; t <= DAYS; t++) {
            assertThat(run.finalDemandUnmet.get(t)[B_COLUMN])
                    .as("step %d: from stock", t)
                    .isZero();
            assertThat(run.production.get(t)[A]).as("step %d", t).isEqualTo(t == 0 ? 10 : 0);
        }
        for (int t = DAYS + 1; t <= CUT; t++) {
            assertThat(run.finalDemandUnmet.get(t)[B_COLUMN])
                    .as("step %d: stock empty", t)
                    .isEqualTo(10);
        }
        for (int t = CUT + 1; t < 40; t++) {
            assertThat(run.finalDemandUnmet.get(t)[B_COLUMN])
                    .as("step %d: supplied again", t)
                    .isZero();
        }
    }

    @Test
    void withoutAStockTheBuyerLosesItsUseFromTheFirstDay() {
        Trajectories run = run(TABLE, cut(), 30);

        assertThat(run.finalDemandUnmet.get(0)[B_COLUMN]).isZero();
        for (int t = 1; t <= CUT; t++) {
            assertThat(run.finalDemandUnmet.get(t)[B_COLUMN]).as("step %d", t).isEqualTo(10);
        }
    }

    @Test
    void anInfiniteStockNeverRunsOut() {
        Trajectories run = run(withStock(Double.POSITIVE_INFINITY), cut(), 30);

        for (int t = 0; t < 30; t++) {
            assertThat(run.finalDemandUnmet.get(t)[B_COLUMN]).as("step %d", t).isZero();
        }
    }

    @Test
    void aStockOfNoDaysIsTheReferenceFinalDemandBitForBit() {
        Trajectories none = run(TABLE, cut(), 60);
        Trajectories zero = run(withStock(0), cut(), 60);

        assertThat(zero.series().keySet()).isEqualTo(none.series().keySet());
        none.series().forEach((name, steps) -> {
            for (int t = 0; t < steps.size(); t++) {
                assertThat(zero.series().get(name).get(t))
                        .as("%s at step %d", name, t)
                        .isEqualTo(steps.get(t));
            }
        });
    }

    @Test
    void theRefillOrdersRaiseDemandOnTheSupplierAfterTheCut() {
        Trajectories run = run(withStock(DAYS), cut(), 40);

        // the empty stock's refill is 1/τ of its gap of 50, τ = 60: the buyers order 10 + 50/60,
        // more than A made the step before (nothing), so ζ = 1 and α rises by (1.25 − 1) / 365
        assertThat(run.intermediateDemand.get(CUT + 1)[A]).isZero();
        assertThat(run.production.get(CUT + 1)[A]).isCloseTo(10 * (1 + 0.25 / 365), within(1e-9));
        assertThat(run.production.get(CUT + 5)[A]).isGreaterThan(run.production.get(CUT + 1)[A]);
        assertThat(run.production.get(CUT + 5)[A]).isLessThan(10 + 50.0 / 60);
    }
}
