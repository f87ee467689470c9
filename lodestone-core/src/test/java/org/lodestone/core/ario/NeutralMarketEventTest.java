package org.lodestone.core.ario;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Random;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;
import org.lodestone.core.shock.Event;

/**
 * Market events that block nothing and scale nothing leave the reference engine's run unchanged,
 * bit for bit: restrictions with blocked share 0 (or fully licensed from the start) and demand
 * factors of 1 ({@link RandomShocks#neutral}), alone or next to the reference's own events, on
 * synthetic MRIOs and sparse physical tables, with inventories short enough to bind.
 */
class NeutralMarketEventTest {

    private static final int STEPS = 80;

    @ParameterizedTest(name = "{0}")
    @MethodSource("org.lodestone.core.ario.SeededTables#all")
    void neutralEventsAloneAreNoEvents(SeededTables.Case c) {
        ArioModel model = model(c);
        List<Event> neutral = RandomShocks.neutral(model, new Random(c.name().hashCode()));

        Trajectories.assertIdentical(run(model, neutral), run(model, List.of()), c + ", neutral events only");
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource("org.lodestone.core.ario.SeededTables#all")
    void neutralEventsBesideCapacityShocksChangeNothing(SeededTables.Case c) {
        ArioModel model = model(c);
        Random random = new Random(c.name().hashCode());
        List<Event> shocks = RandomShocks.of(model, random);
        List<Event> withNeutral = new ArrayList<>(shocks);
        withNeutral.addAll(RandomShocks.neutral(model, random));

        Trajectories.assertIdentical(run(model, withNeutral), run(model, shocks), c + ", shocks with neutral events");
    }

    private static ArioModel model(SeededTables.Case c) {
        return ArioModel.of(c.table(), ArioParameters.defaults().withThreads(1).withInventory(5, Map.of()));
    }

    private static Trajectories run(ArioModel model, List<Event> events) {
        Trajectories trajectories = new Trajectories();
        new ArioRun(model, events).run(STEPS, trajectories);
        return trajectories;
    }
}
