package org.lodestone.core.shortfall;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.Comparator;
import java.util.List;
import java.util.Optional;
import org.lodestone.core.ario.ReadOnlyVector;
import org.lodestone.core.ario.StepListener;
import org.lodestone.core.ario.StepView;

/**
 * Follows the reporting units through a run, step by step, without keeping per-node trajectories:
 * per unit, the final commodity's output relative to baseline each day, and per commodity the
 * output lost so far and whether it fell short. For a set of nodes of one commodity,
 * s_t = Σ (x / X0) · X0 / Σ X0 (nodes with X0 = 0 count as 1), so quantities are only ever added
 * within one commodity. With {@link UnitValues}, each unit's outcome also carries its value added
 * lost (see there). Cost per step: O(nodes of all units + units × commodities).
 */
public final class ShortfallRecorder implements StepListener {

    private final ReportingUnits units;
    private final UnitValues values;
    /** What this recorder follows; shared with the other recorders of the same units. */
    private final RecorderLayout layout;

    private final int[][] finalNodes;
    private final double[][] series;
    private final double[][] lost;
    private final boolean[][] shortfall;
    private double[] initial;
    /** Per node of {@link RecorderLayout#nodes}, this step: {@code (x / X0) · X0}, the term the shares sum (1 · 0 for X0 = 0). */
    private double[] weighted;

    private double[] finalTotal;
    private double[][] commodityTotal;
    private int steps;

    /** @param horizon the most steps the run can take */
    public ShortfallRecorder(ReportingUnits units, int horizon) {
        this(units, horizon, UnitValues.none(units));
    }

    /**
     * @param horizon the most steps the run can take
     * @param values  what a unit of each commodity is worth to each unit
     */
    public ShortfallRecorder(ReportingUnits units, int horizon, UnitValues values) {
        this(RecorderLayout.of(units), horizon, values);
    }

    /**
     * A recorder that shares {@code layout} with the other recorders of its units (an ensemble's
     * members), so a member does not build it again.
     *
     * @param horizon the most steps the run can take
     * @param values  what a unit of each commodity is worth to each unit
     */
    public ShortfallRecorder(RecorderLayout layout, int horizon, UnitValues values) {
        this.layout = layout;
        this.units = layout.units;
        this.values = values;
        this.finalNodes = layout.finalNodes;
        int n = finalNodes.length;
        this.series = new double[n][horizon];
        this.lost = new double[n][units.commodities().size()];
        this.shortfall = new boolean[n][units.commodities().size()];
    }

    @Override
    public void onStep(StepView step) {
        if (initial == null) {
            start(step.initialOutput().toArray());
        }
        ReadOnlyVector x = step.production();
        for (int i : layout.nodes) {
            double relative = initial[i] == 0 ? 1 : x.get(i) / initial[i];
            weighted[i] = relative * initial[i];
        }
        for (int u = 0; u < series.length; u++) {
            if (finalNodes[u].length > 0) {
                series[u][steps] = share(finalNodes[u], finalTotal[u]);
            }
        }
        int[] groupUnit = layout.groupUnit;
        int[] groupCommodity = layout.groupCommodity;
        int[][] groupNodes = layout.groupNodes;
        for (int g = 0; g < groupNodes.length; g++) {
            int u = groupUnit[g];
            int c = groupCommodity[g];
            double s = share(groupNodes[g], commodityTotal[u][c]);
            lost[u][c] += Math.max(0, 1 - s);
            shortfall[u][c] |= s < 1 - ShortfallMetrics.TOLERANCE;
        }
        steps++;
    }

    /** The first step: the baseline totals, from the run's initial output (loops: this runs once per member). */
    private void start(double[] x0) {
        initial = x0.clone();
        weighted = new double[x0.length];
        finalTotal = new double[series.length];
        commodityTotal = new double[series.length][];
        for (int u = 0; u < series.length; u++) {
            finalTotal[u] = total(finalNodes[u]);
            commodityTotal[u] = totals(layout.nodesByCommodity[u]);
        }
    }

    private double[] totals(int[][] byCommodity) {
        double[] totals = new double[byCommodity.length];
        for (int c = 0; c < totals.length; c++) {
            totals[c] = total(byCommodity[c]);
        }
        return totals;
    }

