package org.lodestone.core.ario;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.within;

import java.util.Arrays;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.lodestone.core.mrio.IoTable;
import org.lodestone.core.mrio.SyntheticMrio;
import org.lodestone.core.shock.Event;

/**
 * Capital destroyed and rebuilt, ARIO-SPEC 6.4, on a synthetic 3 × 3 table: 10 % of the capital of
 * R001/S001 destroyed at step 3 for 2 steps, rebuilt by sectors S000 (70 %) and S002 (30 %) with
 * rebuilding factor 1.5.
 */
class RebuildEventTest {

    private static final IoTable TABLE = SyntheticMrio.generate(3, 3, 11);
    private static final int DAMAGED = TABLE.indexOf("R001", "S001");
    private static final Map<Integer, Double> SHARES = Map.of(0, 0.7, 2, 0.3);
    private static final double FACTOR = 1.5;
    private static final int OCCURRENCE = 3;
    private static final int DURATION = 2;
    private static final int FIRST_REBUILDING = OCCURRENCE + DURATION;
    private static final int TAU = 5;
    /** Each remaining-demand entry is rounded to 7 decimals (ARIO-SPEC 6.4). */
    private static final double ROUNDING = 5e-8;

    @Test
    void thereIsNoRebuildDemandWhileTheEventIsHappening() {
        IndustryTrace trace = run(ArioParameters.defaults(), TAU, 0.1, 10);
        double damage = 0.1 * capital();

        for (int t = 0; t < FIRST_REBUILDING; t++) {
            assertThat(trace.rebuildDemand.get(t)).as("step %d", t).containsOnly(0.0);
            assertThat(trace.capitalToRecover.get(t)).as("step %d", t).isEqualTo(t < OCCURRENCE ? 0 : damage);
        }
        assertThat(Arrays.stream(trace.rebuildDemand.get(FIRST_REBUILDING)).sum())
                .isPositive();
    }

    @Test
    void firstRebuildDemandIsTheRemainingDemandOverTau() {
        IndustryTrace trace = run(ArioParameters.defaults(), TAU, 0.1, 10);
        double[] remaining = initialRemaining(0.1 * capital());

        // Rem[(r,s), f] = share_s · L0 · factor · Z[(r,s), f] / Σ_r' Z[(r',s), f]; B = Rem / τ
        double[] demand = trace.rebuildDemand.get(FIRST_REBUILDING);
        for (int i = 0; i < TABLE.size(); i++) {
            assertThat(demand[i])
                    .as("rebuild demand addressed to industry %d", i)
                    .isCloseTo(remaining[i] / TAU, within(1e-12 * remaining[i]));
        }
        assertThat(Arrays.stream(remaining).sum()).isCloseTo(0.1 * capital() * FACTOR, within(1e-9));
    }

    @Test
    void rebuildDeliveriesShrinkTheDamageAndCapacityRecovers() {
        IndustryTrace trace = run(ArioParameters.defaults(), TAU, 0.1, 60);
        double k = capital();

        for (int t = FIRST_REBUILDING; t + 1 < 60; t++) {
            double delivered = Arrays.stream(trace.rebuildProduction.get(t)).sum();
            double damage = trace.capitalToRecover.get(t);
            // damage(t + 1) = Σ round(Rem − delivered) / factor, one rounding per supplier of the 6 entries
            assertThat(trace.capitalToRecover.get(t + 1))
                    .as("damage at step %d", t + 1)
                    .isCloseTo(damage - delivered / FACTOR, within(6 * ROUNDING))
                    .isLessThan(damage);
            assertThat(trace.loss.get(t + 1))
                    .as("loss at step %d", t + 1)
                    .isCloseTo(trace.capitalToRecover.get(t + 1) / k, within(1e-9));
            assertThat(delivered).as("rebuild deliveries at step %d", t).isPositive();
        }
        assertThat(trace.loss.get(59)).isLessThan(trace.loss.get(FIRST_REBUILDING) / 2);
    }

    @Test
    void rebuildDeliveriesNeverExceedRebuildDemand() {
        IndustryTrace trace = run(ArioParameters.defaults(), TAU, 0.1, 60);

        for (int t = 0; t < 60; t++) {
            for (int i = 0; i < TABLE.size(); i++) {
                assertThat(trace.rebuildProduction.get(t)[i])
                        .as("step %d, industry %d", t, i)
                        .isLessThanOrEqualTo(trace.rebuildDemand.get(t)[i] * (1 + 1e-12));
            }
        }
    }

    @Test
    void eventFinishesWhenRebuildingSectorsHaveSpareCapacity() {
        // α_b = α_max = 2 doubles every capacity; τ = 1 asks for everything at once, so the remaining
        // demand rounds to 0 as soon as deliveries cover it (with τ ≥ 3 an entry of 1e-7 would stay
        // at rint(1 − 1/τ) = 1e-7 for ever, as in the reference)
        IndustryTrace trace = run(ArioParameters.defaults().withAlpha(2, 2, 365), 1, 0.01, 40);

        int finished = FIRST_REBUILDING;
        while (finished < 40 && trace.capitalToRecover.get(finished) > 0) {
            finished++;
        }
        assertThat(finished).as("first step without damage").isLessThan(30);
        for (int t = finished; t < 40; t++) {
            assertThat(trace.capitalToRecover.get(t)).as("step %d", t).isZero();
            assertThat(trace.loss.get(t)).as("step %d", t).isZero();
        }
    }

    private static double capital() {
        return ArioModel.of(TABLE, ArioParameters.defaults()).capital(DAMAGED);
    }

    /** Rem of ARIO-SPEC 6.4 summed per supplier (one damaged industry, so one column). */
    private static double[] initialRemaining(double damage) {
        double[] remaining = new double[TABLE.size()];
        for (int i = 0; i < TABLE.size(); i++) {
            Double share = SHARES.get(TABLE.productOf(i));
            if (share == null) {
                continue;
            }
            double sameProduct = 0;
            for (int r = 0; r < TABLE.size(); r++) {
                sameProduct +=
                        TABLE.productOf(r) == TABLE.productOf(i) ? TABLE.z().get(r, DAMAGED) : 0;
            }
            remaining[i] = share * damage * FACTOR * TABLE.z().get(i, DAMAGED) / sameProduct;
        }
        return remaining;
    }

    private static IndustryTrace run(ArioParameters parameters, int tau, double fraction, int steps) {
        ArioModel model = ArioModel.of(TABLE, parameters.withThreads(1));
        Event event = new Event.CapitalRebuild(
                new int[] {DAMAGED},
                new double[] {fraction * model.capital(DAMAGED)},
                OCCURRENCE,
                DURATION,
                SHARES,
                tau,
                FACTOR);
        IndustryTrace trace = new IndustryTrace(DAMAGED);
        RunOutcome outcome = new ArioRun(model, List.of(event)).run(steps, trace);
        assertThat(outcome.crashed()).isFalse();
        return trace;
    }
}
