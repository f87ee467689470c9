package org.lodestone.app.stresstest;

import java.util.ArrayList;
import java.util.List;
import org.lodestone.core.ario.ReadOnlyVector;
import org.lodestone.core.ario.StepListener;
import org.lodestone.core.ario.StepView;

/**
 * Keeps, for every step of a run, each industry's production relative to its initial output
 * (x / X0, 1 when X0 is 0), and the initial output itself. Relative values carry no unit, so
 * they can be compared across commodities; quantities are only ever added within one commodity.
 */
final class OutputRecorder implements StepListener {

    private final List<double[]> relative = new ArrayList<>();
    private double[] initial;

    @Override
    public void onStep(StepView step) {
        if (initial == null) {
            initial = step.initialOutput().toArray();
        }
        ReadOnlyVector x = step.production();
        double[] row = new double[x.size()];
        for (int i = 0; i < row.length; i++) {
            row[i] = initial[i] == 0 ? 1 : x.get(i) / initial[i];
        }
        relative.add(row);
    }

    /** Steps recorded. */
    int steps() {
        return relative.size();
    }

    /** Baseline output of a set of industries (which must make the same commodity), in its units per step (day). */
    double baseline(int[] industries) {
        double total = 0;
        for (int i : industries) {
            total += initial == null ? 0 : initial[i];
        }
        return total;
    }

    /**
     * Production of a set of industries (which must make the same commodity) relative to their
     * initial output, per step: Σ x / Σ X0.
     */
    double[] series(int[] industries) {
        double[] out = new double[relative.size()];
        double total0 = 0;
        for (int i : industries) {
            total0 += initial == null ? 0 : initial[i];
        }
        for (int t = 0; t < out.length; t++) {
            double[] row = relative.get(t);
            double sum = 0;
            for (int i : industries) {
                sum += row[i] * initial[i];
            }
            out[t] = total0 == 0 ? 1 : sum / total0;
        }
        return out;
    }
}
