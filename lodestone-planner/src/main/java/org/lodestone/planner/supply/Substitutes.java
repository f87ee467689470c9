package org.lodestone.planner.supply;

import java.util.List;
import java.util.function.DoubleFunction;
import org.lodestone.core.ario.ArioParameters;
import org.lodestone.core.mrio.SubstitutableInput;
import org.lodestone.core.shock.Event;
import org.lodestone.planner.lp.LpModel;
import org.lodestone.planner.lp.Terms;

/**
 * Partial substitution of an input in the linear model (docs/plan-format.md): the engine's bound
 * {@code y ≤ s(t) · X0 (1 − loss) + (1 − s(t)) · (what the input allows)}, which is linear in the
 * input's availability. Per period t of length L, for a buyer's pair with share s = s(t) > 0:
 *
 * <ul>
 *   <li>a variable w ∈ [0, s · X0 (1 − loss)], the output made without the input, with w ≤ y;
 *   <li>the inventory balance charges the input for y − w only (the substitute uses none of it);
 *   <li>the input available in the period, U = inv_{t−1} + L · receipts = inv_t + L a (y − w),
 *       bounds output as L a y ≤ s L a X0 (1 − loss) + (1 − s) U, that is
 *       s L a y + (1 − s) L a w − (1 − s) inv_t ≤ s L a X0 (1 − loss).
 * </ul>
 *
 * <p>The ramp: the engine starts it at the first step the pair's stock constrains, which the
 * linear model cannot know in advance. It takes the step a complete cut at the scenario's first
 * event would bring: t₀ = first event start + (1 − ψ) × the pair's inventory days + 1, so the
 * ramp starts when the engine's would under a complete cut from the first event, and earlier (an
 * optimistic bound) under a partial or later one. s(d) = s_max · min(1, (d − t₀) / days) from t₀,
 * averaged over each period's days.
 */
final class Substitutes {

    private final int firstEvent;
    private final ArioParameters parameters;
    private final Periods periods;

    Substitutes(List<Event> events, ArioParameters parameters, Periods periods) {
        this.firstEvent = events.stream().mapToInt(Event::start).min().orElse(Integer.MAX_VALUE);
        this.parameters = parameters;
        this.periods = periods;
    }

    /** Average over period t's days of the share of output that can be made without the input. */
    double share(SubstitutableInput pair, double inventoryDays, int t) {
        if (firstEvent == Integer.MAX_VALUE || pair.substitutable() <= 0) {
            return 0;
        }
        double rampStart = firstEvent + (1 - parameters.psi()) * inventoryDays + 1;
        double sum = 0;
        for (int d = periods.start(t); d < periods.start(t) + periods.length(t); d++) {
            double ramp = d < rampStart ? 0 : pair.days() == 0 ? 1 : Math.min(1, (d - rampStart) / pair.days());
            sum += pair.substitutable() * ramp;
        }
        return sum / periods.length(t);
    }

    /**
     * Adds w and its two rows for one period of one pair.
     *
     * @param output    the buyer's output (yb + ye) as terms, times a coefficient
     * @param inventory the pair's inventory variable at the end of the period
     * @param capacity  X0 (1 − loss) of the buyer over the period, per day
     * @param use       L · a: the input the buyer's output over the period uses per unit a day
     * @return the variable w, or −1 when the share is 0 (nothing added)
     */
    static int add(
            LpModel lp,
            String name,
            double share,
            DoubleFunction<Terms> output,
            int inventory,
            double capacity,
            double use) {
        if (share <= 0) {
            return -1;
        }
        int w = lp.variable(name + " substitute", 0, share * capacity);
        lp.row(
                name + " substitute within output",
                Double.NEGATIVE_INFINITY,
                0,
                output.apply(-1).add(w, 1));
        Terms bound = output.apply(share * use).add(w, (1 - share) * use).add(inventory, -(1 - share));
        lp.row(name + " substitution bound", Double.NEGATIVE_INFINITY, share * use * capacity, bound);
        return w;
    }
}
