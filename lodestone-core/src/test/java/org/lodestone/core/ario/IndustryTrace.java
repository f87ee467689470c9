package org.lodestone.core.ario;

import java.util.ArrayList;
import java.util.List;

/** Records, step by step, what the event-timeline tests look at for one industry. */
final class IndustryTrace implements StepListener {

    private final int industry;
    /** Capacity loss Δ = 1 − capacity / (X0 · α). */
    final List<Double> loss = new ArrayList<>();

    final List<Double> overproduction = new ArrayList<>();
    final List<Double> production = new ArrayList<>();
    /** Capital to recover of the industry, or null on steps where the view gives none. */
    final List<Double> capitalToRecover = new ArrayList<>();
    /** Whole-table rebuild demand and rebuild deliveries of each step. */
    final List<double[]> rebuildDemand = new ArrayList<>();

    final List<double[]> rebuildProduction = new ArrayList<>();

    IndustryTrace(int industry) {
        this.industry = industry;
    }

    @Override
    public void onStep(StepView step) {
        double alpha = step.overproduction().get(industry);
        loss.add(1 - step.capacity().get(industry) / (step.initialOutput().get(industry) * alpha));
        overproduction.add(alpha);
        production.add(step.production().get(industry));
        capitalToRecover.add(
                step.capitalToRecover().map(capital -> capital.get(industry)).orElse(null));
        rebuildDemand.add(step.rebuildDemand().toArray());
        rebuildProduction.add(step.rebuildProduction().toArray());
    }
}
