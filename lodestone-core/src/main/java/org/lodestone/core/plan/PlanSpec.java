package org.lodestone.core.plan;

import java.time.LocalDate;
import java.util.List;
import java.util.Objects;
import java.util.Optional;
import java.util.OptionalDouble;
import java.util.OptionalInt;

/**
 * A coalition plan as a plan file states it ({@code docs/plan-format.md}): the stress scenarios
 * the plan must withstand, the objective, and the decisions the planner may take.
 *
 * @param name        the plan's name
 * @param dataset     the dataset reference every scenario must use
 * @param coalition   the coalition; the dataset's default when empty
 * @param decided     the date decisions are taken: capacity is ready {@code leadDays} later, and
 *                    members are those of the coalition on this date
 * @param scenarios   scenario references ({@code builtin:NAME} or files), at least one
 * @param objective   what is optimised
 * @param target      AI compute delivered to reach in every scenario, a fraction of baseline
 *                    (used by {@link PlanObjective#MIN_COST})
 * @param budget      the most the plan may cost (required by {@link PlanObjective#MAX_MIN_COMPUTE})
 * @param capacity    capacity that may be built
 * @param stockpiles  stockpiles that may be held
 * @param partners    candidate partners
 * @param periodDays  length of one period of the time-expanded model, in days (≥ 1)
 * @param timeLimitSeconds the solver's time limit per solve (&gt; 0)
 * @param priceYear   the year of the US dollars every cost is given in; empty when the file does not
 *                    say (outputs then say "price year not stated")
 */
public record PlanSpec(
        String name,
        String dataset,
        Optional<String> coalition,
        LocalDate decided,
        List<String> scenarios,
        PlanObjective objective,
        double target,
        OptionalDouble budget,
        List<CapacityOption> capacity,
        List<StockpileOption> stockpiles,
        List<PartnerOption> partners,
        int periodDays,
        double timeLimitSeconds,
        OptionalInt priceYear) {

    /** Default period length of the time-expanded model, in days. */
    public static final int DEFAULT_PERIOD_DAYS = 30;
    /** Default solver time limit per solve, in seconds. */
    public static final double DEFAULT_TIME_LIMIT_SECONDS = 60;

    public PlanSpec {
        Objects.requireNonNull(name, "name");
        Objects.requireNonNull(dataset, "dataset");
        Objects.requireNonNull(coalition, "coalition");
        Objects.requireNonNull(decided, "decided");
        scenarios = List.copyOf(scenarios);
        Objects.requireNonNull(objective, "objective");
        Objects.requireNonNull(budget, "budget");
        capacity = List.copyOf(capacity);
        stockpiles = List.copyOf(stockpiles);
        partners = List.copyOf(partners);
        if (scenarios.isEmpty()) {
            throw new IllegalArgumentException("a plan needs at least one scenario");
        }
        if (!(target >= 0) || Double.isInfinite(target)) {
            throw new IllegalArgumentException("target must be finite and >= 0, was " + target);
        }
        if (objective == PlanObjective.MAX_MIN_COMPUTE && budget.isEmpty()) {
            throw new IllegalArgumentException("max-min-compute needs a budget");
        }
        Objects.requireNonNull(priceYear, "priceYear");
        if (periodDays < 1 || !(timeLimitSeconds > 0)) {
            throw new IllegalArgumentException(
                    "period must be >= 1 day and time limit > 0, were " + periodDays + ", " + timeLimitSeconds);
        }
    }

    /** A plan whose file does not name the price year of its costs. */
    public PlanSpec(
            String name,
            String dataset,
            Optional<String> coalition,
            LocalDate decided,
            List<String> scenarios,
            PlanObjective objective,
            double target,
            OptionalDouble budget,
            List<CapacityOption> capacity,
            List<StockpileOption> stockpiles,
            List<PartnerOption> partners,
            int periodDays,
            double timeLimitSeconds) {
        this(
                name,
                dataset,
                coalition,
                decided,
                scenarios,
                objective,
                target,
                budget,
                capacity,
                stockpiles,
                partners,
                periodDays,
                timeLimitSeconds,
                OptionalInt.empty());
    }

    /** The money every cost is in: {@code "USD 2025"}, or {@code "USD, price year not stated"}. */
    public String currency() {
        return priceYear.isPresent() ? "USD " + priceYear.getAsInt() : "USD, price year not stated";
    }
}
