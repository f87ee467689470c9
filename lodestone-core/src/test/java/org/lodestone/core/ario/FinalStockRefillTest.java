package org.lodestone.core.ario;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.within;

import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.lodestone.core.mrio.FinalBuyerStock;
import org.lodestone.core.mrio.IoTable;
import org.lodestone.core.shock.Event;
import org.lodestone.core.shock.RecoveryCurve;

/**
 * Final buyers refill their stock only from spare supply, derived by hand. A/m makes 10 m a step:
 * 5 to C/s (an industry; a = 1, 2 days of inventory) and 5 to the final buyers of region B, who
 * hold 5 days of use (25 m). A loses half its capacity from step 1 for {@value #CUT} steps, so it
 * makes 5 against a demand of at least 10 and rations every buyer by x / D_tot. B's stock falls;
 * while A rations C, B orders its use, 5, and no refill, so each step it receives
 * {@code 5 · x / (O_C + 5)} with O_C the orders C placed. Without that rule B would add 1/60 of
 * its stock gap to its orders and take part of C's share.
 */
class FinalStockRefillTest {

    private static final int A = 0;
    private static final int B_COLUMN = 0;
    private static final int CUT = 20;
    private static final IoTable TABLE = SmallTables.table(
                    List.of("A/m", "C/s"),
                    List.of("B", "C"),
                    new double[] {
                        0, 5,
                        0, 0
                    },
                    new double[] {
                        5, 0,
                        0, 5
                    })
            .withFinalStocks(List.of(new FinalBuyerStock(0, B_COLUMN, 5)));
    private static final Event HALF =
            new Event.CapacityLoss(new int[] {A}, new double[] {0.5}, 1, CUT, RecoveryCurve.LINEAR, 1);

    @Test
    void whileTheSupplierRationsItsOtherBuyersTheFinalBuyersOrderOnlyTheirUse() {
        Trajectories run = new Trajectories();
        List<FlowDelivered> toB = new ArrayList<>();
        new ArioRun(ArioModel.of(TABLE, SmallTables.parameters(2)), List.of(HALF))
                .onFlowDelivered(FlowWatch.between(TABLE, "m", List.of("A"), List.of("B")), toB::add)
                .run(CUT, run);

        for (int t = 2; t < CUT; t++) {
            double x = run.production.get(t)[A];
            double ordersOfC = run.intermediateDemand.get(t)[A];
            assertThat(x).as("A at step %d", t).isLessThan(ordersOfC + 5);
            assertThat(toB.get(t).delivered())
                    .as("B's delivery at step %d", t)
                    .isCloseTo(5 * x / (ordersOfC + 5), within(1e-9));
        }
    }

    @Test
    void onceTheSupplierServesEveryoneAgainTheFinalBuyersRefill() {
        List<FlowDelivered> toB = new ArrayList<>();
        Trajectories run = new Trajectories();
        new ArioRun(ArioModel.of(TABLE, SmallTables.parameters(2)), List.of(HALF))
                .onFlowDelivered(FlowWatch.between(TABLE, "m", List.of("A"), List.of("B")), toB::add)
                .run(CUT + 60, run);

        assertThat(toB.stream()
                        .skip(CUT + 10)
                        .mapToDouble(FlowDelivered::delivered)
                        .max()
                        .orElseThrow())
                .as("B receives more than its use: a refill")
                .isGreaterThan(5);
    }
}
