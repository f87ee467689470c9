package org.lodestone.io.run;

import org.lodestone.core.ario.StepView;

/**
 * A copy of the values of one step that the trajectory files hold, taken during the engine's
 * callback so that they can be written after it returns, on another thread. Reused from step to
 * step: {@link #copy} overwrites it.
 */
final class StepValues {

    int step;
    final double[] production;
    final double[] capacity;
    final double[] overproduction;
    final double[] intermediateDemand;
    final double[] finalDemand;
    final double[] rebuildDemand;
    final double[] inputStocksTotal;
    final int[] limitingInputs;
    final double[] finalDemandUnmet;

    /** Room for {@code industries} industries and {@code columns} final-demand columns. */
    StepValues(int industries, int columns) {
        production = new double[industries];
        capacity = new double[industries];
        overproduction = new double[industries];
        intermediateDemand = new double[industries];
        finalDemand = new double[industries];
        rebuildDemand = new double[industries];
        inputStocksTotal = new double[industries];
        limitingInputs = new int[industries];
        finalDemandUnmet = new double[columns];
    }

    /** Overwrites this copy with {@code view}'s step. */
    void copy(StepView view) {
        step = view.step();
        view.production().copyInto(production);
        view.capacity().copyInto(capacity);
        view.overproduction().copyInto(overproduction);
        view.intermediateDemand().copyInto(intermediateDemand);
        view.finalDemand().copyInto(finalDemand);
        view.rebuildDemand().copyInto(rebuildDemand);
        view.inputStocksTotal().copyInto(inputStocksTotal);
        for (int i = 0; i < limitingInputs.length; i++) {
            limitingInputs[i] = view.limitingInputs().get(i);
        }
        view.finalDemandUnmet().copyInto(finalDemandUnmet);
    }
}
