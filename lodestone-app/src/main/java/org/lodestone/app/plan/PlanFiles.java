package org.lodestone.app.plan;

import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.SerializationFeature;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.lodestone.app.table.Csv;
import org.lodestone.io.run.OutputFolder;
import org.lodestone.planner.Plan;
import org.lodestone.planner.PlanOutcome;

/**
 * Writes {@code decisions.csv}, {@code scenarios.csv} and {@code plan.json} (docs/plan-format.md,
 * "Outputs"). AI compute delivered is in % of baseline ({@code _pct}), as in {@code stress-test}'s
 * summary; a partner's compute gained in percentage points.
 */
final class PlanFiles {

    private PlanFiles() {}

    static void write(PlanResult result, OutputFolder folder) throws IOException {
        Optional<Plan> plan = plan(result.outcome());
        StringBuilder decisions = new StringBuilder(
                Csv.line(List.of("decision", "region", "commodity", "amount", "unit", "cost", "currency")));
        StringBuilder scenarios = new StringBuilder(Csv.line(List.of(
                "scenario", "planned_before_pct", "planned_after_pct", "simulated_before_pct", "simulated_after_pct")));
        plan.ifPresent(p -> {
            p.capacity()
                    .forEach(b -> decisions.append(Csv.line(List.of(
                            "build",
                            b.option().region().code(),
                            b.option().commodity().value(),
                            Csv.number(b.unitsPerYear()),
                            result.unit(b.option().commodity()) + "/year",
                            Csv.number(b.cost()),
                            result.currency()))));
            p.stockpiles()
                    .forEach(s -> decisions.append(Csv.line(List.of(
                            "stock",
                            s.option().region().code(),
                            s.option().commodity().value(),
                            Csv.number(s.units()),
                            result.unit(s.option().commodity()),
                            Csv.number(s.cost()),
                            result.currency()))));
            p.partners().forEach(r -> decisions.append(Csv.line(List.of("join", r, "", "", "", "", ""))));
            for (int s = 0; s < p.scenarios().size(); s++) {
                Plan.ScenarioFigure f = p.scenarios().get(s);
                PlanResult.SimulatedCheck c = result.checks().get(s);
                scenarios.append(Csv.line(List.of(
                        f.scenario(),
                        Csv.number(100 * f.before()),
                        Csv.number(100 * f.after()),
                        Csv.number(100 * c.before()),
                        Csv.number(100 * c.after()))));
            }
        });
        Files.writeString(folder.resolve("decisions.csv"), decisions, StandardCharsets.UTF_8);
        Files.writeString(folder.resolve("scenarios.csv"), scenarios, StandardCharsets.UTF_8);
        new ObjectMapper()
                .enable(SerializationFeature.INDENT_OUTPUT)
                .writeValue(folder.resolve("plan.json").toFile(), json(result, plan));
    }

    static Optional<Plan> plan(PlanOutcome outcome) {
        if (outcome instanceof PlanOutcome.Optimal o) {
            return Optional.of(o.plan());
        }
        return outcome instanceof PlanOutcome.TimedOut t ? t.best() : Optional.empty();
    }

    private static Map<String, Object> json(PlanResult result, Optional<Plan> plan) {
        Map<String, Object> root = new LinkedHashMap<>();
        var spec = result.plan().spec();
        root.put("plan", spec.name());
        root.put("dataset", spec.dataset());
        root.put("coalition", result.scope().coalition().id());
        root.put("members", List.copyOf(result.scope().members()));
        root.put("decided", spec.decided().toString());
        root.put("objective", spec.objective().key());
        root.put("outcome", result.outcome().getClass().getSimpleName().toLowerCase(java.util.Locale.ROOT));
        root.put("summary", PlanText.headline(result.outcome(), result.currency()));
        root.put("currency", "USD");
        root.put("price_year", spec.priceYear().isPresent() ? spec.priceYear().getAsInt() : null);
        root.put("solver_seconds", result.outcome().seconds());
        root.put("check_seconds", result.checkSeconds());
        plan.ifPresent(p -> {
            root.put("cost", p.cost());
            List<Map<String, Object>> rows = new ArrayList<>();
            p.capacity()
                    .forEach(b -> rows.add(Map.of(
                            "decision",
                            "build",
                            "where",
                            b.option().label(),
                            "units_per_year",
                            b.unitsPerYear(),
                            "unit",
                            result.unit(b.option().commodity()) + "/year",
                            "cost",
                            b.cost())));
            p.stockpiles()
                    .forEach(s -> rows.add(Map.of(
                            "decision",
                            "stock",
                            "where",
                            s.option().label(),
                            "units",
                            s.units(),
                            "unit",
                            result.unit(s.option().commodity()),
                            "cost",
                            s.cost())));
            root.put("decisions", rows);
            root.put("partners_joining", p.partners());
            List<Map<String, Object>> figures = new ArrayList<>();
            for (int s = 0; s < p.scenarios().size(); s++) {
                Plan.ScenarioFigure f = p.scenarios().get(s);
                PlanResult.SimulatedCheck c = result.checks().get(s);
                figures.add(Map.of(
                        "scenario",
                        f.scenario(),
                        "planned_before_pct",
                        100 * f.before(),
                        "planned_after_pct",
                        100 * f.after(),
                        "simulated_before_pct",
                        100 * c.before(),
                        "simulated_after_pct",
                        100 * c.after()));
            }
            root.put("scenarios", figures);
        });
        if (result.outcome() instanceof PlanOutcome.Optimal o) {
            root.put(
                    "partner_values",
                    o.partners().stream()
                            .map(v -> Map.of(
                                    "region",
                                    v.region(),
                                    "joins",
                                    v.joins(),
                                    "cost_saved",
                                    String.valueOf(v.costSaved()),
                                    "compute_gained_pct_points",
                                    String.valueOf(100 * v.computeGained())))
                            .toList());
        }
        if (result.outcome() instanceof PlanOutcome.Infeasible i) {
            root.put(
                    "binding",
                    Map.of(
                            "scenario",
                            i.scenario(),
                            "commodity",
                            i.commodity(),
                            "best_pct",
                            100 * i.best(),
                            "target_pct",
                            100 * i.target()));
        }
        return root;
    }
}
