package org.lodestone.core.ario;

import java.util.ArrayList;
import java.util.List;

/**
 * Keeps one summary row per step: production relative to X0 for the whole table and for the
 * shocked industries, their capacity and overproduction, final demand not met, and the number of
 * industries whose production an inventory limits (the columns of the reference case's
 * {@code summary.csv}).
 */
public final class SummaryRecorder implements StepListener {

    /**
     * @param step                   the step
     * @param totalProductionRel     Σ x / Σ X0 over all industries
     * @param shockedProductionRel   Σ x / Σ X0 over the shocked industries (1 when none)
     * @param shockedCapacityRel     Σ capacity / Σ X0 over the shocked industries
     * @param shockedOverproduction  X0-weighted mean α of the shocked industries
     * @param finalDemandUnmetTotal  Σ final demand not delivered, per step
     * @param finalDemandUnmetShare  that, relative to total final demand per step
     * @param industriesInputLimited industries with at least one limiting input
     */
    public record Row(
            int step,
            double totalProductionRel,
            double shockedProductionRel,
            double shockedCapacityRel,
            double shockedOverproduction,
            double finalDemandUnmetTotal,
            double finalDemandUnmetShare,
            int industriesInputLimited) {}

    private final int[] shocked;
    private final List<Row> rows = new ArrayList<>();

    /** @param shocked indices of the industries hit by events (may be empty) */
    public SummaryRecorder(int[] shocked) {
        this.shocked = shocked.clone();
    }

    @Override
    public void onStep(StepView v) {
        ReadOnlyVector x0 = v.initialOutput();
        ReadOnlyVector x = v.production();
        ReadOnlyIntVector limiting = v.limitingInputs();
        double total = 0;
        double total0 = 0;
        int limited = 0;
        for (int i = 0; i < x.size(); i++) {
            total += x.get(i);
            total0 += x0.get(i);
            limited += limiting.get(i) > 0 ? 1 : 0;
        }
        double shockedX = 0;
        double shockedCap = 0;
        double shockedAlpha = 0;
        double shocked0 = 0;
        for (int i : shocked) {
            shockedX += x.get(i);
            shockedCap += v.capacity().get(i);
            shockedAlpha += v.overproduction().get(i) * x0.get(i);
            shocked0 += x0.get(i);
        }
        double unmet = v.finalDemandUnmet().sum();
        double finalDemand = v.finalDemand().sum();
        rows.add(new Row(
                v.step(),
                total / total0,
                ratio(shockedX, shocked0),
                ratio(shockedCap, shocked0),
                ratio(shockedAlpha, shocked0),
                unmet,
                finalDemand == 0 ? 0 : unmet / finalDemand,
                limited));
    }

    private static double ratio(double a, double b) {
        return b == 0 ? 1 : a / b;
    }

    /** The rows recorded so far, one per step. */
    public List<Row> rows() {
        return List.copyOf(rows);
    }
}
