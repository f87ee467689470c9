package org.lodestone.app.plan;

import java.io.IOException;
import java.nio.file.Path;
import java.time.temporal.ChronoUnit;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import java.util.TreeSet;
import org.lodestone.app.run.ScenarioRun;
import org.lodestone.app.run.ScenarioRuns;
import org.lodestone.app.run.Scope;
import org.lodestone.app.stresstest.Progress;
import org.lodestone.core.plan.PlanSpec;
import org.lodestone.io.plan.LocatedPlan;
import org.lodestone.io.plan.PlanReader;
import org.lodestone.io.problem.InputException;
import org.lodestone.io.problem.Location;
import org.lodestone.io.problem.Problems;
import org.lodestone.io.run.OutputFolder;
import org.lodestone.io.scenario.LocatedScenario;
import org.lodestone.io.scenario.ScenarioReader;
import org.lodestone.planner.CoalitionPlanner;
import org.lodestone.planner.Plan;
import org.lodestone.planner.PlanOutcome;
import org.lodestone.planner.PlanningProblem;
import org.lodestone.planner.ortools.OrToolsSolver;
import org.lodestone.planner.supply.ScenarioCase;

/**
 * {@code lodestone plan}: reads a plan file, checks it against its dataset and scenarios (every
 * problem located, before anything is solved), solves it, re-runs the engine on each scenario
 * without and with the plan, and writes the results.
 */
public final class PlanUseCase {

    private PlanUseCase() {}

    /**
     * @param threads     engine threads of the simulated check ({@code --threads})
     * @param progressBar true to show a bar over the solves and engine runs on standard error when
     *                    it is a terminal
     * @throws InputException with every problem of the plan, its dataset or its scenarios
     * @throws IOException    if the results cannot be written
     */
    public static PlanResult run(Path planFile, Path out, int threads, boolean progressBar) throws IOException {
        LocatedPlan located = PlanReader.read(planFile);
        PlanSpec spec = located.spec();
        Scope scope = Scope.load(spec.dataset(), spec.coalition(), spec.decided());
        List<LocatedScenario> scenarios = scenarios(located, scope);
        checkOptions(located, scope);
        List<ScenarioCase> cases = new ArrayList<>();
        for (LocatedScenario s : scenarios) {
            ScenarioRun bound = ScenarioRuns.check(s, scope.table(), Optional.of(scope.dataset()));
            long after = s.scenario()
                    .start()
                    .map(d -> ChronoUnit.DAYS.between(spec.decided(), d))
                    .orElse(0L);
            cases.add(new ScenarioCase(
                    s.scenario().name(),
                    bound.events(),
                    s.scenario().model(),
                    s.scenario().horizon(),
                    after,
                    Optional.of(bound.model().table().substitutions())));
        }
        PlanningProblem problem = new PlanningProblem(
                scope.table(),
                scope.dataset().recipes(),
                scope.members(),
                scope.finalCommodity().id().value(),
                cases,
                spec);
        PlanOutcome outcome;
        List<PlanResult.SimulatedCheck> checks;
        long started;
        try (Progress progress =
                Progress.of("plan", progressBar, CoalitionPlanner.solves(problem) + 2L * scenarios.size())) {
            outcome = new CoalitionPlanner(new OrToolsSolver(), progress::advance).plan(problem);
            started = System.nanoTime();
            checks = check(new EngineCheck(scope, threads), scenarios, outcome, progress);
        }
        PlanResult result = new PlanResult(located, scope, outcome, checks, (System.nanoTime() - started) / 1e9, out);
        try (OutputFolder folder = OutputFolder.open(out)) {
            PlanFiles.write(result, folder);
            PlanReport.write(result, folder.resolve("index.html"));
            folder.commit();
        }
        return result;
    }

    private static List<PlanResult.SimulatedCheck> check(
            EngineCheck engine, List<LocatedScenario> scenarios, PlanOutcome outcome, Progress progress) {
        Optional<Plan> plan = PlanFiles.plan(outcome);
        List<PlanResult.SimulatedCheck> checks = new ArrayList<>();
        for (LocatedScenario s : scenarios) {
            double before = engine.before(s);
            progress.advance();
            checks.add(new PlanResult.SimulatedCheck(
                    s.scenario().name(),
                    before,
                    plan.map(p -> engine.after(s, p)).orElse(Double.NaN)));
            progress.advance();
        }
        return checks;
    }

    private static List<LocatedScenario> scenarios(LocatedPlan located, Scope scope) {
        Problems problems = new Problems();
        List<LocatedScenario> scenarios = new ArrayList<>();
        for (int n = 0; n < located.spec().scenarios().size(); n++) {
            Location at = located.scenarios().get(n);
            try {
                LocatedScenario s = ScenarioReader.read(located.scenarioPath(n));
                if (!s.scenario().dataset().equals(located.spec().dataset())) {
                    problems.error(
                            at,
                            "scenarios",
                            located.spec().scenarios().get(n),
                            "uses dataset " + s.scenario().dataset(),
                            "a scenario of the plan's dataset " + located.spec().dataset(),
                            "");
                }
                scenarios.add(s);
            } catch (InputException e) {
                e.problems().forEach(problems::add);
            }
        }
        problems.throwIfErrors();
        return scenarios;
    }

    /** Every option must be in a member's or candidate partner's territory and name a commodity of the dataset. */
    private static void checkOptions(LocatedPlan located, Scope scope) {
        Problems problems = new Problems();
        PlanSpec spec = located.spec();
        Set<String> allowed = new TreeSet<>(scope.members());
        spec.partners().forEach(p -> allowed.add(p.region().code()));
        for (int k = 0; k < spec.partners().size(); k++) {
            String region = spec.partners().get(k).region().code();
            if (scope.dataset().region(spec.partners().get(k).region()).isEmpty()
                    || scope.members().contains(region)) {
                problems.error(
                        located.partners().get(k),
                        "region",
                        region,
                        "is not a candidate partner",
                        "a region of " + scope.dataset().info().id() + " that is not already a member",
                        "");
            }
        }
        for (int k = 0; k < spec.capacity().size(); k++) {
            var o = spec.capacity().get(k);
            check(
                    problems,
                    located.capacity().get(k),
                    o.region().code(),
                    o.commodity().value(),
                    allowed,
                    scope);
        }
        for (int k = 0; k < spec.stockpiles().size(); k++) {
            var o = spec.stockpiles().get(k);
            check(
                    problems,
                    located.stockpiles().get(k),
                    o.region().code(),
                    o.commodity().value(),
                    allowed,
                    scope);
        }
        problems.throwIfErrors();
    }

    private static void check(
            Problems problems, Location at, String region, String commodity, Set<String> allowed, Scope scope) {
        if (!allowed.contains(region)) {
            problems.error(
                    at,
                    "region",
                    region,
                    "is neither a member of " + scope.coalition().id()
                            + " on the decision date nor a candidate partner",
                    "one of " + String.join(", ", allowed),
                    "Maybe add it under partners:");
        }
        if (!scope.table().sectors().contains(commodity)) {
            problems.error(
                    at,
                    "commodity",
                    commodity,
                    "is not a commodity of " + scope.dataset().info().id(),
                    "a commodity id from commodities.csv",
                    "");
        }
    }
}
