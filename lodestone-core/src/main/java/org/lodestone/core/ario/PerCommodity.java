package org.lodestone.core.ario;

import java.util.Arrays;

/**
 * A {@link SummaryRecorder.Row} of a physical table: every ratio is taken within one commodity
 * (Σ x / Σ X0 over its industries) and averaged, unweighted, over the commodities concerned, so
 * that quantities of different units are never added; the total of final demand not met is NaN.
 */
final class PerCommodity {

    private PerCommodity() {}

    static SummaryRecorder.Row row(StepView v, int[] shocked, int[] productOf) {
        int s = Arrays.stream(productOf).max().orElse(-1) + 1;
        double[][] all = new double[2][s];
        double[][] hit = new double[4][s];
        double[][] demand = new double[2][s];
        ReadOnlyVector x = v.production();
        ReadOnlyVector x0 = v.initialOutput();
        int limited = 0;
        for (int i = 0; i < productOf.length; i++) {
            all[0][productOf[i]] += x.get(i);
            all[1][productOf[i]] += x0.get(i);
            demand[0][productOf[i]] += v.finalDemandUndistributed().get(i);
            demand[1][productOf[i]] += v.finalDemand().get(i);
            limited += v.limitingInputs().get(i) > 0 ? 1 : 0;
        }
        for (int i : shocked) {
            hit[0][productOf[i]] += x.get(i);
            hit[1][productOf[i]] += v.capacity().get(i);
            hit[2][productOf[i]] += v.overproduction().get(i) * x0.get(i);
            hit[3][productOf[i]] += x0.get(i);
        }
        return new SummaryRecorder.Row(
                v.step(),
                mean(all[0], all[1], 1),
                mean(hit[0], hit[3], 1),
                mean(hit[1], hit[3], 1),
                mean(hit[2], hit[3], 1),
                Double.NaN,
                mean(demand[0], demand[1], 0),
                limited);
    }

    /** The mean over commodities with a positive base of part / base; {@code none} when no commodity has one. */
    private static double mean(double[] part, double[] base, double none) {
        double sum = 0;
        int n = 0;
        for (int c = 0; c < part.length; c++) {
            if (base[c] > 0) {
                sum += part[c] / base[c];
                n++;
            }
        }
        return n == 0 ? none : sum / n;
    }
}
