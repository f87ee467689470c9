package org.lodestone.core.ario;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.assertj.core.api.Assertions.within;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Map;
import java.util.Random;
import org.junit.jupiter.api.Test;
import org.lodestone.core.mrio.IoTable;
import org.lodestone.core.shock.Event;
import org.lodestone.core.shock.RecoveryCurve;

/**
 * The typed events of a run, on the network of {@link ExportControlShortageTest}: A is the only
 * maker of m (X0 140: 100 to C, 40 to A's final demand); C/s uses 100 m a step (a = 1) for 100 of
 * final demand, with 30 days of inventory (target 3000) and ψ = 0.8; restoration over 60 steps.
 * α is held at 1.25 (α base = α max), so A can always ship what C orders once the control ends.
 * A blocks all of its m to C for 10 steps, 1 to 10.
 *
 * <p>By hand: C receives nothing in steps 1–10 and uses 100 a step, so its stock at the start of
 * step t is 3000 − 100 (t − 1) up to step 8, where 2300 < ψ · 100 · 30 = 2400: from step 8 the
 * input limits production (stock-out of m at C) and C makes 100 · stock / 2400 < 99.9 (shortage
 * of C). From then on it makes stock / 24 until the orders placed at the end of step 10 (use +
 * gap / 60) arrive in step 11; then stock(t + 1) = stock(t) − x(t) + use(t − 1) + (3000 −
 * stock(t)) / 60... which climbs back: 2391.28 at the start of step 40 (x = 99.64, still short),
 * 2401.01 at step 41 (x = 100). So the stock-out and the shortage both end at step 41. A never
 * falls short: its demand is 40 during the control and at most 40 + 88.0 + 16.3 < 175 after.
 */
class RunEventsTest {

    private static final int A = 0;
    private static final int C = 1;
    private static final int M = 0;
    private static final IoTable TABLE = ExportControlShortageTest.TABLE;
    private static final Event CONTROL =
            new Event.ExportControl(new int[] {A}, SmallTables.only(2, C), SmallTables.only(2, C), 1.0, 1, 10, 0, 0);

    private static ArioParameters parameters() {
        return new ArioParameters(
                ArioParameters.Kind.PSI,
                ArioParameters.OrderType.ALT,
                1.25,
                1.25,
                365,
                30,
                Map.of(),
                60,
                Map.of(),
                0.8,
                1,
                1,
                1);
    }

    /** Every typed event of the run, as text in publication order. */
    private static List<Object> events(int steps) {
        List<Object> seen = new ArrayList<>();
        new ArioRun(ArioModel.of(TABLE, parameters()), List.of(CONTROL))
                .onPhaseChanged(seen::add)
                .onShortageBegan(seen::add)
                .onShortageEnded(seen::add)
                .onStockOut(seen::add)
                .onStockRestored(seen::add)
                .run(steps, StepListener.none());
        return seen;
    }

    @Test
    void theControlPublishesItsPhasesAndTheShortageAndStockOutItCauses() {
        List<Object> events = events(SmallTables.STEPS);

        assertThat(events).hasSize(6);
        assertThat(events.get(0)).isEqualTo(new PhaseChanged(1, 0, EventPhase.PENDING, EventPhase.HAPPENING));
        ShortageBegan began = (ShortageBegan) events.get(1);
        assertThat(began.step()).isEqualTo(8);
        assertThat(began.industry()).isEqualTo(C);
        assertThat(began.production()).isCloseTo(100 * 2300.0 / 2400, within(1e-9));
        assertThat(began.demand()).isEqualTo(100);
        StockOut out = (StockOut) events.get(2);
        assertThat(List.of(out.step(), out.buyer(), out.product())).containsExactly(8, C, M);
        assertThat(out.stock()).isCloseTo(2300, within(1e-9));
        assertThat(events.get(3)).isEqualTo(new PhaseChanged(11, 0, EventPhase.HAPPENING, EventPhase.FINISHED));
        assertThat(events.subList(4, 6)).containsExactly(new ShortageEnded(41, C), new StockRestored(41, C, M));
    }

    @Test
    void aShortageStillGoingWhenTheRunStopsHasNoEnd() {
        assertThat(events(30)).hasSize(4).noneMatch(e -> e instanceof ShortageEnded || e instanceof StockRestored);
    }

    @Test
    void openStockOutsAreTheLimitingInputsTheViewCountsOnRandomShockedTables() {
        for (SeededTables.Case c : SeededTables.all().toList()) {
            ArioModel model = ArioModel.of(
                    c.table(), ArioParameters.defaults().withThreads(1).withInventory(5, Map.of()));
            int[] open = new int[model.p];
            int[] checked = {0};
            new ArioRun(model, RandomShocks.of(model, new Random(c.name().hashCode())))
                    .onStockOut(e -> open[e.buyer()]++)
                    .onStockRestored(e -> open[e.buyer()]--)
                    .run(60, step -> {
                        for (int j = 0; j < step.industries(); j++) {
                            assertThat(open[j])
                                    .as("%s, step %d, industry %d", c, step.step(), j)
                                    .isEqualTo(step.limitingInputs().get(j));
                            checked[0] += open[j];
                        }
                    });
            assertThat(checked[0]).as("%s: some input ran short", c).isPositive();
        }
    }

    /** A linear recovery over τ = 30 leaves nothing at elapsed = τ: the loss recovers from step 15 and is gone at 45. */
    @Test
    void aCapacityLossPublishesTheEnginesPhases() {
        Event loss = new Event.CapacityLoss(new int[] {A}, new double[] {0.5}, 5, 10, RecoveryCurve.LINEAR, 30);
        List<PhaseChanged> phases = new ArrayList<>();
        new ArioRun(ArioModel.of(TABLE, SmallTables.parameters(30)), List.of(loss))
                .onPhaseChanged(phases::add)
                .run(SmallTables.STEPS, StepListener.none());

        assertThat(phases)
                .containsExactly(
                        new PhaseChanged(5, 0, EventPhase.PENDING, EventPhase.HAPPENING),
                        new PhaseChanged(15, 0, EventPhase.HAPPENING, EventPhase.RECOVERING),
                        new PhaseChanged(45, 0, EventPhase.RECOVERING, EventPhase.FINISHED));
    }

    @Test
    void aListenerCannotChangeTheRun() {
        Trajectories plain = new Trajectories();
        new ArioRun(ArioModel.of(TABLE, parameters()), List.of(CONTROL)).run(60, plain);

        Trajectories meddled = new Trajectories();
        ArioRun run = new ArioRun(ArioModel.of(TABLE, parameters()), List.of(CONTROL));
        run.run(60, meddled.andThen(step -> {
            assertThat(step).isNotInstanceOf(ArioRun.class);
            double[] copy = step.production().toArray();
            Arrays.fill(copy, -1);
            step.capacity().copyInto(copy);
            Arrays.fill(copy, -1);
        }));

        Trajectories.assertIdentical(meddled, plain, "a run whose listener writes into its copies");
        assertThatThrownBy(() -> run.onStockOut(e -> {}))
                .isInstanceOf(IllegalStateException.class)
                .hasMessageContaining("before the run starts");
    }
}
