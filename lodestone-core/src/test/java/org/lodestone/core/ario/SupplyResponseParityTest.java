package org.lodestone.core.ario;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.ArrayList;
import java.util.List;
import java.util.Random;
import java.util.stream.IntStream;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;
import org.lodestone.core.mrio.IoTable;
import org.lodestone.core.mrio.ProducerSpare;
import org.lodestone.core.mrio.SwitchingLag;
import org.lodestone.core.shock.Event;

/**
 * Supplier qualification and spare capacity at their neutral values, on seeded tables under
 * random shocks: no rows change nothing; a lag of 0 on every product is version 1's instant
 * re-ordering bit for bit when no final buyer is restricted (final buyers only switch where a
 * lag is given, which version 1 never does); a spare share and ramp equal to the model's
 * {@code alpha-max} and {@code alpha-tau} change nothing.
 */
class SupplyResponseParityTest {

    private static final int STEPS = 120;

    @ParameterizedTest(name = "{0}")
    @MethodSource("org.lodestone.core.ario.SeededTables#all")
    void noRowsChangeNothing(SeededTables.Case c) {
        ArioModel model = ArioModel.of(c.table(), parameters());
        Random random = new Random(c.name().hashCode());
        List<Event> events = new ArrayList<>(RandomShocks.of(model, random));
        events.addAll(RandomShocks.market(model, random));

        assertSameRun(c.table(), c.table().withSupplyResponse(List.of(), List.of()), events);
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource("org.lodestone.core.ario.SeededTables#all")
    void neutralRowsAreVersionOneBitForBit(SeededTables.Case c) {
        IoTable table = c.table();
        ArioModel model = ArioModel.of(table, parameters());
        Random random = new Random(c.name().hashCode());
        List<Event> events = new ArrayList<>(RandomShocks.of(model, random));
        events.add(onIndustriesOnly(
                (Event.ExportControl) RandomShocks.market(model, random).get(0)));
        List<SwitchingLag> lags = IntStream.range(0, table.sectors().size())
                .mapToObj(s -> new SwitchingLag(s, 0))
                .toList();
        List<ProducerSpare> spares = IntStream.range(0, table.size())
                .filter(i -> i % 2 == 0)
                .mapToObj(i -> new ProducerSpare(i, 0.25, 365))
                .toList();

        assertSameRun(table, table.withSupplyResponse(lags, spares), events);
    }

    private static Event onIndustriesOnly(Event.ExportControl c) {
        return new Event.ExportControl(
                c.industries(),
                c.targetBuyers(),
                new boolean[c.targetColumns().length],
                c.share(),
                c.start(),
                c.duration(),
                c.approvalRate(),
                c.delayDays());
    }

    private static ArioParameters parameters() {
        return ArioParameters.defaults().withThreads(1);
    }

    private static void assertSameRun(IoTable plain, IoTable other, List<Event> events) {
        Trajectories expected = run(ArioModel.of(plain, parameters()), events);
        Trajectories actual = run(ArioModel.of(other, parameters()), events);

        var want = expected.series();
        var got = actual.series();
        assertThat(got.keySet()).isEqualTo(want.keySet());
        want.forEach((name, steps) -> {
            for (int t = 0; t < STEPS; t++) {
                assertThat(got.get(name).get(t)).as("%s at step %d", name, t).isEqualTo(steps.get(t));
            }
        });
    }

    private static Trajectories run(ArioModel model, List<Event> events) {
        Trajectories trajectories = new Trajectories();
        new ArioRun(model, events).run(STEPS, trajectories);
        return trajectories;
    }
}
