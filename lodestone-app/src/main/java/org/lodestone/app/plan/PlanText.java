package org.lodestone.app.plan;

import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import org.lodestone.app.table.TextTable;
import org.lodestone.planner.PartnerValue;
import org.lodestone.planner.Plan;
import org.lodestone.planner.PlanOutcome;

/** The plan as terminal text: the outcome, what to build and stock, the partners, and the figures per scenario. */
public final class PlanText {

    private PlanText() {}

    /** The whole printout, each line ending in a newline. */
    public static String render(PlanResult result) {
        StringBuilder out = new StringBuilder();
        var spec = result.plan().spec();
        out.append(String.format(
                Locale.ROOT,
                "Lodestone plan %s: %s, coalition %s on %s (%s), %s%n",
                spec.name(),
                spec.dataset(),
                result.scope().coalition().id(),
                spec.decided(),
                String.join(" ", result.scope().members()),
                goal(result)));
        out.append(headline(result.outcome(), result.currency())).append('\n');
        Plan plan = result.outcome() instanceof PlanOutcome.Optimal o
                ? o.plan()
                : result.outcome() instanceof PlanOutcome.TimedOut t ? t.best().orElse(null) : null;
        if (plan != null) {
            out.append('\n').append(decisions(plan, result)).append('\n').append(scenarios(plan, result.checks()));
        }
        if (result.outcome() instanceof PlanOutcome.Optimal o && !o.partners().isEmpty()) {
            out.append('\n').append(partners(o.partners(), result.currency()));
        }
        out.append(String.format(
                Locale.ROOT,
                "%nSolver %.2f s, engine check %.2f s.%n",
                result.outcome().seconds(),
                result.checkSeconds()));
        return out.toString();
    }

    private static String goal(PlanResult result) {
        var spec = result.plan().spec();
        return switch (spec.objective()) {
            case MIN_COST ->
                "minimum cost to deliver >= " + percent(spec.target()) + "% of AI compute"
                        + spec.budget().stream()
                                .mapToObj(b -> " within " + spec.currency() + " " + money(b))
                                .findFirst()
                                .orElse("");
            case MAX_MIN_COMPUTE ->
                "most AI compute in the worst scenario within " + spec.currency() + " "
                        + money(spec.budget().orElse(0));
        };
    }

    /** One line saying how the solve ended, costs in {@code currency}. */
    static String headline(PlanOutcome outcome, String currency) {
        if (outcome instanceof PlanOutcome.Optimal o) {
            return String.format(
                    Locale.ROOT,
                    "Optimal: cost %s %s, worst scenario %s%% of baseline AI compute (linear model).",
                    currency,
                    money(o.plan().cost()),
                    percent(o.plan().worstAfter()));
        }
        if (outcome instanceof PlanOutcome.Infeasible i) {
            return String.format(
                    Locale.ROOT,
                    "Infeasible: scenario %s binds; at most %s%% of AI compute can be delivered in it (target %s%%),"
                            + " limited most by %s. Maybe raise the options' max, add options or partners, or lower the target.",
                    i.scenario(),
                    percent(i.best()),
                    percent(i.target()),
                    i.commodity().isEmpty() ? "(no single product)" : i.commodity());
        }
        if (outcome instanceof PlanOutcome.Unbounded) {
            return "Unbounded: the objective has no limit; check the options' costs and bounds.";
        }
        return ((PlanOutcome.TimedOut) outcome).best().isPresent()
                ? "Timed out: the best plan found is shown (not proven optimal)."
                : "Timed out before any plan was found. Maybe raise time-limit-seconds or lengthen period-days.";
    }

    private static String decisions(Plan plan, PlanResult result) {
        TextTable table = new TextTable(
                List.of("decision", "where", "amount", "unit", "cost, " + result.currency()),
                false,
                false,
                true,
                false,
                true);
        for (Plan.Built b : plan.capacity()) {
            table.add(List.of(
                    "build",
                    b.option().label(),
                    number(b.unitsPerYear()),
                    result.unit(b.option().commodity()) + "/year",
                    money(b.cost())));
        }
        for (Plan.Stocked s : plan.stockpiles()) {
            table.add(List.of(
                    "stock",
                    s.option().label(),
                    number(s.units()),
                    result.unit(s.option().commodity()),
                    money(s.cost())));
        }
        for (String p : plan.partners()) {
            table.add(List.of("join", p, "-", "", ""));
        }
        table.add(List.of("total", "", "", "", money(plan.cost())));
        return table.render();
    }

    private static String scenarios(Plan plan, List<PlanResult.SimulatedCheck> checks) {
        TextTable table = new TextTable(
                List.of("scenario", "planned before %", "planned after %", "simulated before %", "simulated after %"),
                false,
                true,
                true,
                true,
                true);
        for (int s = 0; s < plan.scenarios().size(); s++) {
            Plan.ScenarioFigure f = plan.scenarios().get(s);
            List<String> row = new ArrayList<>(List.of(f.scenario(), percent(f.before()), percent(f.after())));
            PlanResult.SimulatedCheck c = s < checks.size() ? checks.get(s) : null;
            row.add(c == null ? "-" : percent(c.before()));
            row.add(c == null ? "-" : percent(c.after()));
            table.add(row);
        }
        return "AI compute delivered by the coalition over each scenario's horizon, % of baseline:\n" + table.render();
    }

    private static String partners(List<PartnerValue> partners, String currency) {
        TextTable table = new TextTable(
                List.of("candidate partner", "joins", "cost saved, " + currency, "compute gained (points)"),
                false,
                false,
                true,
                true);
        for (PartnerValue p : partners) {
            table.add(List.of(
                    p.region(),
                    p.joins() ? "yes" : "no",
                    Double.isNaN(p.costSaved()) ? "-" : money(p.costSaved()),
                    Double.isNaN(p.computeGained()) ? "-" : percent(p.computeGained())));
        }
        return table.render();
    }

    static String percent(double fraction) {
        return Double.isNaN(fraction) ? "-" : String.format(Locale.ROOT, "%.2f", 100 * fraction);
    }

    /** Whole currency units; a solver's rounding around 0 (say −1e−9) prints as 0, not −0. */
    static String money(double value) {
        return Double.isInfinite(value)
                ? "needed"
                : String.format(Locale.ROOT, "%,.0f", Math.abs(value) < 0.5 ? 0.0 : value);
    }

    static String number(double value) {
        return value == 0 ? "0" : String.format(Locale.ROOT, "%,.1f", value);
    }
}
