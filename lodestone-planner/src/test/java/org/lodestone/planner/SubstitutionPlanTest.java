package org.lodestone.planner;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.within;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.OptionalDouble;
import java.util.Set;
import org.junit.jupiter.api.Test;
import org.lodestone.core.ario.ArioModel;
import org.lodestone.core.ario.ArioParameters;
import org.lodestone.core.ario.ArioRun;
import org.lodestone.core.mrio.FinalDemandColumn;
import org.lodestone.core.mrio.Industry;
import org.lodestone.core.mrio.IoTable;
import org.lodestone.core.mrio.SparseMatrix;
import org.lodestone.core.mrio.SubstitutableInput;
import org.lodestone.core.plan.PlanObjective;
import org.lodestone.core.plan.PlanSpec;
import org.lodestone.core.shock.Event;
import org.lodestone.core.shortfall.ReportingUnits;
import org.lodestone.core.shortfall.ShortfallRecorder;
import org.lodestone.planner.ortools.OrToolsSolver;
import org.lodestone.planner.supply.ScenarioCase;

/**
 * Partial substitution in the linear model, against the engine on the network of core's
 * {@code SubstitutionRampTest}: A makes 100 m a day, all for B, which makes 100 compute a day
 * from one m each for its final demand. A ships B nothing from day 1 for the whole horizon of
 * {@value #HORIZON} days; two days of inventory, ψ = 0.5, no extra output (α_max = 1); B can make
 * 40% of its output without m, reached 10 days after its first shortfall; periods of one day.
 *
 * <p>Engine, by hand (as in {@code SubstitutionRampTest}): B holds 200 m, makes 100 on days 0–2
 * (its stock is at the constraint's threshold on day 2, not below it), falls short on day 3, then
 * makes 4k on day 3 + k for k = 0 … 10 and 40 from day 13: (300 + 180 + 47 · 40) / 6000.
 *
 * <p>Linear model, by hand: B starts with the (1 − ψ) of its target the engine uses before output
 * falls, 100 m, and receives 100 on day 0 (not yet blocked): 100 on days 0 and 1, nothing from its
 * stock on day 2. Its ramp starts at the step a complete cut from the first event brings,
 * t₀ = 1 + (1 − ψ) · 2 + 1 = 3, as the engine's: 4k on day 3 + k, then 40. From the engine's first
 * shortfall on the two agree day by day; they differ by the one day of stock the (1 − ψ) start
 * leaves out (plan-format.md, "Limitations"): (200 + 180 + 47 · 40) / 6000.
 */
class SubstitutionPlanTest {

    private static final double DAYS = 365;
    private static final int HORIZON = 60;
    private static final int M = 1;
    private static final int B = 1;

    @Test
    void theLinearModelRampsTheSubstituteAsTheEngineDoesOnceTheInputIsShort() {
        IoTable table = table().withSubstitutions(List.of(new SubstitutableInput(M, B, 0.4, 10, Double.NaN)));

        double engine = engine(table);
        double linear = linear(table);

        assertThat(engine).isCloseTo((300 + 180 + 47 * 40) / 6000.0, within(1e-9));
        assertThat(linear).isCloseTo((200 + 180 + 47 * 40) / 6000.0, within(1e-6));
        assertThat(engine - linear).as("one day of stock").isCloseTo(100 / 6000.0, within(1e-6));
    }

    @Test
    void aLargerShareNeverDeliversLessAndNoShareIsTheHardInput() {
        List<Double> delivered = new ArrayList<>();
        for (double share : new double[] {0, 0.2, 0.4, 0.7, 1}) {
            delivered.add(
                    linear(table().withSubstitutions(List.of(new SubstitutableInput(M, B, share, 10, Double.NaN)))));
        }

        assertThat(delivered.get(0)).as("s = 0: days 0 and 1 only").isCloseTo(200 / 6000.0, within(1e-6));
        assertThat(linear(table())).as("no substitution: the same").isCloseTo(200 / 6000.0, within(1e-6));
        for (int k = 1; k < delivered.size(); k++) {
            assertThat(delivered.get(k)).isGreaterThan(delivered.get(k - 1));
        }
        assertThat(delivered.get(4))
                .as("s = 1 over 10 days: 10k on day 3 + k, then 100")
                .isCloseTo((200 + 450 + 47 * 100) / 6000.0, within(1e-6));
    }

    private static ArioParameters parameters() {
        return ArioParameters.defaults()
                .withPsi(0.5)
                .withAlpha(1, 1, 365)
                .withInventory(2, Map.of())
                .withThreads(1);
    }

    private static List<Event> cut() {
        return List.of(new Event.ExportControl(
                new int[] {0}, new boolean[] {false, true}, new boolean[] {false}, 1.0, 1, 1000, 0, 0));
    }

    private static double engine(IoTable table) {
        ReportingUnits units = ReportingUnits.of(table, "coalition", Set.of("B"), "compute");
        ShortfallRecorder recorder = new ShortfallRecorder(units, HORIZON);
        new ArioRun(ArioModel.of(table, parameters()), cut()).run(HORIZON, recorder);
        return recorder.outcome(0).compute().orElseThrow().delivered();
    }

    private static double linear(IoTable table) {
        PlanSpec spec = new PlanSpec(
                "substitution",
                "test",
                Optional.empty(),
                LocalDate.of(2026, 1, 1),
                List.of("cut"),
                PlanObjective.MAX_MIN_COMPUTE,
                0,
                OptionalDouble.of(0),
                List.of(),
                List.of(),
                List.of(),
                1,
                30);
        ScenarioCase cut = new ScenarioCase("cut", cut(), parameters(), HORIZON, 0);
        PlanOutcome outcome = new CoalitionPlanner(new OrToolsSolver())
                .plan(new PlanningProblem(table, List.of(), Set.of("B"), "compute", List.of(cut), spec));
        assertThat(outcome).isInstanceOf(PlanOutcome.Optimal.class);
        return ((PlanOutcome.Optimal) outcome).plan().scenarios().get(0).before();
    }

    /** A/m → B/compute, 100 a day; B sells 100 a day to its final demand. */
    private static IoTable table() {
        return new IoTable(
                List.of(new Industry("A", "m"), new Industry("B", "compute")),
                List.of(new FinalDemandColumn("B", "final")),
                new SparseMatrix.Builder(2, 2).add(0, 1, 100 * DAYS).build(),
                new SparseMatrix.Builder(2, 1).add(1, 0, 100 * DAYS).build(),
                new double[] {100 * DAYS, 100 * DAYS},
                IoTable.Units.PHYSICAL,
                1,
                Optional.empty());
    }
}
