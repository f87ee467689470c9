package org.lodestone.app.backtest;

import java.util.ArrayList;
import java.util.List;
import org.lodestone.core.ario.ReadOnlyVector;
import org.lodestone.core.ario.StepListener;
import org.lodestone.core.ario.StepView;

/**
 * Records, per step, the output of groups of industries of one commodity each relative to their
 * initial output: Σ x / Σ X0 (1 when Σ X0 is 0). Only quantities of one commodity are added.
 */
final class SeriesRecorder implements StepListener {

    private final List<int[]> groups;
    private final List<List<Double>> values = new ArrayList<>();

    /** @param groups the industries of each series */
    SeriesRecorder(List<int[]> groups) {
        this.groups = List.copyOf(groups);
        groups.forEach(g -> values.add(new ArrayList<>()));
    }

    @Override
    public void onStep(StepView step) {
        ReadOnlyVector x = step.production();
        ReadOnlyVector x0 = step.initialOutput();
        for (int g = 0; g < groups.size(); g++) {
            double sum = 0;
            double sum0 = 0;
            for (int i : groups.get(g)) {
                sum += x.get(i);
                sum0 += x0.get(i);
            }
            values.get(g).add(sum0 == 0 ? 1 : sum / sum0);
        }
    }

    /** The series of group {@code g}, one value per step recorded. */
    double[] series(int g) {
        return values.get(g).stream().mapToDouble(Double::doubleValue).toArray();
    }
}
