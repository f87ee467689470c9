package org.lodestone.core.ario;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.within;

import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.lodestone.core.mrio.IoTable;
import org.lodestone.core.mrio.SubstitutableInput;
import org.lodestone.core.shock.Event;

/**
 * Partial substitution of one input, derived by hand. A/m makes 100 m per step, all for B/s; B/s
 * makes 100 s per step (a = 1) for its final demand. Two days of inventory and ψ = 0.5, so B holds
 * 200 m and the input constrains once the stock is below 0.5 · 100 · 1 · 2 = 100. A blocks all of
 * its m to B from step 1 for {@value #CUT} steps and B has no other supplier: B uses 100 at step 1
 * (stock 100, not short) and 100 at step 2 (stock exactly 0), so the input first falls short at
 * step 3. With s = 0.4 over 10 days, B makes 100 · s(t) = 100 · 0.04 · (t − 3) from step 3 until
 * step 13, then 40. D_tot of B is its final demand, 100, and its capacity only grows (α ≥ 1), so
 * the output it aims for stays 100 throughout.
 */
class SubstitutionRampTest {

    private static final int A = 0;
    private static final int B = 1;
    private static final int M = 0;
    private static final int CUT = 40;
    private static final int FIRST_SHORT = 3;

    static final IoTable TABLE =
            SmallTables.table(List.of("A/m", "B/s"), List.of("B"), new double[] {0, 100, 0, 0}, new double[] {0, 100});

    static ArioParameters parameters() {
        return new ArioParameters(
                ArioParameters.Kind.PSI,
                ArioParameters.OrderType.ALT,
                1.0,
                1.25,
                365,
                2,
                Map.of(),
                60,
                Map.of(),
                0.5,
                1,
                1,
                1);
    }

    static List<Event> cut(int start) {
        return List.of(
                new Event.ExportControl(new int[] {A}, SmallTables.only(2, B), new boolean[1], 1.0, start, CUT, 0, 0));
    }

    private static Trajectories run(List<SubstitutableInput> substitution, List<Event> events, int steps) {
        return SmallTables.run(TABLE.withSubstitutions(substitution), parameters(), events, steps);
    }

    private static SubstitutableInput mAtB(double share, double days) {
        return new SubstitutableInput(M, B, share, days, Double.NaN);
    }

    @Test
    void outputRampsFromNothingToTheSubstitutableShare() {
        Trajectories run = run(List.of(mAtB(0.4, 10)), cut(1), 60);

        for (int t = 0; t < FIRST_SHORT; t++) {
            assertThat(run.production.get(t)[B]).as("step %d: from stock", t).isEqualTo(100);
        }
        for (int k = 0; k <= 10; k++) {
            assertThat(run.production.get(FIRST_SHORT + k)[B])
                    .as("step %d of the ramp", k)
                    .isCloseTo(100 * 0.04 * k, within(1e-9));
        }
        for (int t = FIRST_SHORT + 10; t <= CUT; t++) {
            assertThat(run.production.get(t)[B]).as("step %d: ramp complete", t).isCloseTo(40, within(1e-9));
        }
    }

    @Test
    void whatTheSubstituteMakesDoesNotUseTheInput() {
        Trajectories run = run(List.of(mAtB(0.4, 10)), cut(1), 30);

        // B's stock of m (its only inventory, at the start of each step) is empty from step 3 on:
        // the 4 · k made by the substitute take nothing from it, and no step makes it negative
        for (int t = FIRST_SHORT; t < 30; t++) {
            assertThat(run.stocksTotal.get(t)[B]).as("step %d", t).isZero();
        }
    }

    @Test
    void withoutARowAFiniteInputIsAHardInput() {
        Trajectories run = run(List.of(), cut(1), 30);

        assertThat(run.production.get(2)[B]).isEqualTo(100);
        for (int t = FIRST_SHORT; t < 30; t++) {
            assertThat(run.production.get(t)[B]).as("step %d", t).isZero();
        }
    }

    @Test
    void noDaysMeansTheWholeShareAtTheFirstShortfall() {
        Trajectories run = run(List.of(mAtB(0.4, 0)), cut(1), 30);

        for (int t = FIRST_SHORT; t < 30; t++) {
            assertThat(run.production.get(t)[B]).as("step %d", t).isCloseTo(40, within(1e-9));
        }
    }

    @Test
    void theInputLimitsOnlyWhileTheBoundIsBelowOne() {
        Trajectories full = run(List.of(mAtB(1, 0)), cut(1), 30);
        Trajectories ramp = run(List.of(mAtB(0.4, 10)), cut(1), 30);

        assertThat(full.limitingInputs.get(FIRST_SHORT)[B]).isZero();
        assertThat(full.production.get(FIRST_SHORT)[B]).isEqualTo(100);
        assertThat(ramp.limitingInputs.get(FIRST_SHORT)[B]).isEqualTo(1);
    }

    @Test
    void outputRecoversWithTheInputAndTheSubstituteStaysForTheNextCut() {
        int second = 120;
        List<Event> twoCuts = List.of(cut(1).get(0), cut(second).get(0));
        Trajectories run = run(List.of(mAtB(0.4, 10)), twoCuts, second + CUT);

        assertThat(run.production.get(second - 1)[B])
                .as("recovered before the second cut")
                .isCloseTo(100, within(1e-6));
        for (int t = second; t < second + CUT; t++) {
            assertThat(run.production.get(t)[B])
                    .as("step %d of the second cut", t)
                    .isGreaterThanOrEqualTo(40 - 1e-9);
        }
        assertThat(run.production.subList(second, second + CUT).stream()
                        .mapToDouble(x -> x[B])
                        .min()
                        .orElseThrow())
                .as("the second cut empties the stock again, but for what the refill left above its target")
                .isCloseTo(40, within(1e-3));
    }
}
