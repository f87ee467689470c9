package org.lodestone.core.ario;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.within;

import java.util.List;
import org.junit.jupiter.api.Test;
import org.lodestone.core.mrio.IoTable;
import org.lodestone.core.shock.Event;

/**
 * A demand shock on one product in one region: A/m (X0 100) sells 40 to B/s and 40 and 20 to the
 * final demand of A and B; B/s (X0 100) uses 0.4 m per unit and sells to B's final demand. Final
 * demand for m in B rises by half (×1.5) for steps 3 to 12.
 */
class DemandShockTest {

    private static final int A = 0;
    private static final int B = 1;
    private static final int START = 3;
    private static final int DURATION = 10;
    private static final IoTable TABLE = SmallTables.table(
            List.of("A/m", "B/s"),
            List.of("A", "B"),
            new double[] {
                0, 40,
                0, 0
            },
            new double[] {
                40, 20,
                0, 100
            });

    private static Trajectories run(List<Event> events) {
        return SmallTables.run(TABLE, SmallTables.parameters(30), events, SmallTables.STEPS);
    }

    private static Event surge(double factor) {
        return new Event.DemandShock(new int[] {A}, SmallTables.only(2, 1), factor, START, DURATION);
    }

    @Test
    void finalDemandOfTheSupplierRisesByTheShockedPartOnly() {
        Trajectories run = run(List.of(surge(1.5)));

        for (int t = 0; t < SmallTables.STEPS; t++) {
            boolean shocked = t >= START && t < START + DURATION;
            // 40 from A's final demand, unchanged, plus 20 or 20 × 1.5 = 30 from B's
            assertThat(run.finalDemand.get(t)[A])
                    .as("final demand for A's m at step %d", t)
                    .isEqualTo(shocked ? 70 : 60);
            assertThat(run.finalDemand.get(t)[B])
                    .as("final demand for B's s at step %d", t)
                    .isEqualTo(100);
        }
    }

    @Test
    void theSupplierProducesAtCapacityAndOverproductionGrows() {
        Trajectories run = run(List.of(surge(1.5)));

        // D = 40 + 70 = 110 > 100 from step 3: A makes all it can, 100 · α
        for (int t = START; t < START + DURATION; t++) {
            assertThat(run.production.get(t)[A])
                    .as("A at step %d", t)
                    .isEqualTo(run.capacity.get(t)[A]);
        }
        // α moves at the start of a step on ζ = (D(t) − x(t − 1)) / D(t): at step 3, (110 − 100) / 110
        assertThat(run.overproduction.get(START - 1)[A]).isEqualTo(1);
        assertThat(run.overproduction.get(START)[A]).isCloseTo(1 + 0.25 * (10.0 / 110) / 365, within(1e-15));
        for (int t = START + 1; t < START + DURATION; t++) {
            assertThat(run.overproduction.get(t)[A])
                    .as("α of A at step %d", t)
                    .isGreaterThan(run.overproduction.get(t - 1)[A]);
        }
    }

    @Test
    void aFactorOfOneIsNoShockAtAll() {
        Trajectories.assertIdentical(run(List.of(surge(1.0))), run(List.of()), "demand factor 1");
    }
}
