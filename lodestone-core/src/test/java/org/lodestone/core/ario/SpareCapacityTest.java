package org.lodestone.core.ario;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.within;

import java.util.List;
import org.junit.jupiter.api.Test;
import org.lodestone.core.mrio.IoTable;
import org.lodestone.core.mrio.ProducerSpare;
import org.lodestone.core.shock.Event;

/**
 * A producer limited by its own spare capacity instead of the model's α_max, on the network of
 * {@link ExportControlTest}: A blocks all of its m to C from step 1, so C's orders go to B, which
 * faces 460 + 5/23 at step 2 for an output of 400 (ζ = (D − 400) / D). ARIO-SPEC 4.2 moves α
 * by {@code (α_max − α) · ζ / τ}: with the defaults (1.25, 365 days) α(2) = 1 + 0.25 ζ / 365; with
 * B's own spare share 0.1 over a ramp of 10 days, α(2) = 1 + 0.1 ζ / 10, and B never makes more
 * than 440.
 */
class SpareCapacityTest {

    private static final int A = 0;
    private static final int B = 1;
    private static final int C = 2;
    private static final int STEPS = 120;
    private static final Event CONTROL =
            new Event.ExportControl(new int[] {A}, SmallTables.only(3, C), SmallTables.only(3, C), 1.0, 1, STEPS, 0, 0);

    private static Trajectories run(List<ProducerSpare> spares) {
        IoTable table = SupplierQualificationTest.tableOfExportControlTest().withSupplyResponse(List.of(), spares);
        return SmallTables.run(table, SmallTables.parameters(30), List.of(CONTROL), STEPS);
    }

    @Test
    void theProducersOwnSpareShareAndRampReplaceAlphaMaxAndTau() {
        Trajectories global = run(List.of());
        Trajectories own = run(List.of(new ProducerSpare(B, 0.1, 10)));

        double demand = 460 + 5.0 / 23;
        double zeta = (demand - 400) / demand;
        assertThat(global.overproduction.get(2)[B]).isCloseTo(1 + 0.25 * zeta / 365, within(1e-15));
        assertThat(own.overproduction.get(2)[B]).isCloseTo(1 + 0.1 * zeta / 10, within(1e-15));
        for (int t = 0; t < STEPS; t++) {
            assertThat(own.overproduction.get(t)[B]).as("α of B at step %d", t).isLessThanOrEqualTo(1.1);
            assertThat(own.production.get(t)[B]).as("B at step %d", t).isLessThanOrEqualTo(440 + 1e-9);
        }
        assertThat(own.production.get(60)[B])
                .as("the faster ramp adds more within 60 days than α_max over 365")
                .isGreaterThan(global.production.get(60)[B]);
    }

    @Test
    void noSpareShareMeansNoOverproduction() {
        Trajectories none = run(List.of(new ProducerSpare(B, 0, 10)));

        for (int t = 0; t < STEPS; t++) {
            assertThat(none.overproduction.get(t)[B]).as("step %d", t).isEqualTo(1);
            assertThat(none.production.get(t)[B]).as("step %d", t).isLessThanOrEqualTo(400);
        }
    }

    @Test
    void aRowEqualToTheModelsAlphaIsVersionOneBitForBit() {
        Trajectories global = run(List.of());
        Trajectories same = run(List.of(new ProducerSpare(B, 0.25, 365), new ProducerSpare(A, 0.25, 365)));

        for (int t = 0; t < STEPS; t++) {
            assertThat(same.overproduction.get(t)).as("step %d", t).isEqualTo(global.overproduction.get(t));
            assertThat(same.production.get(t)).as("step %d", t).isEqualTo(global.production.get(t));
        }
    }
}
