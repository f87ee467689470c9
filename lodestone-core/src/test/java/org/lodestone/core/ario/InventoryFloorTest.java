package org.lodestone.core.ario;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.within;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.lodestone.core.mrio.IoTable;
import org.lodestone.core.mrio.SyntheticMrio;
import org.lodestone.core.shock.Event;
import org.lodestone.core.shock.RecoveryCurve;

/**
 * Inventory durations of at most one step are replaced by 2 (ARIO-SPEC 2.8 and 8.7), for the
 * default duration, per-sector values and values the table gives per (input, buyer) alike;
 * longer ones are kept.
 */
class InventoryFloorTest {

    private static final IoTable TABLE = SyntheticMrio.generate(4, 3, 7);
    private static final int STEPS = 40;

    @Test
    void oneDayOfInventoryStartsAsTwoDays() {
        double[] stocks = trajectory(1, Map.of()).get(0);

        // Ω(0)[s, j] = 2 · X0[j] · A_S[s, j], and Σ_s A_S[s, j] = colsum(Z)[j] / x[j], so the total is 2 · colsum(Z)[j]
        // / 365
        double[] inputs = TABLE.z().columnSums();
        for (int j = 0; j < TABLE.size(); j++) {
            double expected = 2 * inputs[j] / 365;
            assertThat(stocks[j]).as("industry %d", j).isCloseTo(expected, within(1e-12 * expected));
        }
    }

    @Test
    void durationsAtOrBelowOneBehaveExactlyLikeTwo() {
        List<double[]> two = trajectory(2, Map.of());

        assertSame(trajectory(1, Map.of()), two);
        assertSame(trajectory(0.5, Map.of()), two);
        assertSame(trajectory(2, Map.of("S000", 0.25, "S002", 1.0)), two);
    }

    @Test
    void tableGivenDaysAtOrBelowOneBehaveExactlyLikeTwo() {
        // per (input, buyer): 0.5 or 1 on alternate entries, NaN (the default of 2) on the others
        double[] days = new double[TABLE.sectors().size() * TABLE.size()];
        for (int k = 0; k < days.length; k++) {
            days[k] = k % 2 == 0 ? Double.NaN : k % 3 == 0 ? 0.5 : 1;
        }

        assertSame(trajectory(TABLE.withInventoryDays(days), 2, Map.of()), trajectory(2, Map.of()));
    }

    private static void assertSame(List<double[]> actual, List<double[]> expected) {
        assertThat(actual).hasSameSizeAs(expected);
        for (int t = 0; t < expected.size(); t++) {
            assertThat(actual.get(t)).as("inventory totals at step %d", t).containsExactly(expected.get(t));
        }
    }

    @Test
    void durationsAboveOneAreKept() {
        double[] twoDays = trajectory(2, Map.of()).get(0);
        double[] threeHalves = trajectory(1.5, Map.of()).get(0);

        for (int j = 0; j < TABLE.size(); j++) {
            assertThat(threeHalves[j]).as("industry %d", j).isCloseTo(0.75 * twoDays[j], within(1e-12 * twoDays[j]));
        }
    }

    /** Inventory totals of every step, under a capacity loss so that inventories move. */
    private static List<double[]> trajectory(double days, Map<String, Double> bySector) {
        return trajectory(TABLE, days, bySector);
    }

    private static List<double[]> trajectory(IoTable table, double days, Map<String, Double> bySector) {
        ArioParameters parameters = ArioParameters.defaults().withThreads(1).withInventory(days, bySector);
        Event event = new Event.CapacityLoss(new int[] {2}, new double[] {0.4}, 3, 10, RecoveryCurve.LINEAR, 10);
        List<double[]> stocks = new ArrayList<>();
        new ArioRun(ArioModel.of(table, parameters), List.of(event))
                .run(STEPS, step -> stocks.add(step.inputStocksTotal().toArray()));
        return stocks;
    }
}
