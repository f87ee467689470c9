package org.lodestone.core.ario;

import java.util.ArrayList;
import java.util.List;

/** A listener that keeps every per-step array a test wants to compare. */
final class Trajectories implements StepListener {

    final List<double[]> production = new ArrayList<>();
    final List<double[]> capacity = new ArrayList<>();
    final List<double[]> overproduction = new ArrayList<>();
    final List<double[]> intermediateDemand = new ArrayList<>();
    final List<double[]> finalDemandUnmet = new ArrayList<>();
    final List<double[]> stocksTotal = new ArrayList<>();
    final List<double[]> limitingInputs = new ArrayList<>();

    @Override
    public void onStep(StepView step) {
        production.add(step.production().clone());
        capacity.add(step.capacity().clone());
        overproduction.add(step.overproduction().clone());
        intermediateDemand.add(step.intermediateDemand().clone());
        finalDemandUnmet.add(step.finalDemandUnmet().clone());
        stocksTotal.add(step.inputStocksTotal().clone());
        double[] limiting = new double[step.industries()];
        for (int i = 0; i < limiting.length; i++) {
            limiting[i] = step.limitingInputs()[i];
        }
        limitingInputs.add(limiting);
    }
}
