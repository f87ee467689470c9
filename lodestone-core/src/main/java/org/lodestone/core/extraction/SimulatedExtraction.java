package org.lodestone.core.extraction;

import java.util.List;
import org.lodestone.core.ario.ArioModel;
import org.lodestone.core.ario.ArioParameters;
import org.lodestone.core.ario.ArioRun;
import org.lodestone.core.ario.ReadOnlyVector;
import org.lodestone.core.ario.StepListener;
import org.lodestone.core.ario.StepView;
import org.lodestone.core.mrio.IoTable;
import org.lodestone.core.shock.Event;
import org.lodestone.core.shock.RecoveryCurve;

/**
 * The loss the disruption engine simulates for a hypothetical extraction, beside the static
 * bound of {@link FixedProportionsExtraction}: the cut happens on day 1 and the producer loses
 * the fraction f of its capacity from day 2 ({@link Event.CapacityLoss}, with the engine's
 * one-step lag) to the end of the longest window, days counted from day 0, and the engine runs with the table's stocks, substitution and the other
 * producers' spare capacity. The target's loss over a window of N days is
 * {@code 1 − Σ_{t<N} Σ_i w_i x_i(t) / (N · Σ_i w_i X0_i)}, w the target weight per industry
 * divided by its baseline output (so only the target's own industries, of one commodity, are
 * added). A second run without overproduction ({@code alpha-max = alpha-base}: no producer can
 * make more than its baseline) gives the loss when other suppliers cannot step in.
 *
 * <p>On a chain without other suppliers or substitutes, the engine's loss on the last day of a
 * long window is the fixed-proportions bound: once the stocks are drawn down each buyer makes
 * what its scarcest input allows ({@code SimulatedExtractionTest}). Cost: two runs of
 * {@value #LONGEST} steps per cut.
 */
public final class SimulatedExtraction {

    /** The windows reported, in days. */
    public static final List<Integer> WINDOWS = List.of(30, 90, 365);
    /** The longest window: the steps each run takes. */
    public static final int LONGEST = 365;

    /**
     * The simulated losses of one cut, as shares of the target's baseline output.
     *
     * @param average   per window of {@link #WINDOWS}: the loss averaged over its days
     * @param lastDay   per window: the loss on its last day
     * @param noSpare   per window: the average loss when no producer can exceed its baseline
     * @param noSpareLastDay per window: the loss on its last day when no producer can exceed its baseline
     */
    public record Losses(double[] average, double[] lastDay, double[] noSpare, double[] noSpareLastDay) {
        public Losses {
            average = average.clone();
            lastDay = lastDay.clone();
            noSpare = noSpare.clone();
            noSpareLastDay = noSpareLastDay.clone();
        }

        @Override
        public double[] noSpareLastDay() {
            return noSpareLastDay.clone();
        }

        @Override
        public double[] average() {
            return average.clone();
        }

        @Override
        public double[] lastDay() {
            return lastDay.clone();
        }

        @Override
        public double[] noSpare() {
            return noSpare.clone();
        }
    }

    private final ArioModel model;
    private final ArioModel noSpare;

    /** @param table the table as the engine runs it (stocks, substitution); {@code parameters} the model's */
    public SimulatedExtraction(IoTable table, ArioParameters parameters) {
        this.model = ArioModel.of(table, parameters);
        double base = parameters.alphaBase();
        this.noSpare = ArioModel.of(table, parameters.withAlpha(base, base, parameters.alphaTau()));
    }

    /**
     * @param target the target output per industry (only its ratio to baseline output matters)
     */
    public Losses losses(Cut cut, double[] target) {
        double[][] with = run(model, cut, target);
        double[][] without = run(noSpare, cut, target);
        return new Losses(with[0], with[1], without[0], without[1]);
    }

    /** {average per window, last day per window}. */
    private static double[][] run(ArioModel m, Cut cut, double[] target) {
        List<Event> events = List.of(new Event.CapacityLoss(
                new int[] {cut.industry()}, new double[] {cut.fraction()}, 1, LONGEST, RecoveryCurve.LINEAR, 1));
        TargetShare share = new TargetShare(target);
        new ArioRun(m, events).run(LONGEST, share);
        double[] average = new double[WINDOWS.size()];
        double[] last = new double[WINDOWS.size()];
        for (int w = 0; w < WINDOWS.size(); w++) {
            int days = Math.min(WINDOWS.get(w), share.steps);
            double sum = 0;
            for (int t = 0; t < days; t++) {
                sum += share.delivered[t];
            }
            average[w] = days == 0 ? 0 : 1 - sum / days;
            last[w] = days == 0 ? 0 : 1 - share.delivered[days - 1];
        }
        return new double[][] {average, last};
    }

    /** The target's output relative to baseline, per step. */
    private static final class TargetShare implements StepListener {
        private final double[] target;
        final double[] delivered = new double[LONGEST];
        int steps;

        TargetShare(double[] target) {
            this.target = target.clone();
        }

        @Override
        public void onStep(StepView v) {
            ReadOnlyVector x = v.production();
            ReadOnlyVector x0 = v.initialOutput();
            double now = 0;
            double base = 0;
            for (int i = 0; i < target.length; i++) {
                if (target[i] > 0 && x0.get(i) > 0) {
                    now += target[i] * x.get(i) / x0.get(i);
                    base += target[i];
                }
            }
            delivered[steps++] = base == 0 ? 1 : now / base;
        }
    }
}
