package org.lodestone.core.shock;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.Random;
import org.junit.jupiter.api.Test;

/**
 * {@link Event.CapacityLoss#lostAt} against the reference's event tracker transcribed step by step
 * (ARIO-SPEC 4.1, 6.2, 6.3): the tracker turns happening at the occurrence and recovering at
 * occurrence + duration, recovers at the end of each step from then on, is dropped once every
 * industry's rounded loss is 0, and the loss stored at the start of a step is applied the next.
 */
class CapacityLossStepsTest {

    private static final int STEPS = 120;

    @Test
    void matchesTheTrackerOfTheReferenceForEveryCurve() {
        Random random = new Random(12);
        for (int trial = 0; trial < 400; trial++) {
            Event.CapacityLoss loss = randomLoss(random);
            double[][] expected = tracker(loss);
            for (int t = 0; t < STEPS; t++) {
                for (int n = 0; n < loss.industries().length; n++) {
                    assertThat(loss.lostAt(n, t))
                            .as("%s, industry %d, step %d", loss, n, t)
                            .isEqualTo(expected[t][n]);
                }
            }
        }
    }

    @Test
    void aConcaveCurveWithTauBelowTwoEndsTheLossAtOnce() {
        // γ < 0 for τ < 2, so the curve is 0 at e = 0 and rises after: the event is dropped at e = 0
        Event.CapacityLoss loss =
                new Event.CapacityLoss(new int[] {0}, new double[] {0.4}, 3, 5, RecoveryCurve.CONCAVE, 1.5);

        assertThat(loss.lostAt(0, 3)).isZero();
        assertThat(loss.lostAt(0, 4)).isEqualTo(0.4);
        assertThat(loss.lostAt(0, 9)).isEqualTo(0.4);
        assertThat(loss.lostAt(0, 10)).isZero();
        assertThat(loss.lostAt(0, 30)).isZero();
        assertThat(loss.remaining(0, 20)).isPositive();
    }

    private static Event.CapacityLoss randomLoss(Random random) {
        int industries = 1 + random.nextInt(3);
        double[] fractions = new double[industries];
        for (int n = 0; n < industries; n++) {
            fractions[n] = random.nextInt(10) == 0 ? 1e-7 : 0.01 + 0.99 * random.nextDouble();
        }
        RecoveryCurve curve = RecoveryCurve.values()[random.nextInt(RecoveryCurve.values().length)];
        double tau = random.nextBoolean() ? 1 + random.nextInt(40) : 1 + 39 * random.nextDouble();
        return new Event.CapacityLoss(
                new int[industries], fractions, 1 + random.nextInt(20), 1 + random.nextInt(30), curve, tau);
    }

    /** Per step and industry, the loss the reference's tracker applies. */
    private static double[][] tracker(Event.CapacityLoss loss) {
        int size = loss.industries().length;
        double[][] applied = new double[STEPS][size];
        double[] current = loss.fractions().clone();
        double[] stored = new double[size];
        boolean happening = false;
        boolean recovering = false;
        boolean finished = false;
        int recoveryStart = loss.start() + loss.duration();
        for (int t = 0; t < STEPS; t++) {
            happening |= !finished && t == loss.start();
            recovering |= happening && !finished && t >= recoveryStart;
            applied[t] = stored.clone();
            for (int n = 0; n < size; n++) {
                stored[n] = happening && !finished ? Math.max(0, current[n]) : 0;
            }
            if (recovering && !finished) {
                boolean allZero = true;
                for (int n = 0; n < size; n++) {
                    double value = loss.curve().value(t - recoveryStart, loss.fractions()[n], loss.tau());
                    current[n] = Math.rint(value * 1e6) / 1e6;
                    allZero &= current[n] == 0;
                }
                finished = allZero;
            }
        }
        return applied;
    }
}
