package org.lodestone.core.ario;

import java.util.ArrayList;
import java.util.List;
import org.lodestone.core.mrio.IoTable;

/**
 * Keeps one summary row per step: production relative to X0 for the whole table and for the
 * shocked industries, their capacity and overproduction, final demand not met, and the number of
 * industries whose production an inventory limits (the columns of the reference case's
 * {@code summary.csv}).
 *
 * <p>On a monetary table the sums run over industries, as the reference takes them. On a physical
 * table ({@link #perCommodity}) quantities of different commodities are never added: each ratio is
 * taken per commodity and the row gives their unweighted mean over the commodities concerned, and
 * the total of final demand not met, which would add tonnes to wafers, is NaN.
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
    /** The commodity (product) of each industry on a physical table, else null. */
    private final int[] productOf;

    /** @param shocked indices of the industries hit by events (may be empty) */
    public SummaryRecorder(int[] shocked) {
        this(shocked, null);
    }

    private SummaryRecorder(int[] shocked, int[] productOf) {
        this.shocked = shocked.clone();
        this.productOf = productOf;
    }

    /** A recorder for {@code table}: per commodity on a physical table, as the reference on a monetary one. */
    public static SummaryRecorder of(int[] shocked, IoTable table) {
        if (table.units() != IoTable.Units.PHYSICAL) {
            return new SummaryRecorder(shocked);
        }
        int[] productOf = new int[table.size()];
        for (int i = 0; i < productOf.length; i++) {
            productOf[i] = table.productOf(i);
        }
        return new SummaryRecorder(shocked, productOf);
    }

    @Override
    public void onStep(StepView v) {
        if (productOf != null) {
            rows.add(PerCommodity.row(v, shocked, productOf));
            return;
        }
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
