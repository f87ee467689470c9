package org.lodestone.core.ario;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.ArrayList;
import java.util.List;
import java.util.Random;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;
import org.lodestone.core.mrio.IoTable;
import org.lodestone.core.mrio.SparseMatrix;
import org.lodestone.core.mrio.SubstitutableInput;
import org.lodestone.core.shock.Event;

/**
 * Partial substitution at its limits, on seeded tables under random shocks: a share of 0 is the
 * hard input of version 1, bit for bit, whatever the ramp; and a table that names no pair runs
 * exactly as before.
 */
class SubstitutionParityTest {

    private static final int STEPS = 120;

    @ParameterizedTest(name = "{0}")
    @MethodSource("org.lodestone.core.ario.SeededTables#all")
    void aShareOfZeroIsTheHardInputBitForBit(SeededTables.Case c) {
        Random random = new Random(c.name().hashCode());
        List<SubstitutableInput> none = pairs(c.table(), random, 0);

        assertThat(none).isNotEmpty();
        assertSameRun(c.table(), c.table().withSubstitutions(none), random.nextLong());
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource("org.lodestone.core.ario.SeededTables#all")
    void anEmptyListChangesNothing(SeededTables.Case c) {
        assertSameRun(
                c.table(), c.table().withSubstitutions(List.of()), c.name().hashCode());
    }

    /** About half the (input, buyer) pairs with a flow and a finite inventory target, with share {@code share}. */
    static List<SubstitutableInput> pairs(IoTable table, Random random, double share) {
        SparseMatrix z = table.z();
        double[] days = table.inventoryDays().orElse(null);
        List<SubstitutableInput> pairs = new ArrayList<>();
        List<Long> seen = new ArrayList<>();
        int p = table.size();
        for (int i = 0; i < p; i++) {
            for (int k = z.rowStart()[i]; k < z.rowStart()[i + 1]; k++) {
                int sector = table.productOf(i);
                int buyer = z.columns()[k];
                long cell = (long) sector * p + buyer;
                double d = days == null ? Double.NaN : days[(int) cell];
                if (!seen.contains(cell) && !Double.isInfinite(d) && random.nextBoolean()) {
                    seen.add(cell);
                    pairs.add(new SubstitutableInput(sector, buyer, share, random.nextInt(30), d));
                }
            }
        }
        return pairs;
    }

    private static void assertSameRun(IoTable plain, IoTable substituted, long seed) {
        ArioParameters parameters = ArioParameters.defaults().withThreads(1);
        ArioModel plainModel = ArioModel.of(plain, parameters);
        List<Event> events = new ArrayList<>(RandomShocks.of(plainModel, new Random(seed)));
        events.addAll(RandomShocks.market(plainModel, new Random(seed + 1)));
        Trajectories expected = run(plainModel, events);
        Trajectories actual = run(ArioModel.of(substituted, parameters), events);

        for (int t = 0; t < STEPS; t++) {
            assertThat(actual.production.get(t)).as("production at step %d", t).isEqualTo(expected.production.get(t));
            assertThat(actual.stocksTotal.get(t)).as("stocks at step %d", t).isEqualTo(expected.stocksTotal.get(t));
            assertThat(actual.limitingInputs.get(t))
                    .as("limits at step %d", t)
                    .isEqualTo(expected.limitingInputs.get(t));
        }
    }

    private static Trajectories run(ArioModel model, List<Event> events) {
        Trajectories trajectories = new Trajectories();
        new ArioRun(model, events).run(STEPS, trajectories);
        return trajectories;
    }
}