    private double total(int[] nodes) {
        double total = 0;
        for (int i : nodes) {
            total += initial[i];
        }
        return total;
    }

    /** s_t of {@code of}, from this step's {@link #weighted} terms. */
    private double share(int[] of, double total0) {
        if (total0 == 0) {
            return 1;
        }
        double sum = 0;
        for (int i : of) {
            sum += weighted[i];
        }
        return sum / total0;
    }

    /** Steps recorded. */
    public int steps() {
        return steps;
    }

    /**
     * The outcome of unit {@code u} (in {@link ReportingUnits#units()} order) over the steps recorded.
     * Its parts are built by methods of their own (this runs once per unit and member; one large
     * method was compiled by C2 on the stack and again whole).
     */
    public UnitOutcome outcome(int u) {
        double[] s = finalNodes[u].length > 0 && steps > 0 ? Arrays.copyOf(series[u], steps) : new double[0];
        Optional<ShortfallMetrics> compute = s.length == 0 ? Optional.empty() : Optional.of(ShortfallMetrics.of(s));
        return new UnitOutcome(
                s,
                compute,
                losses(u),
                valueAddedLostUsd(u),
                valueLost(u, values::grossUsdPerUnit),
                valuesLost(u, values::usdPerUnit),
                valuesLost(u, values::grossUsdPerUnit));
    }

    /** The commodities unit u fell short in, most days lost first, then by commodity. */
    private List<UnitOutcome.Loss> losses(int u) {
        List<UnitOutcome.Loss> losses = new ArrayList<>();
        for (int c = 0; c < lost[u].length; c++) {
            if (shortfall[u][c]) {
                losses.add(new UnitOutcome.Loss(units.commodities().get(c), lost[u][c]));
            }
        }
        losses.sort(Comparator.comparingDouble(UnitOutcome.Loss::lostDays)
                .reversed()
                .thenComparing(UnitOutcome.Loss::commodity));
        return losses;
    }

    /** Per commodity, {@link #valueLost(int, int, Weight)}. */
    private double[] valuesLost(int u, Weight weight) {
        double[] bySector = new double[lost[u].length];
        for (int c = 0; c < bySector.length; c++) {
            bySector[c] = valueLost(u, c, weight);
        }
        return bySector;
    }

    /**
     * USD of value added lost by unit u so far: Σ_c weight × lost days × X0 over its valued
     * commodities; for the coalition, the sum over the members; NaN when nothing is valued.
     */
    public double valueAddedLostUsd(int u) {
        return valueLost(u, values::usdPerUnit);
    }

    /** Σ_c of {@link #valueLost(int, int, Weight)} over the valued commodities, NaN when none is. */
    private double valueLost(int u, Weight weight) {
        double sum = Double.NaN;
        for (int c = 0; c < lost[u].length; c++) {
            sum = plus(sum, valueLost(u, c, weight));
        }
        return sum;
    }

    /**
     * USD lost by unit u in commodity c at {@code weight} per unit: weight × lost days × X0 for a
     * member, the members' sum for the coalition, NaN when not valued.
     */
    private double valueLost(int u, int c, Weight weight) {
        if (units.units().get(u).role() != Role.COALITION) {
            return ownValueLost(u, c, weight);
        }
        double sum = Double.NaN;
        for (int m = 0; m < lost.length; m++) {
            if (units.units().get(m).role() == Role.MEMBER) {
                sum = plus(sum, ownValueLost(m, c, weight));
            }
        }
        return sum;
    }

    private double ownValueLost(int u, int c, Weight weight) {
        double usd = weight.usdPerUnit(u, c);
        if (Double.isNaN(usd)) {
            return Double.NaN;
        }
        double baseline = commodityTotal == null ? 0 : commodityTotal[u][c];
        return usd * lost[u][c] * baseline;
    }

    /** NaN-skipping addition: NaN only when both are. */
    private static double plus(double sum, double value) {
        return Double.isNaN(value) ? sum : (Double.isNaN(sum) ? 0 : sum) + value;
    }

    /** USD per unit of commodity c made by unit u. */
    @FunctionalInterface
    private interface Weight {
        double usdPerUnit(int u, int c);
    }
}
