package org.lodestone.planner;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.within;

import java.time.LocalDate;
import java.util.Arrays;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.OptionalDouble;
import java.util.Random;
import java.util.Set;
import java.util.TreeSet;
import org.junit.jupiter.api.Test;
import org.lodestone.core.ario.ArioModel;
import org.lodestone.core.ario.ArioParameters;
import org.lodestone.core.ario.ArioRun;
import org.lodestone.core.ario.RunOutcome;
import org.lodestone.core.mrio.IoTable;
import org.lodestone.core.plan.PlanObjective;
import org.lodestone.core.plan.PlanSpec;
import org.lodestone.core.shock.Event;
import org.lodestone.core.shortfall.ReportingUnits;
import org.lodestone.core.shortfall.ShortfallRecorder;
import org.lodestone.planner.ortools.OrToolsSolver;
import org.lodestone.planner.supply.ScenarioCase;

/**
 * The linear model's "before the plan" figure equals the engine's AI compute delivered on random
 * small networks ({@link RandomNetworks}) with random export controls, logistics disruptions,
 * capacity losses (every recovery curve), demand shocks and stock releases, where the linear model
 * is exact. It is exact when the members' compute output is limited only by its capacity and by what
 * is demanded of it, and both are read per step from the same bound events:
 *
 * <ul>
 *   <li>periods of one day, so no figure is averaged;
 *   <li>α_max = 1: no overproduction, whose rise the engine paces over α-τ while the linear model
 *       would grant it at once;
 *   <li>infinite inventories of every input: no input ever limits output, so no supplier's rationing
 *       or blocked delivery reaches the compute nodes (the linear model's inventory rows, which
 *       approximate the engine's order dynamics, are then absent);
 *   <li>compute sold only to final demand, so what is demanded of it is final demand alone, × the
 *       demand factors, less the share restrictions block from its final-demand columns.
 * </ul>
 *
 * Then each member's output per day is {@code min(X0 · (1 − capacity lost), demand)} in both, and
 * they agree to the solver's tolerance: 1e-6 of baseline, stated here as {@link #TOLERANCE}. The
 * drift this guards against: a demand shock applied to every region rather than the named columns,
 * export-control target columns ignored, and linear recovery one step early in place of the
 * engine's curves.
 */
class EngineAgreementTest {

    private static final double TOLERANCE = 1e-6;
    private static final int HORIZON = 40;
    private static final int NETWORKS = 30;

    private final CoalitionPlanner planner = new CoalitionPlanner(new OrToolsSolver());

    @Test
    void theLinearModelBeforeThePlanIsTheEngineWhereNothingIsRationed() {
        Random random = new Random(2026);
        for (int n = 0; n < NETWORKS; n++) {
            IoTable table = RandomNetworks.table(random);
            List<Event> events = RandomNetworks.events(random, table, HORIZON);
            Set<String> members = members(random, table);
            ArioParameters parameters = exact(table);

            double engine = engine(table, events, members, parameters);
            double linear = linear(table, events, members, parameters);

            assertThat(linear)
                    .as("network %d, members %s, events %s", n, members, describe(events))
                    .isCloseTo(engine, within(TOLERANCE));
        }
    }

    private static List<String> describe(List<Event> events) {
        return events.stream()
                .map(e -> e.getClass().getSimpleName() + Arrays.toString(e.industries()) + " from step " + e.start()
                        + " for " + e.duration())
                .toList();
    }

    /** α_max = 1 and infinite inventories of every input. */
    private static ArioParameters exact(IoTable table) {
        Map<String, Double> infinite = new HashMap<>();
        table.sectors().forEach(s -> infinite.put(s, Double.POSITIVE_INFINITY));
        return ArioParameters.defaults()
                .withAlpha(1, 1, 365)
                .withInventory(90, infinite)
                .withThreads(1);
    }

    private static Set<String> members(Random random, IoTable table) {
        Set<String> members = new TreeSet<>();
        for (String region : table.regions()) {
            if (random.nextBoolean()) {
                members.add(region);
            }
        }
        if (members.isEmpty()) {
            members.add(table.regions().get(0));
        }
        return members;
    }

    private static double engine(IoTable table, List<Event> events, Set<String> members, ArioParameters parameters) {
        ReportingUnits units = ReportingUnits.of(table, "coalition", members, RandomNetworks.FINAL);
        ShortfallRecorder recorder = new ShortfallRecorder(units, HORIZON);
        RunOutcome outcome = new ArioRun(ArioModel.of(table, parameters), events).run(HORIZON, recorder);
        assertThat(outcome.crashed()).isFalse();
        return recorder.outcome(0).compute().orElseThrow().delivered();
    }

    private double linear(IoTable table, List<Event> events, Set<String> members, ArioParameters parameters) {
        ScenarioCase scenario = new ScenarioCase("random", events, parameters, HORIZON, 0);
        PlanSpec spec = new PlanSpec(
                "agreement",
                "test",
                Optional.empty(),
                LocalDate.of(2026, 1, 1),
                List.of("random"),
                PlanObjective.MAX_MIN_COMPUTE,
                0,
                OptionalDouble.of(0),
                List.of(),
                List.of(),
                List.of(),
                1,
                30);
        PlanOutcome outcome = planner.plan(
                new PlanningProblem(table, List.of(), members, RandomNetworks.FINAL, List.of(scenario), spec));
        assertThat(outcome).isInstanceOf(PlanOutcome.Optimal.class);
        return ((PlanOutcome.Optimal) outcome).plan().scenarios().get(0).before();
    }
}
