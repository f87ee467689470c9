package org.lodestone.planner;

import java.util.List;
import java.util.Optional;

/** How planning ended: a value, never an exception. */
public sealed interface PlanOutcome
        permits PlanOutcome.Optimal, PlanOutcome.Infeasible, PlanOutcome.Unbounded, PlanOutcome.TimedOut {

    /** Seconds spent solving (every solve together). */
    double seconds();

    /** The optimal plan and the value of each candidate partner. */
    record Optimal(Plan plan, List<PartnerValue> partners, double seconds) implements PlanOutcome {
        public Optimal {
            partners = List.copyOf(partners);
        }
    }

    /**
     * No plan meets the target within the options and budget.
     *
     * @param scenario  the scenario that binds: the one whose best achievable delivery is lowest
     * @param commodity the product whose supply limits it most (largest shadow price × baseline use)
     * @param best      the most AI compute deliverable in that scenario with every option allowed, a fraction
     * @param target    the target
     */
    record Infeasible(String scenario, String commodity, double best, double target, double seconds)
            implements PlanOutcome {}

    /** The objective has no bound (a cost that can decrease without limit). */
    record Unbounded(double seconds) implements PlanOutcome {}

    /** The time limit was reached; the best plan found so far, if any. */
    record TimedOut(Optional<Plan> best, double seconds) implements PlanOutcome {}
}
